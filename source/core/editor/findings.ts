// What the editor's state says to steps 5, 6 and 8, as findings a step folds into its result.
// Every line names keys only by provider, length and `fp:`; base URLs are shown as stored with
// user info masked.
import {providerName, providerSpec} from '../providers/registry/index.js';
import {checkModel} from '../providers/model-check.js';
import {providerOfModelName} from '../providers/model-choice.js';
import {cleanKey} from '../providers/paste-forensics.js';
import {detectKeyFormat} from '../providers/key-format.js';
import {isLoopback, isPrivate} from '../providers/base-url-check.js';
import type {ProviderKey} from '../providers/types.js';
import {fingerprint} from '../secrets.js';
import type {CheckResult, CheckStatus, Fix} from '../step-model.js';
import {firstLayer, severityOf} from '../verdict.js';
import type {Layer, Provider} from '../vocabulary.js';
import {
  baseUrlLabel,
  EDITOR_PROVIDERS,
  type EditorProvider,
  FIELD_NAMES,
  isEditorProvider,
} from './items.js';
import {editorFieldOf, RIDERS} from './riders.js';
import type {EditorPlainKey, EditorState} from './state.js';
import {stepRef} from '../step-order.js';

export interface EditorFinding {
  status: CheckStatus;
  layer: Layer | null;
  line: string;
  details?: string[];
  fix: Fix | null;
}

export function fieldPath(provider: EditorProvider): string {
  return `Cursor Settings > Models > ${FIELD_NAMES[provider]}`;
}

/** The Cursor field a key belongs in: the one it was given for, else its format's. */
export function editorFieldOfKey(key: ProviderKey): EditorProvider | null {
  if (isEditorProvider(key.slot)) return key.slot;
  return editorFieldOf(detectKeyFormat(cleanKey(key.secret.reveal())).provider);
}

export function describePlain(key: EditorPlainKey): string {
  return `${key.provider ?? 'unknown'} key, ${key.length} chars, ${key.fingerprint}`;
}

/** The editor's state when it was read and can speak for its fields, else null. */
export function readableEditor(editor: EditorState | null | undefined): EditorState | null {
  return editor?.found && editor.readable ? editor : null;
}

/** One evidence line: which fields are set, how stored, on or off, with which base URL. */
export function fieldsEvidence(editor: EditorState | null | undefined): string {
  if (!editor) return "Cursor's own settings were not read here.";
  if (!editor.found)
    return "Cursor's state file (state.vscdb) was not found; its fields are unknown.";
  if (!editor.readable) {
    return `Cursor's state file could not be read (${editor.failure ?? 'unknown'}); its fields are unknown.`;
  }
  const parts = EDITOR_PROVIDERS.map((provider) => {
    const field = editor.byok[provider];
    const facts = [
      field.storage,
      field.enabled === null ? null : field.enabled ? 'on' : 'off',
      field.baseUrl ? `base URL ${field.baseUrl}` : null,
    ].filter(Boolean);
    return `${providerName(provider)} ${field.field}${facts.length ? ` (${facts.join(', ')})` : ''}`;
  });
  const stale = editor.stale ? ' — may be out of date: its -wal could not be read' : '';
  return `Cursor's fields: ${parts.join('; ')}${stale}`;
}

