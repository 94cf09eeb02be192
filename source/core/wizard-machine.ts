// The wizard as a pure reducer. It decides what may happen next; it never runs anything.
// The UI (or a test) runs the queued check and reports back with run-started / run-finished.
import type {
  Answers,
  CheckResult,
  ConditionView,
  Env,
  Facts,
  StepDefinition,
} from './step-model.js';
import type {Diagnosis} from './diagnosis.js';
import type {DisplayStatus} from './status-symbols.js';
import {exitCodeOf, verdictOf} from './verdict.js';
import {EXIT, type ExitCode, type Status, type StepId} from './vocabulary.js';

export type RunRequest = {kind: 'check'} | {kind: 'action'; actionId: string};

export interface StepRecord {
  /** idle: nothing asked; queued: a run is wanted; running: in flight; done: has a result. */
  phase: 'idle' | 'queued' | 'running' | 'done';
  request: RunRequest | null;
  /** Increases with every request, so a late answer from a superseded run is ignored. */
  runId: number;
  result: CheckResult | null;
  /** The first result this session, kept for the restart step's before/after table. */
  firstResult: CheckResult | null;
  confirmed: boolean;
  skipReason: string | null;
  progress: string[];
}

/** A step the person has moved past, for the scroll-back history. */
export interface HistoryEntry {
  key: number;
  id: StepId;
  n: number;
  title: string;
  status: Status;
  summary: string;
}

export interface WizardState {
  index: number;
  /** Steps moved past, oldest first; appended only, like terminal scroll-back. */
  history: HistoryEntry[];
  phase: 'active' | 'finished' | 'quit' | 'cancelled';
  records: Record<StepId, StepRecord>;
  env: Env;
  answers: Answers;
  facts: Facts;
  /** Why the last event was refused, or other one-line news for the person. */
  notice: string | null;
  /** What the error the person pasted at the start points at, if they pasted one. */
  errorHint: Diagnosis | null;
}

export type WizardEvent =
  | {type: 'recheck'}
  | {type: 'run-action'; actionId: string}
  | {type: 'run-started'; id: StepId; runId: number}
  | {type: 'progress'; id: StepId; runId: number; line: string}
  | {type: 'run-finished'; id: StepId; runId: number; result: CheckResult}
  | {type: 'answer'; key: string; value: unknown}
  | {type: 'error-hint'; hint: Diagnosis | null}
  | {type: 'confirm'}
  | {type: 'next'}
  | {type: 'skip'; reason: string}
  | {type: 'back'}
  | {type: 'jump'; id: StepId}
  | {type: 'quit'}
  | {type: 'cancel'};

/** Live progress kept per step; older lines drop off so a chatty child cannot grow memory. */
export const PROGRESS_LINES_KEPT = 200;

function emptyRecord(): StepRecord {
  return {
    phase: 'idle',
    request: null,
    runId: 0,
    result: null,
    firstResult: null,
    confirmed: false,
    skipReason: null,
    progress: [],
  };
}

export type {DisplayStatus};

export function displayStatus(record: StepRecord): DisplayStatus {
  if (record.phase === 'running') return 'running';
  if (record.phase === 'queued') return 'pending';
  if (record.skipReason !== null) return 'skip';
  if (record.confirmed) return 'pass';
  return record.result?.status ?? 'pending';
}

export function conditionView(state: WizardState): ConditionView {
  const results: ConditionView['results'] = {};
  for (const [id, record] of Object.entries(state.records) as [StepId, StepRecord][]) {
    if (record.result) results[id] = record.result;
  }
  return {env: state.env, answers: state.answers, facts: state.facts, results};
}

/** Whether a conditional step's condition holds now; unconditional steps always apply. */
export function stepApplies(step: StepDefinition, state: WizardState): boolean {
  return step.conditional ? step.conditional.applies(conditionView(state)) : true;
}

export type AdvanceVerdict = {ok: true} | {ok: false; reason: string};

/** The one rule of the wizard: it moves on only when the step's pass condition is met. */
export function canAdvance(step: StepDefinition, record: StepRecord): AdvanceVerdict {
  if (record.phase === 'running' || record.phase === 'queued') {
    return {ok: false, reason: `Step ${step.n} is still being checked.`};
  }
  if (step.kind === 'manual') {
    return record.confirmed
      ? {ok: true}
      : {ok: false, reason: `Step ${step.n} needs you to confirm it: choose "I did it".`};
  }
  const status = record.result?.status;
  if (status === 'pass' || status === 'warn' || status === 'unknown') return {ok: true};
  if (status === 'fail') {
    return {
      ok: false,
      reason: `Step ${step.n} has not passed (${step.passCondition}). Fix it and re-check.`,
    };
  }
  return {ok: false, reason: `Step ${step.n} has not been checked yet.`};
}

