// Runs every step check that needs no human, non-interactively. The Cursor steps and the provider
// steps are independent, so the two groups run side by side; inside a group each step may use
// what the previous one learned, so they run in order. Never rejects.
import {cancelledResult, runCheckSafely} from '../core/run-check.js';
import type {Runner} from '../core/runner.js';
import type {Secret} from '../core/secrets.js';
import type {
  Answers,
  CheckContext,
  CheckResult,
  Env,
  Facts,
  Fix,
  StepDefinition,
} from '../core/step-model.js';
import type {ProbesInFlight} from '../core/providers/types.js';
import type {RunRecord, StepOutcome} from '../core/run/run-model.js';
import type {Provider, Status, StepId} from '../core/vocabulary.js';

export interface DoctorOptions {
  steps: readonly StepDefinition[];
  runner: Runner;
  env: Env;
  platform: string;
  /** Bound for each single request or child process. */
  timeoutMs: number;
  models: Partial<Record<Provider, string>>;
  noCompletion: boolean;
  /** One provider key piped on stdin, never from argv. */
  providerKey?: Secret;
  signal: AbortSignal;
  /** A whole check, however many requests it makes, gets at most this long. */
  stepCeilingMs?: number;
  now?: () => Date;
  onStepStart?(step: StepDefinition): void;
  onStepFinish?(outcome: StepOutcome): void;
  onProgress?(step: StepDefinition, line: string): void;
}

/** Independent groups; a step not named here runs after all of them, in order. */
const GROUPS: readonly (readonly StepId[])[] = [
  // Step 1 last in its group: it compares the editor's account with the CLI's (step 2) and the
  // Cursor key owner's (step 4).
  ['cli-status', 'cli-login', 'user-api-key', 'cursor-login'],
  ['byok-provider', 'key-paste', 'provider-test', 'model-support', 'quota'],
];

/** Steps whose pass condition only a person can see; their checks add evidence only. */
const NEEDS_A_HUMAN: ReadonlySet<StepId> = new Set(['cursor-login', 'restart']);

type Plan =
  {kind: 'run'} | {kind: 'fixed'; result: Omit<StepOutcome, 'step' | 'startedAt' | 'finishedAt'>};

function fixed(
  status: Status,
  summary: string,
  fix: Fix | null = null,
  evidence: string[] = [],
): Plan {
  return {kind: 'fixed', result: {status, summary, evidence, layer: null, fix, facts: {}}};
}

export async function runDoctor(options: DoctorOptions): Promise<RunRecord> {
  const now = options.now ?? (() => new Date());
  const startedAt = now().toISOString();
  const facts: Facts = {};
  const results: Partial<Record<StepId, CheckResult>> = {};
  const outcomes = new Map<StepId, StepOutcome>();
  const answers: Answers = {
    models: {...options.models},
    ...(options.providerKey ? {providerKey: options.providerKey} : {}),
  };
  const ceilingMs = options.stepCeilingMs ?? Math.max(options.timeoutMs * 8, 5_000);
  const probesInFlight: ProbesInFlight = new Map();

  const plan = (step: StepDefinition): Plan => {
    if (step.id === 'cli-login') {
      // The login needs a browser and a person; doctor only says whether it is due.
      const view = {env: options.env, answers, facts, results};
      const status = outcomes.get('cli-status')?.status;
      return step.conditional?.applies(view)
        ? fixed(
            'manual',
            '`agent status` found no working login: log the CLI in (needs a person)',
            {
              summary: 'Log the Cursor CLI in',
              command: 'agent login',
            },
          )
        : fixed(
            'skip',
            `Not needed: \`agent status\` ${status === 'skip' ? 'was skipped' : status === 'fail' ? 'failed for a reason a login cannot fix' : 'did not fail'}`,
          );
    }
    if (step.id === 'user-api-key' && options.env.CURSOR_API_KEY === undefined) {
      return fixed(
        'skip',
        'CURSOR_API_KEY is not set; the user API key matters only for headless, script and CI use',
      );
    }
    if (step.id !== 'user-api-key' && step.conditional) {
      const view = {env: options.env, answers, facts, results};
      if (!step.conditional.applies(view)) {
        return fixed('skip', `Not applicable: ${step.conditional.description}`);
      }
    }
    return {kind: 'run'};
  };

  const runOne = async (step: StepDefinition): Promise<void> => {
    const started = now().toISOString();
    options.onStepStart?.(step);
    let outcome: Omit<StepOutcome, 'step' | 'startedAt' | 'finishedAt'>;
    const planned = options.signal.aborted
      ? fixed('unknown', 'Cancelled before it ran')
      : plan(step);
    if (planned.kind === 'fixed') {
      outcome = planned.result;
    } else {
      const shared = {facts, results, answers, probesInFlight};
      const result = await checkWithCeiling(step, options, shared, ceilingMs);
      results[step.id] = result;
      if (result.facts) Object.assign(facts, result.facts);
      outcome = shapeResult(step, result);
    }
    const done: StepOutcome = {
      step,
      ...outcome,
      startedAt: started,
      finishedAt: now().toISOString(),
    };
    outcomes.set(step.id, done);
    options.onStepFinish?.(done);
  };

  const grouped = new Set(GROUPS.flat());
  const present = (ids: readonly StepId[]) =>
    ids
      .map((id) => options.steps.find((step) => step.id === id))
      .filter((step): step is StepDefinition => step !== undefined);
  const inOrder = async (steps: readonly StepDefinition[]) => {
    for (const step of steps) await runOne(step);
  };

  await Promise.all(GROUPS.map((ids) => inOrder(present(ids))));
  await inOrder(options.steps.filter((step) => !grouped.has(step.id)));

  return {
    outcomes: options.steps.map((step) => outcomes.get(step.id)!),
    facts,
    startedAt,
    finishedAt: now().toISOString(),
    cancelled: options.signal.aborted,
  };
}

