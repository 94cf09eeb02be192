// The contract's `doctor --json` document, built from one run. The same document drives the
// checklist, the report and the exit code, so all three always agree.
import {fixingStep, type ProviderOutcome, STEP_OF_LAYER} from '../diagnosis.js';
import {editorJson, type EditorJson} from '../editor/editor-json.js';
import {fingerprint, type Secret, scrub, scrubberOf} from '../secrets.js';
import type {Env, Fix} from '../step-model.js';
import {firstLayer, severityOf, type VerdictStatus, verdictOf} from '../verdict.js';
import type {Layer, Status, StepId} from '../vocabulary.js';
import type {RunRecord, StepOutcome} from './run-model.js';

export interface DoctorStepEntry {
  n: number;
  id: StepId;
  status: Status;
  summary: string;
  layer: Layer | null;
  fix: string | null;
}

export interface DoctorVerdict {
  status: VerdictStatus;
  layer: Layer | null;
  step: number | null;
  action: string;
}

export interface DoctorDocument {
  schema: 1;
  tool: {name: 'cursorkey-wizard'; version: string};
  steps: DoctorStepEntry[];
  providers: ProviderOutcome[];
  /** The Cursor editor's own state, read-only: presence and masked values only. */
  editor: EditorJson;
  verdict: DoctorVerdict;
}

/** A fix as one line: what to do, then the exact command or link. */
export function fixLine(fix: Fix | null): string | null {
  if (!fix) return null;
  const parts = [fix.summary.replace(/[.:]\s*$/, '')];
  if (fix.command) parts.push(`run: ${fix.command}`);
  if (fix.url) parts.push(fix.url);
  return parts.join(' — ');
}

/** The contract's fields, in its order, with every text a server or the environment gave cleaned. */
function cleanOutcome(outcome: ProviderOutcome, clean: (text: string) => string): ProviderOutcome {
  const text = (value: string | null) => (value ? clean(value) : null);
  return {
    provider: outcome.provider,
    keySource: text(outcome.keySource) ?? 'unknown',
    fingerprint: outcome.fingerprint,
    baseUrl: text(outcome.baseUrl),
    status: outcome.status,
    layer: outcome.layer,
    httpStatus: outcome.httpStatus,
    code: text(outcome.code),
    retryAfterSeconds: outcome.retryAfterSeconds,
    requestId: text(outcome.requestId),
  };
}

/** One entry per key, across steps 5–9: the most severe outcome wins, later steps on a tie. */
function collectProviders(
  run: RunRecord,
  env: Env,
  clean: (text: string) => string,
): ProviderOutcome[] {
  const byKey = new Map<string, ProviderOutcome>();
  for (const outcome of run.outcomes) {
    for (const reported of outcome.facts.providerOutcomes ?? []) {
      const entry = cleanOutcome(reported, clean);
      const id = `${entry.provider}|${entry.keySource}|${entry.fingerprint}`;
      const seen = byKey.get(id);
      if (!seen || severityOf(entry.status) >= severityOf(seen.status)) byKey.set(id, entry);
    }
  }
  const providers = [...byKey.values()];
  const cursorKey = env.CURSOR_API_KEY;
  if (cursorKey !== undefined && !providers.some((p) => p.provider === 'cursor')) {
    providers.unshift(cursorOutcome(run, cursorKey, env));
  }
  return providers;
}

/** The contract lists CURSOR_API_KEY among the providers; step 4 is what tested it. */
function cursorOutcome(run: RunRecord, key: string, env: Env): ProviderOutcome {
  const step = run.outcomes.find((outcome) => outcome.step.id === 'user-api-key');
  const status: ProviderOutcome['status'] =
    step?.status === 'fail'
      ? 'fail'
      : step?.status === 'pass' || step?.status === 'warn'
        ? 'pass'
        : 'unknown';
  return {
    provider: 'cursor',
    keySource: 'env:CURSOR_API_KEY',
    fingerprint: fingerprint(key),
    baseUrl: env.CURSORKEY_CURSOR_API_URL || 'https://api.cursor.com',
    status,
    layer:
      status === 'pass' ? null : (step?.layer ?? (status === 'fail' ? 'cursor-user-key' : null)),
    httpStatus: null,
    code: null,
    retryAfterSeconds: null,
    requestId: null,
  };
}

function stepEntry(outcome: StepOutcome, clean: (text: string) => string): DoctorStepEntry {
  const {status} = outcome;
  const showsFix =
    status === 'fail' || status === 'warn' || status === 'unknown' || status === 'manual';
  // Every failure carries a fix; when the check gave none, the step's own instruction is it.
  const fix = fixLine(outcome.fix) ?? (status === 'fail' ? outcome.step.instruction : null);
  return {
    n: outcome.step.n,
    id: outcome.step.id,
    status,
    summary: clean(outcome.summary),
    layer: status === 'pass' || status === 'skip' ? null : outcome.layer,
    fix: showsFix && fix ? clean(fix) : null,
  };
}

function verdictFor(steps: DoctorStepEntry[], providers: ProviderOutcome[]): DoctorVerdict {
  const status = verdictOf([...steps.map((s) => s.status), ...providers.map((p) => p.status)]);
  if (status === 'ok') {
    return {
      status,
      layer: null,
      step: null,
      action:
        'No problem found by the automatic checks. Do the manual steps (1 and 10), and paste any error you still see into `cursorkey-wizard classify`.',
    };
  }
  const wanted = status === 'problem' ? 'fail' : 'unknown';
  const stepHits = steps.filter((s) => s.status === wanted);
  const providerHits = providers.filter((p) => p.status === wanted);
  const layer = firstLayer([...stepHits.map((s) => s.layer), ...providerHits.map((p) => p.layer)]);
  const owner =
    stepHits.find((s) => layer !== null && s.layer === layer) ??
    (layer === null ? stepHits[0] : undefined);
  const provider = providerHits.find((p) => p.layer === layer) ?? providerHits[0];
  // The contract's step names the layer's place in the fix order, where the wizard leads too.
  const foundAt = owner?.n ?? (layer ? STEP_OF_LAYER[layer] : (stepHits[0]?.n ?? null));
  const step = foundAt === null ? null : fixingStep(layer, foundAt);
  const action =
    owner?.fix ??
    owner?.summary ??
    (provider
      ? `The ${provider.provider} key (${provider.keySource}, ${provider.fingerprint}) ${status === 'problem' ? 'failed' : 'could not be checked'}${provider.httpStatus ? ` with HTTP ${provider.httpStatus}` : ''}${provider.code ? ` (${provider.code})` : ''}: see step ${step}.`
      : 'Re-run with -v to see the evidence.');
  return {
    status,
    layer: status === 'problem' ? (layer ?? 'unknown') : layer,
    step,
    action,
  };
}

export function buildDoctorDocument(
  run: RunRecord,
  version: string,
  env: Env,
  secrets: readonly Secret[],
): DoctorDocument {
  const held = scrubberOf(secrets);
  const clean = (text: string) => scrub(text, held).replace(/\s*\n\s*/g, ' ');
  const steps = run.outcomes.map((outcome) => stepEntry(outcome, clean));
  const providers = collectProviders(run, env, clean);
  const verdict = verdictFor(steps, providers);
  return {
    schema: 1,
    tool: {name: 'cursorkey-wizard', version},
    steps,
    providers,
    editor: editorJson(run.facts.editor),
    verdict: {...verdict, action: clean(verdict.action)},
  };
}
