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
import {notNeededReason, runStages} from '../core/step-rules.js';
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
    const view = {env: options.env, answers, facts, results};
    if (step.conditional && !step.conditional.applies(view)) {
      return fixed(
        'skip',
        notNeededReason(step, options.steps, (id) => outcomes.get(id)?.status),
      );
    }
    const {unattended} = step;
    if (unattended.decides === 'never' && unattended.due) {
      return fixed('manual', unattended.due.summary, unattended.due.fix);
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

  for (const stage of runStages(options.steps)) {
    await Promise.all(
      stage.map(async (lane) => {
        for (const step of lane) await runOne(step);
      }),
    );
  }

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
  if (step.absence?.shows(result)) {
    return {
      ...base,
      status: 'skip',
      summary: step.absence.summary,
      evidence: [
        ...result.evidence,
        ...(result.fix?.command ? [`when needed: ${result.fix.command}`] : []),
      ],
      layer: null,
      fix: null,
    };
  }
  const {decides} = step.unattended;
  const sure = result.status === 'pass' || result.status === 'fail';
  if (decides === 'never' || (decides === 'when-sure' && !sure)) {
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
