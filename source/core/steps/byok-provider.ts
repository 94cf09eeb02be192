import {
  byokFindings,
  type EditorFinding,
  fieldPath,
  readableEditor,
  fieldsEvidence,
  withEditorFindings,
} from '../editor/findings.js';
import {inspectEditor} from '../editor/inspect.js';
import {watchEditorChange} from '../editor/watch.js';
import {baseUrlLabel, EDITOR_PROVIDERS, FIELD_NAMES, isEditorProvider} from '../editor/items.js';
import {RIDERS} from '../editor/riders.js';
import {detectKeyFormat, type KeyFormat} from '../providers/key-format.js';
import {providerName, providerSpec} from '../providers/registry/index.js';
import {cleanKey} from '../providers/paste-forensics.js';
import {
  envKeysIn,
  foldVerdicts,
  formatProviderOf,
  type KeyVerdict,
  keysIn,
  noKeyResult,
  REPLACE_PROVIDER_KEY,
} from '../providers/step-support.js';
import type {ProviderKey} from '../providers/types.js';
import type {CheckContext, CheckResult, StepSpec} from '../step-model.js';
import type {Env} from '../env.js';
import type {Layer, Provider} from '../vocabulary.js';
import {STEP_TITLES} from '../step-order.js';
import {stepRef} from '../step-order.js';

function fieldName(provider: Provider | null): string {
  return isEditorProvider(provider) ? fieldPath(provider) : 'its own field';
}

/**
 * A key whose provider has no Cursor field of its own, or that also works in another provider's
 * field with that field's base URL pointed at its provider; null when neither applies.
 */
function ridingVerdict(
  key: ProviderKey,
  format: KeyFormat,
  env: Env,
  verdict: (
    status: KeyVerdict['status'],
    line: string,
    fix: string | null,
    layer?: Layer,
  ) => KeyVerdict,
): KeyVerdict | null {
  const ride = format.provider ? RIDERS[format.provider] : undefined;
  if (!ride || !format.provider) return null;
  const name = providerName(format.provider);
  const field = providerName(ride.field);
  if (!isEditorProvider(format.provider)) {
    if (key.slot === ride.field) {
      return verdict(
        'pass',
        `${format.label} in the ${field} field: it also needs the ${name} base URL (${stepRef('model-support')} checks it)`,
        null,
      );
    }
    if (key.slot === null) {
      const override = baseUrlLabel(ride.field);
      return verdict(
        'warn',
        `${format.label}: Cursor has no ${name} field; use the ${field} field with ${override}`,
        `Paste it into ${fieldName(ride.field)} and set ${override} to ${ride.baseUrl}.`,
        'base-url',
      );
    }
    return null;
  }
  const variable = providerSpec(ride.field).baseUrl?.variable;
  const base = variable ? env[variable] : undefined;
  const target = ride.reaches(base);
  if (key.slot !== ride.field || !target) return null;
  return verdict(
    'pass',
    `${format.label} in the ${field} field, with ${name}'s ${field}-compatible base URL (${base}): it is tested against ${target}`,
    null,
  );
}

function judgeKey(key: ProviderKey, context: CheckContext): KeyVerdict {
  const format = detectKeyFormat(cleanKey(key.secret.reveal()));
  const given = key.slot
    ? key.source.startsWith('env:')
      ? key.source.slice(4)
      : `the ${providerName(key.slot)} field`
    : null;
  const verdict = (
    status: KeyVerdict['status'],
    line: string,
    fix: string | null,
    layer: KeyVerdict['layer'] = 'provider-key',
  ): KeyVerdict => ({
    key,
    status,
    layer: status === 'pass' ? null : layer,
    line,
    details: key.notes,
    fix: fix ? {summary: fix} : null,
  });
  if (key.auth && key.auth.mode !== 'bearer') {
    const how = key.auth.mode === 'sigv4' ? 'access key' : `profile ${key.auth.profile}`;
    return verdict(
      'pass',
      `${providerName(key.slot)} credentials (${how}) for ${fieldName(key.slot)}`,
      null,
    );
  }
  if (format.kind === 'cursor-user-key') {
    return verdict(
      'fail',
      `this is a Cursor user API key, not a provider key${given ? ` (given as ${given})` : ''}`,
      `A Cursor user key belongs in CURSOR_API_KEY for the CLI. Put the provider's own key (from its console) into ${fieldName(key.slot)}.`,
    );
  }
  if (format.kind === 'admin-key') {
    return verdict(
      'fail',
      `this is an ${format.label}: admin keys manage the organization and cannot call models`,
      `Create a standard API key in the ${providerName(format.provider)} console and paste that into ${fieldName(format.provider)}.`,
    );
  }
  if (format.kind === 'oauth-token' && format.provider) {
    return verdict(
      'fail',
      `this is a ${format.label}, not an API key: it works only in Claude Code`,
      `Create an API key at ${providerSpec(format.provider).keyPage} and paste it into ${fieldName(format.provider)}.`,
    );
  }
  if (format.kind === 'aws-access-key-id' && key.slot !== format.provider) {
    return verdict(
      'fail',
      `this is an AWS access key id: it goes with its secret into the ${providerName(format.provider)} fields`,
      `Put the access key id and secret access key into ${fieldName(format.provider)}.`,
    );
  }
  if (format.kind === 'unknown') {
    return verdict(
      'warn',
      `format not recognised${key.slot ? ` for ${providerName(key.slot)}` : ''}; the live test at ${stepRef('provider-test')} decides`,
      'Check that you copied the API key itself (not a key id, a name or a URL).',
    );
  }
  const riding = ridingVerdict(key, format, context.env, verdict);
  if (riding) return riding;
  if (key.slot && format.provider && format.provider !== key.slot) {
    return verdict(
      'fail',
      `${format.label} given as ${given}: it belongs to ${providerName(format.provider)}`,
      `Move it: paste it into ${fieldName(format.provider)}, and put the ${providerName(key.slot)} key into ${fieldName(key.slot)}.`,
    );
  }
  const where = key.slot ? `given as ${given}` : 'field not named';
  if (format.retiring) {
    // Only the live answer at `provider-test` can fail it: whether the provider enforces it for
    // every key is not known.
    return verdict(
      'warn',
      `${format.label}, ${where}: ${format.retiring.why}; the live test at ${stepRef('provider-test')} decides`,
      `If ${stepRef('provider-test')} fails, ${format.retiring.instead} and paste it into ${fieldName(format.provider)}.`,
    );
  }
  return verdict('pass', `${format.label}, ${where}`, null);
}

