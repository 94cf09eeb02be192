// Binds the pure wizard machine to React: it runs whatever the machine queued, with an
// AbortController per run, and aborts every run in flight when the wizard unmounts.
import {useCallback, useEffect, useMemo, useReducer, useRef} from 'react';
import {knownSecrets} from '../../core/known-secrets.js';
import {runCheckSafely} from '../../core/run-check.js';
import type {Runner} from '../../core/runner.js';
import {scrub, Secret} from '../../core/secrets.js';
import type {
  Answers,
  CheckContext,
  Env,
  RunOptions,
  StepDefinition,
  StepInput,
} from '../../core/step-model.js';
import {
  conditionView,
  createInitialState,
  createWizardReducer,
  type WizardEvent,
  type WizardState,
} from '../../core/wizard-machine.js';

export interface WizardDependencies {
  steps: readonly StepDefinition[];
  runner: Runner;
  env: Env;
  platform: string;
  options: RunOptions;
  timeoutMs: number;
  initialAnswers?: Answers;
}

export interface WizardApi {
  state: WizardState;
  step: StepDefinition | undefined;
  /** The input the current step still needs before its check can run. */
  pendingInput: StepInput | undefined;
  dispatch: (event: WizardEvent) => void;
  /** Aborts the run in flight, if any. */
  cancelRun: () => void;
}

function secretsIn(env: Env, answers: Answers): Secret[] {
  const typed = Object.values(answers).filter((value): value is Secret => value instanceof Secret);
  return knownSecrets(env, typed);
}

export function useWizard(deps: WizardDependencies): WizardApi {
  const {steps, runner, env, platform, options, timeoutMs} = deps;
  const reducer = useMemo(() => createWizardReducer(steps), [steps]);
  const [state, dispatch] = useReducer(reducer, undefined, () =>
    createInitialState(steps, env, deps.initialAnswers),
  );
  // At most one run is in flight: starting one aborts whatever ran before.
  const inFlight = useRef<AbortController | null>(null);
  const step = steps[state.index];
  const record = step ? state.records[step.id] : undefined;

  const pendingInput = useMemo(() => {
    if (!step || record?.phase !== 'queued' || record.request?.kind !== 'check') return undefined;
    const view = conditionView(state);
    return step.inputs?.find(
      (input) => input.needed(view) && state.answers[input.key] === undefined,
    );
  }, [step, record, state]);

  const ready = state.phase === 'active' && record?.phase === 'queued' && !pendingInput;

  useEffect(() => {
    if (!ready || !step || !record) return;
    const runId = record.runId;
    const id = step.id;
    const request = record.request;
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    dispatch({type: 'run-started', id, runId});

    const view = conditionView(state);
    const secrets = secretsIn(env, state.answers);
    const context: CheckContext = {
      runner,
      env,
      platform,
      signal: controller.signal,
      timeoutMs,
      answers: state.answers,
      facts: state.facts,
      results: view.results,
      options,
      progress: (line) => dispatch({type: 'progress', id, runId, line: scrub(line, secrets)}),
    };
    const action =
      request?.kind === 'action' ? step.actions?.find((a) => a.id === request.actionId) : undefined;
    void runCheckSafely(action ? action.run : step.check, context, secrets).then((result) => {
      if (inFlight.current === controller) inFlight.current = null;
      dispatch({type: 'run-finished', id, runId, result});
    });
    // Runs only when a new run is queued; the machine's state is read as of that moment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, step?.id, record?.runId]);

  const cancelRun = useCallback(() => inFlight.current?.abort(), []);
  useEffect(() => cancelRun, [cancelRun]);

  return {state, step, pendingInput, dispatch, cancelRun};
}
