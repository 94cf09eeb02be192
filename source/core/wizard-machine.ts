// The wizard as a pure reducer. It decides what may happen next; it never runs anything.
// The UI (or a test) runs the queued check and reports back with run-started / run-finished.
import {STEP_ID_OF_LAYER} from './diagnosis.js';
import {answersOf} from './answers.js';
import {mergeFacts} from './run/step-runner.js';
import type {Answers, Env, StepDefinition} from './step-model.js';
import {countedStatus} from './step-rules.js';
import type {StepId} from './vocabulary.js';
import {
  canAdvance,
  canJumpTo,
  displayStatus,
  fixStepFor,
  needsConfirmation,
  notUsedChoice,
  notUsedReason,
  stepApplies,
} from './wizard-queries.js';
import {canWatch} from './wizard-watch.js';
import {
  autoSkips,
  nextOpenIndex,
  routeFor,
  runAheadCandidates,
  walkStartIndex,
} from './wizard-walk.js';
import {
  PROGRESS_LINES_KEPT,
  type HistoryEntry,
  type RunRequest,
  type SavedProgress,
  type StepRecord,
  type WizardEvent,
  type WizardState,
} from './wizard-state.js';

export * from './wizard-queries.js';
export * from './wizard-state.js';
export * from './wizard-verdict.js';
export * from './wizard-walk.js';
export * from './wizard-watch.js';
export * from './wizard-resume.js';

function emptyRecord(): StepRecord {
  return {
    phase: 'idle',
    request: null,
    runId: 0,
    result: null,
    firstResult: null,
    confirmed: false,
    skipReason: null,
    skippedBy: null,
    progress: [],
    countdown: null,
    timing: null,
  };
}

export function createInitialState(
  steps: readonly StepDefinition[],
  env: Env,
  answers: Answers = {},
  options: {mode?: WizardState['mode']} = {},
): WizardState {
  const mode = options.mode ?? 'linear';
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
    mode,
    view: mode === 'ahead' ? 'checklist' : 'step',
    left: [],
    detour: null,
    watch: null,
    pinned: false,
  };
  return mode === 'ahead' ? settle(steps, state) : enterStep(steps, state, 0);
}

/**
 * Runs ahead: skips, without a keypress, the conditional steps that plainly do not apply, takes
 * back such a skip when an answer makes the step apply after all, and queues every check that
 * needs nobody. Called after every event, so the checklist fills in as results arrive.
 */
function settle(steps: readonly StepDefinition[], state: WizardState): WizardState {
  if (state.mode !== 'ahead' || state.phase !== 'active') return state;
  let next = state;
  for (const step of steps) {
    const record = next.records[step.id];
    if (record.skippedBy === 'wizard' && stepApplies(step, next)) {
      next = updateRecord(next, step.id, {skipReason: null, skippedBy: null});
    }
  }
  // One skip can settle the chain for the next (3 skipped lets 4 be judged), so repeat.
  for (let skips = autoSkips(steps, next); skips.length > 0; skips = autoSkips(steps, next)) {
    for (const step of skips) {
      next = updateRecord(next, step.id, {
        skipReason: `Not needed: runs ${step.conditional!.description}`,
        skippedBy: 'wizard',
      });
    }
  }
  for (const step of runAheadCandidates(steps, next)) {
    next = queueRun(next, step.id, {kind: 'check'});
  }
  return next;
}

/**
 * Shows a step in the walk. Its result from running ahead stands; a step never run is checked
 * now; a failure the person saw before is checked again, since they came back after a fix (a
 * billable one only on Re-check).
 */
function visit(
  steps: readonly StepDefinition[],
  state: WizardState,
  index: number,
  options: {pinned?: boolean} = {},
): WizardState {
  const step = steps[index];
  if (index < 0 || !step) return {...state, phase: 'finished', notice: null};
  const moved: WizardState = {
    ...state,
    watch: null,
    index,
    view: 'step',
    notice: null,
    pinned: options.pinned === true,
  };
  const record = moved.records[step.id];
  if (!stepApplies(step, moved) && record.result === null) return moved;
  if (record.phase === 'idle' && record.skipReason === null) {
    return queueRun(moved, step.id, {kind: 'check'});
  }
  const seenFailing =
    record.phase === 'done' &&
    record.result?.status === 'fail' &&
    state.history.some((entry) => entry.id === step.id);
  // Not a billable check: a second completion for the same key, model and URL waits for Re-check.
  if (seenFailing && !options.pinned && step.billing === 'free') {
    return queueRun(moved, step.id, {kind: 'check', fresh: true});
  }
  return moved;
}

