// Binds the pure wizard machine to React: it runs whatever the machine queued, each run with its
// own AbortController (running ahead, independent checks run side by side), and aborts every run
// in flight when the wizard unmounts.
import {useCallback, useEffect, useMemo, useReducer, useRef, useState} from 'react';
import {completionsAllowed} from '../../core/billable.js';
import {sessionSecrets} from '../../core/known-secrets.js';
import {cancelledResult} from '../../core/run-check.js';
import {createStepRunner} from '../../core/run/step-runner.js';
import type {Runner} from '../../core/runner.js';
import {scrub, scrubberOf} from '../../core/secrets.js';
import type {
  Answers,
  CheckResult,
  Env,
  RunOptions,
  StepDefinition,
  StepInput,
} from '../../core/step-model.js';
import type {StepId} from '../../core/vocabulary.js';
import {
  conditionView,
  createInitialState,
  createWizardReducer,
  type StepRecord,
  type WizardEvent,
  type WizardState,
  watchPauseSeconds,
} from '../../core/wizard-machine.js';

export interface WizardDependencies {
  steps: readonly StepDefinition[];
  runner: Runner;
  env: Env;
  platform: string;
  options: RunOptions;
  timeoutMs: number;
  initialAnswers?: Answers;
  /** `ahead` (the product): run every check that needs nobody first, then walk what is left. */
  mode?: WizardState['mode'];
}

export interface WizardApi {
  state: WizardState;
  step: StepDefinition | undefined;
  /** The input the current step still needs before its check can run. */
  pendingInput: StepInput | undefined;
  dispatch: (event: WizardEvent) => void;
  /** Aborts the current step's run, or every run when the checklist is on screen. */
  cancelRun: () => void;
  /** While a step is watched and waiting: when its next re-check starts (epoch ms). */
  watchNextAt: number | null;
}

/**
 * A run the person stopped was waiting on something that did not answer: say so, with the
 * command and how long it waited, rather than calling the tool missing.
 */
function hungResult(result: CheckResult, step: StepDefinition, seconds: number): CheckResult {
  const what = step.command ? `\`${step.command}\`` : 'the check';
  return {
    ...result,
    summary: `Timed out / hung: ${what} gave no answer in ${seconds} s, and you stopped it`,
    fix: {
      summary:
        'Choose Re-check to try again; if it hangs again, run the command by hand to see where it stops.',
    },
  };
}

export function useWizard(deps: WizardDependencies): WizardApi {
  const {steps, runner, env, platform, options, timeoutMs} = deps;
  const reducer = useMemo(() => createWizardReducer(steps), [steps]);
  const [state, dispatch] = useReducer(reducer, undefined, () =>
    createInitialState(
      steps,
      env,
      // `--no-completion` answers the billable question up front, so it is never asked.
      options.noCompletion
        ? {completionConsent: 'never', ...deps.initialAnswers}
        : (deps.initialAnswers ?? {}),
      {mode: deps.mode},
    ),
  );
  const inFlight = useRef(new Map<StepId, AbortController>());
  // One run for the wizard's whole life: its checks share its probes and its gated runner.
  const [run] = useState(() => createStepRunner({runner, env, platform, timeoutMs, options}));
  const step = steps[state.index];
  const record = step ? state.records[step.id] : undefined;
  const onStep = state.view === 'step';

  const pendingInput = useMemo(() => {
    if (!onStep || !step || record?.phase !== 'queued' || record.request?.kind !== 'check') {
      return undefined;
    }
    const view = conditionView(state);
    return step.inputs?.find(
      (input) => input.needed(view) && state.answers[input.key] === undefined,
    );
  }, [onStep, step, record, state]);

  // Every queued run may start, except the current step's while it still waits for an answer.
  const startable = steps.filter((candidate) => {
    const queued = state.records[candidate.id];
    if (queued.phase !== 'queued') return false;
    return !(candidate === step && pendingInput);
  });
  const signature = startable
    .map((candidate) => `${candidate.id}:${state.records[candidate.id].runId}`)
    .join(',');

  useEffect(() => {
    if (state.phase !== 'active') return;
    for (const candidate of startable) start(candidate, state.records[candidate.id]);
    // Runs when the set of queued runs changes; the machine's state is read as of that moment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signature, state.phase]);

  function start(target: StepDefinition, queued: StepRecord): void {
    const {runId, request} = queued;
    const id = target.id;
    inFlight.current.get(id)?.abort();
    const controller = new AbortController();
    inFlight.current.set(id, controller);
    dispatch({type: 'run-started', id, runId});

    const secrets = sessionSecrets(env, state.answers);
    const held = scrubberOf(secrets);
    const action =
      request?.kind === 'action'
        ? target.actions?.find((candidate) => candidate.id === request.actionId)
        : undefined;
    void run
      .runStep({
        step: target,
        ...(action ? {run: action.run} : {}),
        state: conditionView(state),
        signal: controller.signal,
        secrets,
        recheck: request?.kind === 'check' && request.fresh === true,
        options: {
          ...options,
          noCompletion: options.noCompletion || !completionsAllowed(state.answers),
        },
        countdown: (label, seconds) =>
          dispatch({
            type: 'countdown',
            id,
            runId,
            label,
            endsAt: runner.clock.now() + seconds * 1000,
          }),
        progress: (line) => dispatch({type: 'progress', id, runId, line: scrub(line, held)}),
      })
      .then(({result, startedAt, finishedAt, stopped}) => {
        if (inFlight.current.get(id) === controller) inFlight.current.delete(id);
        const hung = stopped === 'cancelled' && result.summary === cancelledResult().summary;
        const shown = hung
          ? hungResult(result, target, Math.round((finishedAt - startedAt) / 1000))
          : result;
        dispatch({type: 'run-finished', id, runId, result: shown, timing: {startedAt, finishedAt}});
      });
  }

  const currentId = step?.id;
  const cancelRun = useCallback(() => {
    if (onStep && currentId) {
      inFlight.current.get(currentId)?.abort();
      return;
    }
    for (const controller of inFlight.current.values()) controller.abort();
  }, [onStep, currentId]);

  useEffect(
    () => () => {
      for (const controller of inFlight.current.values()) controller.abort();
    },
    [],
  );

  // Watching: after each verdict that is not a pass, wait a little longer, then look again.
  const [watchNextAt, setWatchNextAt] = useState<number | null>(null);
  const watched = state.watch ? state.records[state.watch.id] : undefined;
  const waiting = state.watch !== null && watched?.phase === 'done';
  const attempt = state.watch?.attempt ?? 0;
  useEffect(() => {
    if (!waiting) {
      setWatchNextAt(null);
      return;
    }
    const pauseMs = watchPauseSeconds(attempt) * 1000;
    setWatchNextAt(runner.clock.now() + pauseMs);
    const paused = new AbortController();
    void runner.clock.sleep(pauseMs, paused.signal).then(() => {
      if (!paused.signal.aborted) dispatch({type: 'recheck'});
    });
    return () => paused.abort();
  }, [waiting, attempt]); // eslint-disable-line react-hooks/exhaustive-deps

  return {state, step, pendingInput, dispatch, cancelRun, watchNextAt};
}
