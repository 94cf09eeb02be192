// Runs every step check that needs no human, non-interactively, through the step runner. The
// Cursor steps and the provider steps are independent, so their groups run side by side, each on
// its own facts; inside a group each step may use what the previous one learned, so they run in
// order. Never rejects.
import {
  createStepRunner,
  runInGroups,
  type RunState,
  type StepVisit,
} from '../core/run/step-runner.js';
import type {Runner} from '../core/runner.js';
import type {Secret} from '../core/secrets.js';
import type {Answers, CheckResult, Env, Fix, StepDefinition} from '../core/step-model.js';
import {countedStatus, notNeededReason, runStages} from '../core/step-rules.js';
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
  const stamp = (ms: number) => new Date(ms).toISOString();
  const now = () => stamp(options.runner.clock.now());
  const startedAt = now();
  const run = createStepRunner({
    runner: options.runner,
    env: options.env,
    platform: options.platform,
    timeoutMs: options.timeoutMs,
    options: {interactive: false, noCompletion: options.noCompletion, share: false},
  });
  const outcomes = new Map<StepId, StepOutcome>();
  const answers: Answers = {
    models: {...options.models},
    ...(options.providerKey ? {providerKey: options.providerKey} : {}),
  };
  const ceilingMs = options.stepCeilingMs ?? Math.max(options.timeoutMs * 8, 5_000);

  const plan = (step: StepDefinition, state: RunState): Plan => {
    if (step.conditional && !step.conditional.applies({env: options.env, ...state})) {
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

  const finish = (outcome: StepOutcome) => {
    outcomes.set(outcome.step.id, outcome);
    options.onStepFinish?.(outcome);
  };

  const visit: StepVisit = async (step, state) => {
    const started = now();
    options.onStepStart?.(step);
    const planned = options.signal.aborted
      ? fixed('unknown', 'Cancelled before it ran')
      : plan(step, state);
    if (planned.kind === 'fixed') {
      finish({step, ...planned.result, startedAt: started, finishedAt: now()});
      return state;
    }
    const ran = await run.runStep({
      step,
      state,
      signal: options.signal,
      ceilingMs,
      // Doctor must end, whatever a check does with its cancel.
      abandonOnCancel: true,
      progress: (line) => options.onProgress?.(step, line),
    });
    finish({
      step,
      ...shapeResult(step, ran.result),
      startedAt: stamp(ran.startedAt),
      finishedAt: stamp(ran.finishedAt),
    });
    return {...state, facts: ran.facts, results: {...state.results, [step.id]: ran.result}};
  };

  let state: RunState = {answers, facts: {}, results: {}};
  for (const stage of runStages(options.steps)) state = await runInGroups(stage, state, visit);

  return {
    outcomes: options.steps.map((step) => outcomes.get(step.id)!),
    facts: state.facts,
    startedAt,
    finishedAt: now(),
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
  if (step.absence && countedStatus(step, result) === 'skip') {
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