/**
 * Backwards is always allowed. Forwards only over steps that already pass, warn or were
 * skipped: the fix order matters, because an earlier layer's fault masks a later one's.
 */
export function canJumpTo(
  steps: readonly StepDefinition[],
  state: WizardState,
  target: number,
): AdvanceVerdict {
  if (target <= state.index) return {ok: true};
  for (const earlier of steps.slice(0, target)) {
    const status = displayStatus(state.records[earlier.id]);
    if (status !== 'pass' && status !== 'skip' && status !== 'warn') {
      return {
        ok: false,
        reason: `Step ${earlier.n} must pass before jumping to step ${target + 1}.`,
      };
    }
  }
  return {ok: true};
}

/** The conditional step that exists to fix the current one, when its condition holds. */
export function fixStepFor(
  steps: readonly StepDefinition[],
  state: WizardState,
): StepDefinition | null {
  const step = steps[state.index];
  const next = steps[state.index + 1];
  if (!step || !next?.conditional || next.conditional.fixes !== step.id) return null;
  if (state.records[step.id].result?.status !== 'fail') return null;
  return stepApplies(next, state) ? next : null;
}

/** The step the pasted error points at, when the wizard may jump there now. */
export function jumpOffer(
  steps: readonly StepDefinition[],
  state: WizardState,
): StepDefinition | null {
  const hint = state.errorHint;
  if (!hint) return null;
  const target = steps.findIndex((step) => step.n === hint.step);
  if (target <= state.index) return null;
  return canJumpTo(steps, state, target).ok ? (steps[target] ?? null) : null;
}

export function createInitialState(
  steps: readonly StepDefinition[],
  env: Env,
  answers: Answers = {},
): WizardState {
  const records = {} as Record<StepId, StepRecord>;
  for (const step of steps) records[step.id] = emptyRecord();
  const state: WizardState = {
    index: 0,
    history: [],
    phase: 'active',
    records,
    env,
    answers,
    facts: {},
    notice: null,
    errorHint: null,
  };
  return enterStep(steps, state, 0);
}

function updateRecord(state: WizardState, id: StepId, patch: Partial<StepRecord>): WizardState {
  return {...state, records: {...state.records, [id]: {...state.records[id], ...patch}}};
}

function queueRun(state: WizardState, id: StepId, request: RunRequest): WizardState {
  const record = state.records[id];
  return updateRecord(state, id, {
    phase: 'queued',
    request,
    runId: record.runId + 1,
    progress: [],
    confirmed: false,
    skipReason: null,
  });
}

function recordHistory(steps: readonly StepDefinition[], state: WizardState): WizardState {
  const step = steps[state.index];
  if (!step) return state;
  const record = state.records[step.id];
  const status = displayStatus(record);
  const entry: HistoryEntry = {
    key: state.history.length,
    id: step.id,
    n: step.n,
    title: step.title,
    status: status === 'pending' || status === 'running' ? 'unknown' : status,
    summary:
      record.skipReason !== null
        ? `Skipped: ${record.skipReason}`
        : record.confirmed
          ? 'Confirmed by you'
          : (record.result?.summary ?? ''),
  };
  return {...state, history: [...state.history, entry]};
}

/** Entering a step clears its old verdict; it is re-checked unless its condition does not hold. */
function enterStep(
  steps: readonly StepDefinition[],
  state: WizardState,
  index: number,
): WizardState {
  const step = steps[index];
  if (!step) return {...state, phase: 'finished', notice: null};
  const moved: WizardState = {...state, index, notice: null};
  if (!stepApplies(step, moved)) {
    return updateRecord(moved, step.id, {
      phase: 'idle',
      request: null,
      confirmed: false,
      skipReason: null,
    });
  }
  return queueRun(moved, step.id, {kind: 'check'});
}

function refuse(state: WizardState, reason: string): WizardState {
  return {...state, notice: reason};
}

