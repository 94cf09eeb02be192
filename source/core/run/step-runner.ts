// The one way steps are run, whoever runs them (the wizard, doctor, the restart's re-check, the
// tests): it builds each check's context, bounds it by its ceiling and its cancel, never rejects,
// and merges what the check learned. A run owns its gated runner, its probes in flight and its
// read of the editor's state, so nothing about one run outlives it or leaks into another.
import type {EditorReads} from '../editor/reads.js';
import {gateRunner} from '../gate/gated-runner.js';
import type {ProbesInFlight} from '../providers/types.js';
import {cancelledResult, runCheckSafely} from '../run-check.js';
import type {Runner} from '../runner.js';
import type {Secret} from '../secrets.js';
import type {
  Answers,
  Check,
  CheckContext,
  CheckResult,
  Env,
  Facts,
  RunOptions,
  StepDefinition,
} from '../step-model.js';
import type {StepId} from '../vocabulary.js';

/** What a check sees of the run so far. */
export interface RunState {
  answers: Answers;
  facts: Facts;
  results: Partial<Record<StepId, CheckResult>>;
}

export interface RunSettings {
  runner: Runner;
  env: Env;
  platform: string;
  /** Bound for each single request or child process. */
  timeoutMs: number;
  options: RunOptions;
}

export interface StepRequest {
  step: StepDefinition;
  /** An action's run instead of the step's check. */
  run?: Check;
  state: RunState;
  /** The caller's cancel; the run adds its own for the ceiling. */
  signal?: AbortSignal;
  /** A whole check, however many requests it makes, gets at most this long. */
  ceilingMs?: number;
  /**
   * Stop waiting for a check the moment it is cancelled, even if it ignores its signal (doctor
   * must end). Without it the check's own words about the cancel reach the screen.
   */
  abandonOnCancel?: boolean;
  /** The person asked for this run again: nothing learned earlier may stand in for it. */
  recheck?: boolean;
  /** This check's options, when they differ from the run's (no billable request, say). */
  options?: RunOptions;
  /** More secrets to scrub from what the check returns. */
  secrets?: readonly Secret[];
  progress?(line: string): void;
  countdown?(label: string, seconds: number): void;
}

export interface StepRun {
  result: CheckResult;
  /** The facts the check saw, with what it learned merged in. */
  facts: Facts;
  /** Epoch milliseconds, by the runner's clock. */
  startedAt: number;
  finishedAt: number;
  /** Why the check did not finish by itself, if it did not. */
  stopped: 'cancelled' | 'ceiling' | null;
}

/** A step's visit in a sequence: runs its check, or settles it without one. */
export type StepVisit = (step: StepDefinition, state: RunState) => Promise<RunState>;

/** What one run's checks share with each other and with no one else. */
interface RunShared {
  readonly probesInFlight: ProbesInFlight;
  readonly editorReads: EditorReads;
}

export interface StepRunner extends RunShared {
  /** Runs one check or action. Never rejects. */
  runStep(request: StepRequest): Promise<StepRun>;
}

/** Facts merged in order: what a later result learned replaces what an earlier one did. */
export function mergeFacts(facts: Facts, learned: Partial<Facts> | undefined): Facts {
  return learned ? {...facts, ...learned} : facts;
}

/**
 * A new run: its own gated runner (the keys it held are scrubbed for the whole run), probes and
 * editor read.
 */
export function createStepRunner(settings: RunSettings): StepRunner {
  return stepRunnerOver(
    {...settings, runner: gateRunner(settings.runner)},
    {probesInFlight: new Map(), editorReads: new Map()},
  );
}

/**
 * The run a check belongs to, seen from inside that check (the restart's re-check): the same
 * runner, probes in flight and editor read, so a re-run check is run like any other.
 */
export function stepRunnerOf(context: CheckContext): StepRunner {
  return stepRunnerOver(
    {
      runner: context.runner,
      env: context.env,
      platform: context.platform,
      timeoutMs: context.timeoutMs,
      options: context.options,
    },
    {probesInFlight: context.probesInFlight, editorReads: context.editorReads},
  );
}