/**
 * Picks up where a run before a restart left off: its verdicts stand as "before the restart",
 * and the walk goes to the restart step, whose check runs the others again.
 */
function resume(
  steps: readonly StepDefinition[],
  state: WizardState,
  progress: SavedProgress,
): WizardState {
  // Warnings and open verdicts were shown before the restart; the walk does not repeat them.
  const seen = steps
    .filter((step) => ['warn', 'unknown'].includes(progress.statuses[step.id] ?? ''))
    .map((step) => step.id);
  let next: WizardState = {
    ...state,
    left: [...state.left, ...seen],
    answers: progress.model ? {...state.answers, selectedModel: progress.model} : state.answers,
  };
  for (const step of steps) {
    const status = progress.statuses[step.id];
    if (!status || step.id === 'restart') continue;
    next =
      status === 'skip'
        ? updateRecord(next, step.id, {
            phase: 'idle',
            skipReason: 'Skipped before the restart',
            skippedBy: 'wizard',
          })
        : updateRecord(next, step.id, {
            phase: 'done',
            request: null,
            result: {
              status,
              summary: `${status} before the restart (saved progress)`,
              evidence: [],
              layer: null,
              fix: null,
            },
          });
  }
  // What the person said they do not use stays so: its steps keep the person's skip.
  for (const key of progress.notUsed ?? []) next = markNotUsed(steps, next, key);
  const restart = steps.findIndex((step) => step.id === 'restart');
  return visit(steps, next, restart >= 0 ? restart : nextOpenIndex(steps, next));
}

