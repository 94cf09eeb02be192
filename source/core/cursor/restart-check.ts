// The restart step: a restart clears Cursor's cached auth state, and then every automatic check
// before it runs again. A restart counts only when it was seen (the editor stopped, or came up from not
// running) or the person says so; re-run checks that fail keep the step failing either way.
import {runInOrder, stepRunnerOf} from '../run/step-runner.js';
import {countedStatus} from '../step-rules.js';
import type {Check, CheckContext, CheckResult, StepAction, StepDefinition} from '../step-model.js';
import {firstLayer} from '../verdict.js';
import {inspectEditor} from '../editor/inspect.js';
import type {EditorState} from '../editor/state.js';
import {editorStartTime, observeEditor, quitInstructions} from './editor-process.js';

/** How often the watch action looks at the process list; a person takes seconds to restart. */
const WATCH_INTERVAL_MS = 1000;
const WATCH_LIMIT_MS = 10 * 60 * 1000;

interface Rerun {
  step: StepDefinition;
  before: CheckResult | undefined;
  after: CheckResult | null;
}

/**
 * The checks a restart may change: every automatic step before this one. A manual step's
 * verdict is the person's, and a restart does not change it.
 */
function stepsBeforeRestart(steps: readonly StepDefinition[]): StepDefinition[] {
  const restart = steps.findIndex((step) => step.id === 'restart');
  return steps
    .slice(0, restart < 0 ? steps.length : restart)
    .filter((step) => step.kind === 'automatic');
}

async function rerunChecks(
  context: CheckContext,
  steps: readonly StepDefinition[],
): Promise<Rerun[]> {
  const run = stepRunnerOf(context);
  const reruns: Rerun[] = [];
  // A conditional step is re-run only if it applied before the restart: the table compares
  // like with like, and a newly failing step 2 already names its own fix.
  const applied = {
    env: context.env,
    answers: context.answers,
    facts: context.facts,
    results: context.results,
  };
  await runInOrder(
    stepsBeforeRestart(steps),
    {answers: context.answers, facts: {...context.facts}, results: {...context.results}},
    async (step, state) => {
      if (context.signal.aborted) return state;
      const before = context.results[step.id];
      if (step.conditional && !step.conditional.applies(applied) && !before) {
        reruns.push({step, before, after: null});
        return state;
      }
      context.progress(`Re-checking step ${step.n}: ${step.title}…`);
      // Free requests only: the completion step 7 sent still answers for the same key.
      const {result: after, facts} = await run.runStep({
        step,
        state,
        signal: context.signal,
        options: {...context.options, noCompletion: true},
        recheck: context.recheck === true,
        progress: context.progress,
        ...(context.countdown ? {countdown: context.countdown} : {}),
      });
      reruns.push({step, before, after});
      return {...state, facts, results: {...state.results, [step.id]: after}};
    },
  );
  return reruns;
}

/** What a step shows as absent but not needed (no CLI installed) is no failure of the restart. */
function counts(step: StepDefinition, result: CheckResult | null | undefined): string {
  return result ? countedStatus(step, result) : 'n/a';
}

function table(reruns: readonly Rerun[]): string[] {
  const rows = reruns.map(({step, before, after}) => [
    `${String(step.n).padStart(2)} ${step.id}`,
    before ? counts(step, before) : '-',
    counts(step, after),
    after?.summary ?? 'not applicable',
  ]);
  const width = Math.max(4, ...rows.map((row) => row[0]!.length));
  return [
    `${'step'.padEnd(width)}  before   after    now`,
    ...rows.map(([id, before, after, summary]) =>
      `${id!.padEnd(width)}  ${before!.padEnd(7)}  ${after!.padEnd(7)}  ${summary}`.slice(0, 160),
    ),
  ];
}

function clock(ms: number): string {
  return `${new Date(ms).toISOString().replace('T', ' ').slice(0, 19)} UTC`;
}

/**
 * What the editor itself shows about a restart: its main process's start time against the one
 * seen earlier, and whether its state file changed since it was first read.
 */
function editorRestartEvidence(
  startedAt: number | null,
  earlierStart: number | null | undefined,
  state: EditorState | null,
  earlierState: EditorState | undefined,
): string[] {
  const lines: string[] = [];
  if (startedAt !== null) {
    const since =
      typeof earlierStart !== 'number'
        ? ''
        : startedAt > earlierStart
          ? `, later than the start seen before (${clock(earlierStart)}): it was restarted`
          : ': the same start as seen before, so no restart since';
    lines.push(`The editor started at ${clock(startedAt)}${since}`);
  }
  const was = earlierState?.modifiedMs;
  const is = state?.modifiedMs;
  if (typeof was === 'number' && typeof is === 'number' && is !== was) {
    lines.push(
      "Cursor's state file changed since it was first read (Cursor writes it as it starts and when a setting changes)",
    );
  }
  return lines;
}