function stepRunnerOver(settings: RunSettings, shared: RunShared): StepRunner {
  return {...shared, runStep: (request) => runStep(settings, shared, request)};
}

async function runStep(
  settings: RunSettings,
  shared: RunShared,
  request: StepRequest,
): Promise<StepRun> {
  const {clock} = settings.runner;
  const startedAt = clock.now();
  const controller = new AbortController();
  const forward = () => controller.abort();
  if (request.signal?.aborted) controller.abort();
  request.signal?.addEventListener('abort', forward, {once: true});
  let overran = false;
  const done = new AbortController();
  if (request.ceilingMs !== undefined) {
    void clock.sleep(request.ceilingMs, done.signal).then(() => {
      if (done.signal.aborted) return;
      overran = true;
      controller.abort();
    });
  }
  const context: CheckContext = {
    runner: settings.runner,
    env: settings.env,
    platform: settings.platform,
    signal: controller.signal,
    timeoutMs: settings.timeoutMs,
    answers: request.state.answers,
    facts: request.state.facts,
    results: request.state.results,
    probesInFlight: shared.probesInFlight,
    editorReads: shared.editorReads,
    options: request.options ?? settings.options,
    ...(request.recheck ? {recheck: true} : {}),
    ...(request.countdown ? {countdown: request.countdown} : {}),
    progress: request.progress ?? (() => {}),
  };
  const running = runCheckSafely(request.run ?? request.step.check, context, request.secrets);
  // A check that ignores its signal must not hold the caller hostage.
  const abandoned = request.abandonOnCancel
    ? new Promise<CheckResult>((resolve) => {
        if (controller.signal.aborted) resolve(cancelledResult());
        controller.signal.addEventListener('abort', () => resolve(cancelledResult()), {
          once: true,
        });
      })
    : null;
  try {
    const finished = await (abandoned ? Promise.race([running, abandoned]) : running);
    const result = overran ? overCeiling(finished, request.ceilingMs!) : finished;
    return {
      result,
      facts: mergeFacts(request.state.facts, result.facts),
      startedAt,
      finishedAt: clock.now(),
      stopped: overran ? 'ceiling' : controller.signal.aborted ? 'cancelled' : null,
    };
  } finally {
    done.abort();
    request.signal?.removeEventListener('abort', forward);
  }
}

function overCeiling(result: CheckResult, ceilingMs: number): CheckResult {
  return {
    status: 'unknown',
    summary: `Did not finish within ${Math.round(ceilingMs / 1000)} s`,
    evidence: result.evidence,
    layer: null,
    fix: {summary: 'Check the network and proxy, or re-run with a larger --timeout'},
  };
}

/** The usual visit: run the step's check and keep its result and what it learned. */
export function checkEach(
  runner: StepRunner,
  request: Omit<StepRequest, 'step' | 'state'> = {},
): StepVisit {
  return async (step, state) => {
    const {result, facts} = await runner.runStep({...request, step, state});
    return {...state, facts, results: {...state.results, [step.id]: result}};
  };
}

/** Visits steps one after another, each seeing what the ones before it learned. */
export async function runInOrder(
  steps: readonly StepDefinition[],
  state: RunState,
  visit: StepVisit,
): Promise<RunState> {
  let next = state;
  for (const step of steps) next = await visit(step, next);
  return next;
}

/**
 * Runs independent groups side by side, each in order on its own copy of the state, so no
 * group reads what another is still learning; what they learned is merged in the groups' order,
 * whichever finished first.
 */
export async function runInGroups(
  groups: readonly (readonly StepDefinition[])[],
  state: RunState,
  visit: StepVisit,
): Promise<RunState> {
  const ends = await Promise.all(groups.map((group) => runInOrder(group, state, visit)));
  return ends.reduce(
    (merged, end) => ({
      answers: merged.answers,
      facts: {...merged.facts, ...changedFrom(state.facts, end.facts)},
      results: {...merged.results, ...changedFrom(state.results, end.results)},
    }),
    state,
  );
}

/** The entries of `after` that a group set or replaced since `before`. */
function changedFrom<T extends object>(before: T, after: T): Partial<T> {
  const changed: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (after[key] !== before[key]) changed[key] = after[key];
  }
  return changed;
}