/** Step 5: keys in the wrong field, keys tested here but absent from Cursor, and fingerprints. */
export function byokFindings(editor: EditorState, keys: readonly ProviderKey[]): EditorFinding[] {
  const findings: EditorFinding[] = [];
  for (const plain of editor.plainKeys) {
    const field = plain.field;
    const owner = plain.provider;
    if (owner && !providerSpec(owner).byok) {
      findings.push({
        status: 'fail',
        layer: 'provider-key',
        line: `Cursor's ${FIELD_NAMES[field]} field holds a Cursor user API key (${describePlain(plain)}), not a provider key`,
        fix: {
          summary: `Put the provider's own key into ${fieldPath(field)}; a Cursor user key belongs in CURSOR_API_KEY for the CLI.`,
        },
      });
    } else if (owner && owner !== field && RIDERS[owner]?.field !== field) {
      findings.push({
        status: 'fail',
        layer: 'provider-key',
        line: `Cursor's ${FIELD_NAMES[field]} field holds a ${providerName(owner)} key (${describePlain(plain)})`,
        fix: {
          summary: isEditorProvider(owner)
            ? `Move it: paste it into ${fieldPath(owner)}, and put a ${providerName(field)} key into ${fieldPath(field)}.`
            : `Replace it with a ${providerName(field)} key in ${fieldPath(field)}.`,
        },
      });
    }
  }
  for (const key of keys) {
    const field = editorFieldOfKey(key);
    if (!field) continue;
    const stored = editor.byok[field];
    const tested = `${key.secret.describe()} (${key.source})`;
    if (stored.field === 'unset') {
      findings.push({
        status: 'warn',
        layer: 'provider-key',
        line: `the key tested here (${tested}) is not in Cursor: ${FIELD_NAMES[field]} is empty`,
        fix: {summary: `Paste the key into ${fieldPath(field)} and save.`},
      });
      continue;
    }
    const plain = editor.plainKeys.find((candidate) => candidate.field === field);
    if (!plain) continue;
    const fingerprints = [key.secret.fingerprint, fingerprint(cleanKey(key.secret.reveal()))];
    if (fingerprints.includes(plain.fingerprint)) {
      findings.push({
        status: 'pass',
        layer: null,
        line: `the key in Cursor's ${FIELD_NAMES[field]} field is the key you tested (${plain.fingerprint})`,
        fix: null,
      });
    } else if (fingerprints.includes(plain.cleanFingerprint)) {
      findings.push({
        status: 'pass',
        layer: null,
        line: `the key in Cursor's ${FIELD_NAMES[field]} field is the key you tested, with paste damage around it (${stepRef('key-paste')})`,
        fix: null,
      });
    } else {
      findings.push({
        status: 'fail',
        layer: 'provider-key',
        line: `The key in Cursor is not the key you tested: Cursor's ${FIELD_NAMES[field]} holds ${describePlain(plain)}, you tested ${tested}`,
        fix: {
          summary: `Paste the key you tested into ${fieldPath(field)} and save, or test the key Cursor holds.`,
        },
      });
    }
  }
  for (const provider of EDITOR_PROVIDERS) {
    const field = editor.byok[provider];
    if (field.field === 'set' && field.enabled === false) {
      findings.push({
        status: 'warn',
        layer: null,
        line: `Cursor holds ${providerName(provider)} credentials but their switch is off, so Cursor does not use them`,
        fix: {summary: `Turn the ${FIELD_NAMES[provider]} switch on in Cursor Settings > Models.`},
      });
    }
  }
  return findings;
}

/** Step 6: paste damage in keys the editor stores as plain text. */
export function pasteFindings(editor: EditorState): EditorFinding[] {
  return editor.plainKeys.map((plain) => {
    const where = `Cursor's ${FIELD_NAMES[plain.field]} field`;
    if (plain.damage.length === 0) {
      return {
        status: 'pass',
        layer: null,
        line: `the key in ${where} is a clean paste (${describePlain(plain)})`,
        fix: null,
      };
    }
    return {
      status: 'fail',
      layer: 'provider-key',
      line: `the key in ${where} has paste damage: ${plain.damage.map((d) => d.message).join('; ')}`,
      details: [
        `map: ${plain.map}`,
        `stored: ${describePlain(plain)}; cleaned: ${plain.cleanFingerprint}`,
      ],
      fix: {
        summary: `Re-paste the key into ${fieldPath(plain.field)} with nothing around it, and save.`,
      },
    };
  });
}

/** Why a base URL Cursor's servers must call cannot work, or null when it can. */
function unreachableBecause(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'it is not a URL';
  }
  const host = parsed.hostname;
  if (isLoopback(host))
    return `it points at this machine (${parsed.host}), and Cursor calls providers from its own servers`;
  if (isPrivate(host))
    return `it points at a private address (${parsed.host}), which Cursor's servers cannot reach`;
  if (parsed.protocol === 'http:')
    return 'it uses plain http://, so the key would travel unencrypted';
  if (parsed.protocol !== 'https:') return `its scheme ${parsed.protocol} is not https:`;
  return null;
}