export function createWizardReducer(steps: readonly StepDefinition[]) {
  return function wizardReducer(state: WizardState, event: WizardEvent): WizardState {
    if (state.phase !== 'active') return state;
    const step = steps[state.index];
    if (!step) return state;
    const record = state.records[step.id];

    switch (event.type) {
      case 'recheck': {
        if (record.phase === 'running') return refuse(state, 'A check is already running.');
        return {...queueRun(state, step.id, {kind: 'check'}), notice: null};
      }
      case 'run-action': {
        if (record.phase === 'running') return refuse(state, 'A check is already running.');
        if (!step.actions?.some((action) => action.id === event.actionId)) {
          return refuse(state, `Step ${step.n} has no action "${event.actionId}".`);
        }
        return {
          ...queueRun(state, step.id, {kind: 'action', actionId: event.actionId}),
          notice: null,
        };
      }
      case 'run-started': {
        const target = state.records[event.id];
        if (target.phase !== 'queued' || target.runId !== event.runId) return state;
        return updateRecord(state, event.id, {phase: 'running'});
      }
      case 'progress': {
        const target = state.records[event.id];
        if (target.phase !== 'running' || target.runId !== event.runId) return state;
        const progress = [...target.progress, event.line].slice(-PROGRESS_LINES_KEPT);
        return updateRecord(state, event.id, {progress});
      }
      case 'run-finished': {
        const target = state.records[event.id];
        if (target.phase !== 'running' || target.runId !== event.runId) return state;
        let next = updateRecord(state, event.id, {
          phase: 'done',
          request: null,
          result: event.result,
          firstResult: target.firstResult ?? event.result,
        });
        if (event.result.facts) next = {...next, facts: {...next.facts, ...event.result.facts}};
        const fixed = steps.find((candidate) => candidate.id === event.id)?.conditional?.fixes;
        if (fixed && event.result.status === 'pass') {
          const fixer = steps.find((candidate) => candidate.id === event.id)!;
          next = updateRecord(next, fixed, {
            phase: 'done',
            result: {...event.result, summary: `Fixed at step ${fixer.n}: ${event.result.summary}`},
          });
        }
        return next;
      }
      case 'answer': {
        return {...state, answers: {...state.answers, [event.key]: event.value}, notice: null};
      }
      case 'confirm': {
        if (step.kind !== 'manual') {
          return refuse(
            state,
            `Step ${step.n} is checked automatically; it cannot be confirmed by hand.`,
          );
        }
        if (record.phase !== 'done') return refuse(state, `Step ${step.n} is still being checked.`);
        if (record.result?.status === 'fail') {
          return refuse(
            state,
            `Step ${step.n} found a problem; fix it and re-check before confirming.`,
          );
        }
        const confirmed = updateRecord(state, step.id, {confirmed: true});
        return enterStep(steps, recordHistory(steps, confirmed), state.index + 1);
      }
      case 'next': {
        const verdict = canAdvance(step, record);
        if (!verdict.ok && !fixStepFor(steps, state)) return refuse(state, verdict.reason);
        return enterStep(steps, recordHistory(steps, state), state.index + 1);
      }
      case 'skip': {
        if (!step.conditional) {
          return refuse(state, `Step ${step.n} is not optional; it cannot be skipped.`);
        }
        if (stepApplies(step, state)) {
          return refuse(
            state,
            `Step ${step.n} applies here (${step.conditional.description}); it cannot be skipped.`,
          );
        }
        if (record.phase === 'running') return refuse(state, 'A check is already running.');
        const reason = event.reason.trim();
        if (!reason) return refuse(state, 'A skip needs a reason.');
        const skipped = updateRecord(state, step.id, {
          phase: 'done',
          request: null,
          skipReason: reason,
        });
        return enterStep(steps, recordHistory(steps, skipped), state.index + 1);
      }
      case 'back': {
        if (state.index === 0) return refuse(state, 'This is the first step.');
        return enterStep(steps, state, state.index - 1);
      }
      case 'error-hint':
        return {...state, errorHint: event.hint};
      case 'jump': {
        const target = steps.findIndex((candidate) => candidate.id === event.id);
        if (target < 0) return refuse(state, `No step "${event.id}".`);
        const verdict = canJumpTo(steps, state, target);
        if (!verdict.ok) return refuse(state, verdict.reason);
        return enterStep(steps, state, target);
      }
      case 'quit':
        return {...state, phase: 'quit'};
      case 'cancel':
        return {...state, phase: 'cancelled'};
    }
  };
}

/** The wizard's exit code: 130 when cancelled, else the verdict over every step that has one. */
export function wizardExitCode(steps: readonly StepDefinition[], state: WizardState): ExitCode {
  if (state.phase === 'cancelled') return EXIT.cancelled;
  const statuses = steps
    .map((step) => displayStatus(state.records[step.id]))
    .filter((status): status is Status => status !== 'pending' && status !== 'running');
  return exitCodeOf(verdictOf(statuses));
}