const WHAT = 'which Cursor field a provider key sits in';

/**
 * The keys found here, judged by their characters; with the editor's state readable, also what
 * Cursor's own fields hold: a key in another provider's field, a tested key missing from Cursor,
 * and whether Cursor's key is the key tested here.
 */
async function check(context: CheckContext): Promise<CheckResult> {
  const keys = keysIn(context);
  const read = await inspectEditor(context);
  const base =
    keys.length > 0
      ? foldVerdicts(
          context,
          keys.map((key) => judgeKey(key, context)),
          formatProviderOf,
        )
      : null;
  const facts = read ? {editor: read} : {};
  const editor = readableEditor(read);
  if (!editor) {
    const result = base ?? noKeyResult(WHAT);
    // `cursor-login` already says when there is no state file; an unreadable one is worth a line.
    const more = read?.found ? [fieldsEvidence(read)] : [];
    return {...result, evidence: [...result.evidence, ...more], facts};
  }
  const findings = byokFindings(editor, keys);
  const set = EDITOR_PROVIDERS.filter((provider) => editor.byok[provider].field === 'set');
  if (!base && !findings.some((finding) => finding.status !== 'pass' || finding.layer)) {
    const summary: EditorFinding =
      set.length > 0
        ? {
            status: 'pass',
            layer: null,
            line: `Cursor holds ${set.map((p) => `${providerName(p)} (${editor.byok[p].storage})`).join(', ')} credentials, each in its own field`,
            fix: null,
          }
        : {
            status: 'warn',
            layer: null,
            line: 'No provider key is set in Cursor Settings > Models, and none was found here',
            fix: {
              summary:
                'Paste your provider key into its field in Cursor Settings > Models, and save.',
            },
          };
    findings.unshift(summary);
  }
  const result = withEditorFindings(base, findings, [fieldsEvidence(editor)]) ?? noKeyResult(WHAT);
  return {...result, facts: {...result.facts, ...facts}};
}

export const byokProviderStep: StepSpec = {
  id: 'byok-provider',
  title: STEP_TITLES['byok-provider'],
  why: 'Cursor Settings > Models has one field per provider. A key in the wrong field, or a Cursor key in a provider field, is rejected whatever its quality.',
  instruction: `Open Cursor Settings > Models and check that each key sits in the field of its own provider (${EDITOR_PROVIDERS.map((provider) => providerName(provider)).join(', ')}).`,
  passCondition: 'the key sits in the field of its own provider',
  kind: 'automatic',
  unattended: {decides: 'always'},
  billing: 'free',
  group: 'provider',
  replaceableKey: REPLACE_PROVIDER_KEY,
  inputs: [
    {
      kind: 'secret',
      key: 'providerKey',
      prompt:
        'Paste the provider key you put into Cursor (it is kept in memory only and never shown):',
      emptyMeans: 'go on without a provider key (Cursor-side checks only)',
      needed: (view) => envKeysIn(view).length === 0,
    },
    {
      kind: 'choice',
      key: 'byokField',
      prompt: 'Which Cursor field did you paste this key into?',
      options: [
        ...EDITOR_PROVIDERS.map((value) => ({label: FIELD_NAMES[value], value})),
        {label: 'Not pasted into Cursor yet', value: 'none'},
      ],
      needed: (view) => Boolean(view.answers.providerKey),
    },
  ],
  actions: [
    {
      id: 'watch-editor',
      label: 'Watch while I change the key in Cursor',
      notice:
        'Change the key in Cursor Settings > Models and save; this re-checks as soon as Cursor saves it (up to 10 minutes, Esc cancels).',
      run: watchEditorChange(check),
    },
  ],
  check,
};