/** Doctor's reading of a check result: the skip and manual rules of the contract. */
function shapeResult(
  step: StepDefinition,
  result: CheckResult,
): Omit<StepOutcome, 'step' | 'startedAt' | 'finishedAt'> {
  const base = {
    summary: result.summary,
    evidence: [...result.evidence],
    facts: result.facts ?? {},
  };
  if (step.id === 'cli-status' && result.facts?.cliMissing === true) {
    // The CLI matters only for terminal, script and CI use; its absence is not a fault.
    return {
      ...base,
      status: 'skip',
      summary: 'The Cursor CLI is not installed (needed only for terminal, script and CI use)',
      evidence: [
        ...result.evidence,
        ...(result.fix?.command ? [`install: ${result.fix.command}`] : []),
      ],
      layer: null,
      fix: null,
    };
  }
  // Step 1 decides for itself once the editor's state is readable; a restart never can here.
  const decided =
    step.id === 'cursor-login' && (result.status === 'pass' || result.status === 'fail');
  if ((NEEDS_A_HUMAN.has(step.id) || step.kind === 'manual') && !decided) {
    return {...base, status: 'manual', layer: null, fix: result.fix};
  }
  return {...base, status: result.status, layer: result.layer, fix: result.fix};
}

async function checkWithCeiling(
  step: StepDefinition,
  options: DoctorOptions,
  shared: Pick<CheckContext, 'facts' | 'results' | 'answers' | 'probesInFlight'>,
  ceilingMs: number,
): Promise<CheckResult> {
  const controller = new AbortController();
  const forward = () => controller.abort();
  options.signal.addEventListener('abort', forward, {once: true});
  let overran = false;
  const ceiling = setTimeout(() => {
    overran = true;
    controller.abort();
  }, ceilingMs);
  // A check that ignores its signal must not hold doctor hostage: stop waiting on abort.
  const stopped = new Promise<CheckResult>((resolve) => {
    controller.signal.addEventListener('abort', () => resolve(cancelledResult()), {once: true});
  });
  const context: CheckContext = {
    runner: options.runner,
    env: options.env,
    platform: options.platform,
    signal: controller.signal,
    timeoutMs: options.timeoutMs,
    answers: shared.answers,
    facts: shared.facts,
    results: shared.results,
    probesInFlight: shared.probesInFlight,
    options: {interactive: false, noCompletion: options.noCompletion, share: false},
    progress: (line) => options.onProgress?.(step, line),
  };
  try {
    const result = await Promise.race([runCheckSafely(step.check, context), stopped]);
    if (overran) {
      return {
        status: 'unknown',
        summary: `Did not finish within ${Math.round(ceilingMs / 1000)} s`,
        evidence: result.evidence,
        layer: null,
        fix: {summary: 'Check the network and proxy, or re-run with a larger --timeout'},
      };
    }
    return result;
  } finally {
    clearTimeout(ceiling);
    options.signal.removeEventListener('abort', forward);
  }
}