/** Step 8: base-URL overrides stored in the editor, through the base-URL rules. */
export function baseUrlFindings(editor: EditorState): EditorFinding[] {
  const findings: EditorFinding[] = [];
  for (const provider of EDITOR_PROVIDERS) {
    const url = editor.byok[provider].baseUrl;
    if (!url) continue;
    const label = baseUrlLabel(provider);
    const why = unreachableBecause(url);
    if (why) {
      findings.push({
        status: 'fail',
        layer: 'base-url',
        line: `Cursor's ${label} (${url}) cannot work: ${why}`,
        fix: {
          summary: `Set ${label} in Cursor Settings > Models to a public https:// address (a tunnel for a local server), or turn it off.`,
        },
      });
    }
  }
  // A key of a provider with no field of its own needs its provider's base URL on the field.
  for (const plain of editor.plainKeys) {
    const rider = plain.provider ? RIDERS[plain.provider] : undefined;
    if (!rider || rider.field !== plain.field) continue;
    const base = editor.byok[rider.field].baseUrl;
    if (rider.reaches(base) !== null) continue;
    findings.push({
      status: 'fail',
      layer: 'base-url',
      line: `Cursor's ${FIELD_NAMES[rider.field]} field holds a ${providerName(plain.provider)} key, but ${baseUrlLabel(rider.field)} is not ${providerName(plain.provider)}'s`,
      fix: {summary: `Turn on ${baseUrlLabel(rider.field)} with ${rider.baseUrl}.`},
    });
  }
  return findings;
}

/** The editor's enabled models a provider's key serves, when the key's field is in use. */
export function editorModelsFor(editor: EditorState, provider: Provider): string[] {
  const field = editorFieldOf(provider);
  if (!field || !editor.models) return [];
  const stored = editor.byok[field];
  if (stored.field !== 'set' || stored.enabled === false) return [];
  return editor.models.filter((model) => providerOfModelName(model) === provider);
}

/** Step 8: the editor's enabled models of this provider against what the key can use. */
export function modelFindings(
  editor: EditorState,
  provider: Provider,
  available: readonly string[] | null,
): EditorFinding | null {
  const models = editorModelsFor(editor, provider);
  if (models.length === 0 || !available) return null;
  const verdicts = models.map((model) => ({
    model,
    verdict: checkModel(provider, model, available),
  }));
  const bad = verdicts.filter(({verdict}) => verdict.status === 'fail');
  if (bad.length === 0) {
    return {
      status: 'pass',
      layer: null,
      line: `the ${models.length} ${providerName(provider)} model${models.length === 1 ? '' : 's'} enabled in Cursor ${models.length === 1 ? 'is' : 'are'} available to this key (${models.slice(0, 5).join(', ')})`,
      fix: null,
    };
  }
  return {
    status: 'fail',
    layer: firstLayer(bad.map(({verdict}) => verdict.layer)) ?? 'model',
    line: `enabled in Cursor but not usable with this key: ${bad.map(({model}) => model).join(', ')}`,
    details: bad.map(({model, verdict}) => `${model}: ${verdict.line}`),
    fix: {
      summary:
        'Turn those models off in Cursor Settings > Models, or use a key that can call them.',
    },
  };
}

/**
 * A step result with the editor's findings folded in: the worse of the two decides the status,
 * and a finding that is worse than the result leads its summary and fix.
 */
export function withEditorFindings(
  base: CheckResult | null,
  findings: readonly EditorFinding[],
  evidence: readonly string[],
): CheckResult | null {
  const lines = [
    ...evidence,
    ...findings.flatMap((f) => [`Cursor: ${f.line}`, ...(f.details ?? []).map((d) => `  ${d}`)]),
  ];
  const worst = findings.reduce<EditorFinding | null>(
    (w, f) =>
      !w ||
      severityOf(f.status) > severityOf(w.status) ||
      (f.status === w.status && firstLayer([f.layer, w.layer]) === f.layer && f.layer !== w.layer)
        ? f
        : w,
    null,
  );
  if (!base) {
    if (!worst) return null;
    const passing = findings.filter((f) => f.status === 'pass');
    return {
      status: worst.status,
      summary:
        worst.status === 'pass' && passing.length > 1
          ? `${passing[0]!.line} (and ${passing.length - 1} more)`
          : worst.line,
      evidence: lines,
      layer: worst.status === 'pass' ? null : worst.layer,
      fix: worst.status === 'pass' ? null : worst.fix,
    };
  }
  const combined = {...base, evidence: [...base.evidence, ...lines]};
  if (!worst || severityOf(worst.status) <= severityOf(base.status)) return combined;
  // The editor's finding is worse; a warning without a layer keeps the step's own reading.
  return {
    ...combined,
    status: worst.status,
    summary: worst.line,
    layer: worst.layer,
    fix: worst.fix,
  };
}