/** `steps`: the whole order; the automatic steps before this one run again. */
export async function restartCheck(
  context: CheckContext,
  confirmedNow: boolean,
  steps: readonly StepDefinition[],
): Promise<CheckResult> {
  const how = quitInstructions(context.platform);
  const [now, startedAt, state] = await Promise.all([
    observeEditor(context),
    editorStartTime(context),
    inspectEditor(context),
  ]);
  const earlierStart = context.facts.editorStartedAt;
  const editorLines = editorRestartEvidence(startedAt, earlierStart, state, context.facts.editor);
  const seen = {
    editorRunning: now.running,
    ...(startedAt !== null ? {editorStartedAt: startedAt} : {}),
    ...(state ? {editor: state} : {}),
  };
  if (!context.options.interactive) {
    return {
      status: 'manual',
      summary: 'Restart Cursor fully, then run the checks again',
      evidence: [how, now.evidence, ...editorLines],
      layer: null,
      fix: null,
      facts: seen,
    };
  }

  const before = context.facts.editorRunning;
  const seenStopped = context.facts.editorSeenStopped === true || now.running === false;
  // A main process that started after the one seen earlier is a restart, even unwatched.
  const startedAgain =
    now.running === true &&
    typeof earlierStart === 'number' &&
    startedAt !== null &&
    startedAt > earlierStart;
  const observed =
    context.facts.restartObserved === true ||
    startedAgain ||
    (now.running === true && (context.facts.editorSeenStopped === true || before === false));
  const confirmed = confirmedNow || context.facts.restartConfirmed === true;
  const facts = {
    ...seen,
    editorSeenStopped: seenStopped,
    restartObserved: observed,
    restartConfirmed: confirmed,
  };

  const reruns = await rerunChecks(context, steps);
  const failed = reruns.filter((rerun) => counts(rerun.step, rerun.after) === 'fail');
  const evidence = [how, now.evidence, ...editorLines, ...table(reruns)];

  if (failed.length > 0) {
    return {
      status: 'fail',
      summary: `After the restart, step${failed.length === 1 ? '' : 's'} ${failed.map((r) => r.step.n).join(', ')} still fail${failed.length === 1 ? 's' : ''}`,
      evidence,
      layer: firstLayer(failed.map((r) => r.after?.layer ?? null)) ?? 'unknown',
      fix: {summary: `Go back to step ${failed[0]!.step.n} and fix it first`},
      facts,
    };
  }
  // Re-checks the cancel stopped, or never reached, cannot vouch for the restart; what was seen
  // of the editor still holds for the next try.
  if (observed && context.signal.aborted) {
    return {
      status: 'unknown',
      summary:
        'Cursor was seen restarting, but the checks were cancelled before they all ran again',
      evidence,
      layer: null,
      fix: {summary: 'Choose Re-check to run them again'},
      facts,
    };
  }
  if (observed) {
    return {
      status: 'pass',
      summary: 'Cursor was seen restarting, and no check fails',
      evidence,
      layer: null,
      fix: null,
      facts,
    };
  }
  // Only a restart the wizard saw passes. A person's word keeps the step manual: they confirm
  // it, and the closing line says it was their word, not an observation.
  if (confirmed) {
    return {
      status: 'manual',
      summary: `You said Cursor was restarted; the wizard did not see it (${now.running === null ? 'it cannot see Cursor processes here' : 'no Cursor process was seen stopping and starting'})`,
      evidence,
      layer: null,
      fix: {summary: 'Confirm it, or quit Cursor fully and choose Re-check so the restart is seen'},
      facts,
    };
  }
  if (now.running === false) {
    return {
      status: 'manual',
      summary: 'Cursor is not running now: open it again, then re-check',
      evidence,
      layer: null,
      fix: {summary: 'Open Cursor, then choose Re-check'},
      facts,
    };
  }
  return {
    status: 'manual',
    summary:
      'No restart seen yet: quit Cursor fully and reopen it, then re-check (or watch for it)',
    evidence,
    layer: null,
    fix: {summary: how},
    facts,
  };
}

/** Watches the process list until Cursor has been seen stopped and then running again. */
export async function watchForRestart(
  context: CheckContext,
  steps: readonly StepDefinition[],
  {intervalMs = WATCH_INTERVAL_MS, limitMs = WATCH_LIMIT_MS} = {},
): Promise<CheckResult> {
  context.progress(quitInstructions(context.platform));
  const time = context.runner.clock;
  const deadline = time.now() + limitMs;
  let seenStopped = context.facts.editorSeenStopped === true;
  let first = true;
  while (!context.signal.aborted && time.now() < deadline) {
    if (!first) await time.sleep(intervalMs, context.signal);
    first = false;
    if (context.signal.aborted) break;
    const now = await observeEditor(context);
    if (now.running === null) return restartCheck(context, false, steps);
    if (!now.running && !seenStopped) {
      seenStopped = true;
      context.progress('Cursor has quit. Open it again…');
    }
    if (now.running && seenStopped) {
      context.progress('Cursor is running again; re-running the checks…');
      return restartCheck(
        {...context, facts: {...context.facts, editorSeenStopped: true, restartObserved: true}},
        false,
        steps,
      );
    }
  }
  return restartCheck(
    {...context, facts: {...context.facts, editorSeenStopped: seenStopped}},
    false,
    steps,
  );
}

/** The restart's own check and actions, over the order it belongs to (read when they run). */
export function restartChecks(order: () => readonly StepDefinition[]): {
  check: Check;
  actions: readonly StepAction[];
} {
  return {
    check: (context) => restartCheck(context, false, order()),
    actions: [
      {
        id: 'watch-restart',
        label: 'Watch while I quit and reopen Cursor',
        notice:
          'Quit Cursor fully now, then open it again; this waits up to 10 minutes (Esc cancels).',
        run: (context) => watchForRestart(context, order()),
      },
    ],
  };
}