/** Moves on from the current step: to the next step the walk must show, or to the end. */
function moveOn(steps: readonly StepDefinition[], state: WizardState): WizardState {
  const step = steps[state.index]!;
  const status = displayStatus(state.records[step.id]);
  const left =
    status === 'pass' || state.left.includes(step.id) ? state.left : [...state.left, step.id];
  const after = {...recordHistory(steps, state), left};
  return visit(steps, after, nextOpenIndex(steps, after, state.index));
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
    countdown: null,
    confirmed: false,
    skipReason: null,
    skippedBy: null,
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

/**
 * A typed key replaced: every verdict reached with the old key says nothing about the new one,
 * so the steps that judge that key are checked again (a pass on the old key would let the walk
 * end "done" on a key no step has seen). The same holds for a step whose check an answer changes.
 */
function forgetVerdictsOn(
  steps: readonly StepDefinition[],
  state: WizardState,
  key: keyof Answers,
): WizardState {
  let next = state;
  for (const step of steps) {
    const record = next.records[step.id];
    const reads = step.replaceableKey?.key === key || step.rechecksOn?.includes(key) === true;
    if (!reads || record.phase !== 'done' || record.skipReason !== null) continue;
    next = updateRecord(next, step.id, {
      phase: 'idle',
      request: null,
      result: null,
      confirmed: false,
    });
    next = {...next, left: next.left.filter((id) => id !== step.id)};
  }
  return next;
}

/** Sets answers; a changed key forgets the verdicts reached with its old value. */
function withAnswers(
  steps: readonly StepDefinition[],
  state: WizardState,
  patch: Answers,
): WizardState {
  let next: WizardState = {...state, answers: {...state.answers, ...patch}, notice: null};
  for (const key of Object.keys(patch) as (keyof Answers)[]) {
    if (state.answers[key] !== patch[key]) next = forgetVerdictsOn(steps, next, key);
  }
  return next;
}

/**
 * A result showing that what the step checks is absent where not everyone needs it (no CLI) is
 * a skip, by doctor's own rule; once the person said they do not use it, it stays their skip.
 */
function readAbsence(step: StepDefinition, state: WizardState): WizardState {
  const result = state.records[step.id].result;
  if (!result) return state;
  const reason = notUsedReason(step, state.answers);
  if (reason && result.status !== 'pass' && result.status !== 'warn') {
    return updateRecord(state, step.id, {skipReason: reason, skippedBy: 'person'});
  }
  if (step.absence && countedStatus(step, result) === 'skip') {
    return updateRecord(state, step.id, {skipReason: step.absence.summary, skippedBy: 'absent'});
  }
  return state;
}

/**
 * "I do not use it": the answer is kept for the rest of the run, and every step that needs what
 * is not used and has not passed is skipped with that reason, so none of them asks again.
 */
function markNotUsed(
  steps: readonly StepDefinition[],
  state: WizardState,
  answer: NonNullable<ReturnType<typeof notUsedChoice>>['answer'],
): WizardState {
  const patch: Answers = {};
  patch[answer] = true;
  let next = withAnswers(steps, state, patch);
  for (const step of steps) {
    const reason = notUsedReason(step, next.answers);
    const status = displayStatus(next.records[step.id]);
    if (!reason || status === 'pass' || status === 'warn') continue;
    next = updateRecord(next, step.id, {
      phase: 'done',
      request: null,
      confirmed: false,
      skipReason: reason,
      skippedBy: 'person',
    });
  }
  return next;
}

function refuse(state: WizardState, reason: string): WizardState {
  return {...state, notice: reason};
}

export function createWizardReducer(steps: readonly StepDefinition[]) {
  return function wizardReducer(state: WizardState, event: WizardEvent): WizardState {
    return settle(steps, reduceEvent(steps, state, event));
  };
}

function reduceEvent(
  steps: readonly StepDefinition[],
  state: WizardState,
  event: WizardEvent,
): WizardState {
  if (state.phase !== 'active') return state;
  const step = steps[state.index];
  if (!step) return state;
  const record = state.records[step.id];

  switch (event.type) {
    case 'recheck': {
      if (record.phase === 'running') return refuse(state, 'A check is already running.');
      return {...queueRun(state, step.id, {kind: 'check', fresh: true}), notice: null};
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
    case 'countdown': {
      const target = state.records[event.id];
      if (target.phase !== 'running' || target.runId !== event.runId) return state;
      return updateRecord(state, event.id, {
        countdown: {label: event.label, endsAt: event.endsAt},
      });
    }
    case 'run-finished': {
      const target = state.records[event.id];
      if (target.phase !== 'running' || target.runId !== event.runId) return state;
      let next = updateRecord(state, event.id, {
        phase: 'done',
        request: null,
        countdown: null,
        result: event.result,
        firstResult: target.firstResult ?? event.result,
        timing: event.timing ?? null,
      });
      next = {...next, facts: mergeFacts(next.facts, event.result.facts)};
      const ran = steps.find((candidate) => candidate.id === event.id);
      if (ran) next = readAbsence(ran, next);
      if (event.result.changes?.length) {
        next = {...next, changes: [...next.changes, ...event.result.changes]};
      }
      const finishedStep = steps.find((candidate) => candidate.id === event.id);
      const fixed = finishedStep?.conditional?.fixes;
      // Only while the failure it exists for still stands: re-checked meanwhile, it may be another.
      if (fixed && event.result.status === 'pass' && stepApplies(finishedStep, state)) {
        const fixer = finishedStep;
        next = updateRecord(next, fixed, {
          phase: 'done',
          result: {...event.result, summary: `Fixed at step ${fixer.n}: ${event.result.summary}`},
        });
      }
      if (next.watch?.id === event.id) {
        next = {
          ...next,
          watch:
            event.result.status === 'pass' ? null : {id: event.id, attempt: next.watch.attempt + 1},
        };
      }
      const detour = next.detour;
      if (detour?.to === event.id && event.result.status === 'pass') {
        // The step that owns the failure's layer passes: the failure it owned is fixed.
        const fixer = steps.find((candidate) => candidate.id === event.id)!;
        const origin = next.records[detour.from];
        // Only the failure it was routed for: re-checked since, the origin may fail otherwise.
        const layer = origin.result?.layer;
        if (origin.result?.status === 'fail' && layer && STEP_ID_OF_LAYER[layer] === fixer.id) {
          next = updateRecord(next, detour.from, {
            result: {
              ...origin.result,
              status: 'pass',
              summary: `Fixed at step ${fixer.n}: ${event.result.summary}`,
              layer: null,
              fix: null,
            },
          });
        }
        next = {...next, detour: null};
      }
      // Running ahead, a pass needs nobody: the walk moves on by itself.
      if (
        next.mode === 'ahead' &&
        next.view === 'step' &&
        !next.pinned &&
        step.id === event.id &&
        event.result.status === 'pass'
      ) {
        return moveOn(steps, next);
      }
      return next;
    }
    case 'answer':
      return withAnswers(steps, state, answersOf(event));
    case 'opt-in':
      return reduceEvent(steps, withAnswers(steps, state, answersOf(event.answer)), {
        type: 'recheck',
      });
    case 'replace-key': {
      const replaceable = step.replaceableKey;
      if (!replaceable) return refuse(state, `Step ${step.n} has no typed key to replace.`);
      // Cleared, the answers are asked for again when their step is entered.
      const cleared: Answers = {};
      for (const key of [replaceable.key, ...(replaceable.alsoClears ?? [])])
        cleared[key] = undefined;
      return reduceEvent(steps, withAnswers(steps, state, cleared), {
        type: 'jump',
        id: replaceable.askedAt,
      });
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
      if (state.mode === 'ahead') return moveOn(steps, confirmed);
      return enterStep(steps, recordHistory(steps, confirmed), state.index + 1);
    }
    case 'next': {
      const verdict = canAdvance(step, record);
      if (state.mode === 'ahead') {
        return verdict.ok ? moveOn(steps, state) : refuse(state, verdict.reason);
      }
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
        skippedBy: 'person',
      });
      if (state.mode === 'ahead') return moveOn(steps, skipped);
      return enterStep(steps, recordHistory(steps, skipped), state.index + 1);
    }
    case 'not-used': {
      const choice = notUsedChoice(step, record);
      if (!choice) return refuse(state, `Step ${step.n} offers no such choice now.`);
      const skipped = markNotUsed(steps, state, choice.answer);
      if (state.mode === 'ahead') return moveOn(steps, skipped);
      // One step after another: past every step skipped along with this one.
      let index = state.index + 1;
      while (steps[index] && notUsedReason(steps[index]!, skipped.answers)) index += 1;
      return enterStep(steps, recordHistory(steps, skipped), index);
    }
    case 'back': {
      if (state.mode === 'ahead') return {...state, view: 'checklist', pinned: false, notice: null};
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
      // Running ahead, leaving a step is remembered, so the walk re-checks it on the way back.
      if (state.mode === 'ahead') return enterStep(steps, recordHistory(steps, state), target);
      return enterStep(steps, state, target);
    }
    case 'changed':
      return {...state, changes: [...state.changes, event.what]};
    case 'walk':
      return visit(steps, state, walkStartIndex(steps, state));
    case 'watch': {
      if (!canWatch(step, record)) return refuse(state, `Step ${step.n} cannot be watched.`);
      return {
        ...queueRun(state, step.id, {kind: 'check', fresh: true}),
        watch: {id: step.id, attempt: 0},
        notice: null,
      };
    }
    case 'stop-watch':
      return {...state, watch: null};
    case 'resume':
      return resume(steps, state, event.progress);
    case 'open': {
      const target = steps.findIndex((candidate) => candidate.id === event.id);
      if (target < 0) return refuse(state, `No step "${event.id}".`);
      return visit(steps, state, target, {pinned: true});
    }
    case 'checklist':
      return {...state, view: 'checklist', pinned: false, notice: null};
    case 'route': {
      const target = routeFor(steps, state);
      if (!target) return refuse(state, `Step ${step.n} leads to no later step.`);
      const index = steps.indexOf(target);
      const routed = {...recordHistory(steps, state), detour: {from: step.id, to: target.id}};
      return state.mode === 'ahead' ? visit(steps, routed, index) : enterStep(steps, routed, index);
    }
    case 'quit':
      return {...state, phase: 'quit'};
    case 'cancel':
      return {...state, phase: 'cancelled'};
  }
}
