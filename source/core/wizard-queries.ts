// Questions about the wizard's state, with no transitions: what a step shows, whether it
// applies, and whether the wizard may move on, jump, or offer a fix step.
import type {
  Answers,
  CheckResult,
  ConditionView,
  StepAbsence,
  StepDefinition,
} from './step-model.js';
import type {DisplayStatus} from './status-symbols.js';
import type {Diagnosis} from './diagnosis.js';
import {type Status, type StepId, stepIdAt} from './vocabulary.js';
import type {StepRecord, WizardState} from './wizard-state.js';

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

/** Why the step is skipped because the person said they do not use what it needs, or null. */
export function notUsedReason(step: StepDefinition, answers: Answers): string | null {
  return step.notUsed && answers[step.notUsed.answer] === true ? step.notUsed.reason : null;
}

/** "I do not use it", offered while the step shows its absence and the person has not said. */
export function notUsedChoice(
  step: StepDefinition,
  record: StepRecord,
): NonNullable<StepAbsence['notUsed']> | null {
  return record.skippedBy === 'absent' ? (step.absence?.notUsed ?? null) : null;
}

/**
 * The verdict the step view shows: the check's result, or for an absence the skip doctor reports,
 * with the fix that would make it present (the install command). Other skips show none.
 */
export function shownResult(
  step: StepDefinition,
  record: StepRecord,
): (Omit<CheckResult, 'status'> & {status: Status}) | null {
  if (record.phase !== 'done' || !record.result) return null;
  if (record.skippedBy === 'absent' && step.absence) {
    return {...record.result, status: 'skip', summary: step.absence.summary, layer: null};
  }
  return record.skipReason === null ? record.result : null;
}

export type AdvanceVerdict = {ok: true} | {ok: false; reason: string};

/**
 * A check that could not see the thing happen (`manual`), or a manual step its check has not
 * decided. A manual step whose check did decide, from evidence such as the editor's own state,
 * is judged by that verdict: asking "I did it" over a pass, or after a fail, would overrule it.
 */
export function needsConfirmation(step: StepDefinition, record: StepRecord): boolean {
  const status = record.result?.status;
  if (status === 'manual') return true;
  return step.kind === 'manual' && status !== 'pass' && status !== 'fail';
}

/** The one rule of the wizard: it moves on only when the step's pass condition is met. */
export function canAdvance(step: StepDefinition, record: StepRecord): AdvanceVerdict {
  if (record.phase === 'running' || record.phase === 'queued') {
    return {ok: false, reason: `Step ${step.n} is still being checked.`};
  }
  if (record.skippedBy === 'person' || record.skippedBy === 'wizard') return {ok: true};
  if (needsConfirmation(step, record)) {
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
  const record = state.records[step.id];
  // A re-check in flight still holds the old failure; it is not a verdict to act on yet.
  if (record.phase !== 'done' || record.result?.status !== 'fail') return null;
  return stepApplies(next, state) ? next : null;
}

/** The step a pasted error points at; the diagnosis carries the contract's number. */
export function hintedStepId(hint: Diagnosis): StepId | null {
  return stepIdAt(hint.step);
}

/** The pasted error's diagnosis, at the step that owns its layer: that step shows its fix. */
export function pastedErrorAt(step: StepDefinition, state: WizardState): Diagnosis | null {
  const hint = state.errorHint;
  if (!hint || hint.layer === 'unknown') return null;
  return hintedStepId(hint) === step.id ? hint : null;
}

/** Where in the walk the step that a pasted error points at sits, or -1. */
export function hintedIndex(steps: readonly StepDefinition[], hint: Diagnosis): number {
  const id = hintedStepId(hint);
  return steps.findIndex((step) => step.id === id);
}

/** The step the pasted error points at, when the wizard may jump there now. */
export function jumpOffer(
  steps: readonly StepDefinition[],
  state: WizardState,
): StepDefinition | null {
  const hint = state.errorHint;
  if (!hint) return null;
  const target = hintedIndex(steps, hint);
  if (target <= state.index) return null;
  return canJumpTo(steps, state, target).ok ? (steps[target] ?? null) : null;
}
