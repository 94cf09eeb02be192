// The wizard as a pure reducer. It decides what may happen next; it never runs anything.
// The UI (or a test) runs the queued check and reports back with run-started / run-finished.
import type {Answers, Env, StepDefinition} from './step-model.js';
import type {StepId} from './vocabulary.js';
import {
  canAdvance,
  canJumpTo,
  displayStatus,
  fixStepFor,
  needsConfirmation,
  stepApplies,
} from './wizard-queries.js';
import {
  PROGRESS_LINES_KEPT,
  type HistoryEntry,
  type RunRequest,
  type StepRecord,
  type WizardEvent,
  type WizardState,
} from './wizard-state.js';

export * from './wizard-queries.js';
export * from './wizard-state.js';
export * from './wizard-verdict.js';

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
    changes: [],
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
          ? step.kind === 'manual'
            ? 'Confirmed by you'
            : 'Confirmed by you; the wizard did not see it happen'
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
    // A verdict from when the step applied no longer says anything; it would only block.
    return updateRecord(moved, step.id, {
      phase: 'idle',
      request: null,
      result: null,
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
        if (event.result.changes?.length) {
          next = {...next, changes: [...next.changes, ...event.result.changes]};
        }
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
        if (!needsConfirmation(step, record)) {
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
      case 'changed':
        return {...state, changes: [...state.changes, event.what]};
      case 'quit':
        return {...state, phase: 'quit'};
      case 'cancel':
        return {...state, phase: 'cancelled'};
    }
  };
}
