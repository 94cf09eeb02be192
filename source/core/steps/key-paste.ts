import {
  readableEditor,
  fieldsEvidence,
  pasteFindings,
  withEditorFindings,
} from '../editor/findings.js';
import {inspectEditor} from '../editor/inspect.js';
import {watchEditorChange} from '../editor/watch.js';
import {EDITOR_PROVIDERS, FIELD_NAMES} from '../editor/items.js';
import {analysePaste} from '../providers/paste-forensics.js';
import {fingerprint} from '../secrets.js';
import {
  foldVerdicts,
  formatProviderOf,
  type KeyVerdict,
  keysIn,
  noKeyResult,
  REPLACE_PROVIDER_KEY,
} from '../providers/step-support.js';
import type {ProviderKey} from '../providers/types.js';
import type {CheckContext, CheckResult, StepSpec} from '../step-model.js';
import {STEP_TITLES} from '../step-order.js';
import {stepRef} from '../step-order.js';

function judgeKey(key: ProviderKey): KeyVerdict {
  const report = analysePaste(key.secret.reveal());
  const where = key.source.startsWith('env:') ? `the ${key.source.slice(4)} variable` : 'Cursor';
  if (report.findings.length === 0) {
    return {
      key,
      status: 'pass',
      layer: null,
      line: `clean paste: ${report.map} (${stepRef('provider-test')} verifies the key with the provider)`,
      details: [],
      fix: null,
    };
  }
  const cleanedLength = [...report.cleaned].length;
  const onlyFormat = report.findings.every(
    (finding) => finding.id === 'truncated' || finding.id === 'too-long',
  );
  const details = [
    `map: ${report.map}`,
    ...report.findings.map((finding) => `found: ${finding.message}`),
    onlyFormat
      ? 'nothing to clean: the characters themselves are incomplete'
      : `cleaned for the next steps: ${cleanedLength} chars, ${fingerprint(report.cleaned)}`,
  ];
  const truncated = report.findings.some((finding) => finding.id === 'truncated');
  return {
    key,
    status: 'fail',
    layer: 'provider-key',
    line: `paste damage: ${report.findings.map((finding) => finding.message).join('; ')}`,
    details,
    fix: {
      summary: truncated
        ? `Copy the whole key again from the provider console (use its copy button) and re-paste it into ${where}.`
        : `Re-paste the key into ${where} with nothing around it: the cleaned key is used for the next checks here, but the copy in ${where} stays damaged until you replace it.`,
    },
  };
}

/** The keys found here, and the keys Cursor stores as plain text, checked for paste damage. */
async function check(context: CheckContext): Promise<CheckResult> {
  const keys = keysIn(context);
  const editor = readableEditor(await inspectEditor(context));
  const base = keys.length > 0 ? foldVerdicts(context, keys.map(judgeKey), formatProviderOf) : null;
  if (!editor) return base ?? noKeyResult('paste damage');
  const encrypted = EDITOR_PROVIDERS.filter((p) => editor.byok[p].storage === 'encrypted');
  const evidence = [
    fieldsEvidence(editor),
    ...(encrypted.length > 0
      ? [
          `Cursor keeps ${encrypted.map((p) => FIELD_NAMES[p]).join(', ')} encrypted: that copy cannot be checked for paste damage here (it is never decrypted)`,
        ]
      : []),
  ];
  const result = withEditorFindings(base, pasteFindings(editor), evidence);
  return {...(result ?? noKeyResult('paste damage')), facts: {editor}};
}

export const keyPasteStep: StepSpec = {
  id: 'key-paste',
  title: STEP_TITLES['key-paste'],
  why: 'A trailing newline, a space, quotes or a `Bearer ` prefix turn a good key into a rejected one, and none of them is visible in a masked field.',
  instruction: 'Copy the key again from the provider console and paste it with nothing around it.',
  // The contract's "clean and verifies" spans two steps: this one finds the paste clean, and
  // `provider-test` verifies the key with its provider. Passing here never claims the key works.
  passCondition: `the key is clean (${stepRef('provider-test')} then verifies it with the provider)`,
  kind: 'automatic',
  unattended: {decides: 'always'},
  billing: 'free',
  group: 'provider',
  needs: ['byok-provider'],
  replaceableKey: REPLACE_PROVIDER_KEY,
  actions: [
    {
      id: 'watch-editor',
      label: 'Watch while I re-paste the key in Cursor',
      notice:
        'Re-paste the key in Cursor Settings > Models and save; this re-checks as soon as Cursor saves it (up to 10 minutes, Esc cancels).',
      run: watchEditorChange(check),
    },
  ],
  check,
};
