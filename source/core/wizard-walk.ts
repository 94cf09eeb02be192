// The walk as a doctor runs it: every check that needs nobody runs ahead, side by side where the
// steps are independent; the person is led only to the steps that failed, warned or need them,
// in the fix order; and a failure owned by a later step's layer leads straight there.
import {fixingStepIdOf} from './diagnosis.js';
import type {ConditionView, StepDefinition} from './step-model.js';
import {neededBefore} from './step-rules.js';
import type {StepId} from './vocabulary.js';
import {
  conditionView,
  displayStatus,
  fixStepFor,
  hintedIndex,
  stepApplies,
} from './wizard-queries.js';
import type {WizardState} from './wizard-state.js';

function settled(state: WizardState, id: StepId): boolean {
  const record = state.records[id];
  return record.phase === 'done' || record.skipReason !== null;
}

function inputsAnswered(step: StepDefinition, view: ConditionView): boolean {
  return (step.inputs ?? []).every(
    (input) => !input.needed(view) || view.answers[input.key] !== undefined,
  );
}

/**
 * Steps whose check may start now without a person: automatic or evidence-gathering, with every
 * input answered, their chain ready, and not the restart (which re-runs the others after a fix).
 * A step that exists to fix another (the login) waits for the person to choose it.
 */
export function runAheadCandidates(
  steps: readonly StepDefinition[],
  state: WizardState,
): StepDefinition[] {
  const view = conditionView(state);
  return steps.filter((step) => {
    const record = state.records[step.id];
    if (record.phase !== 'idle' || record.result !== null || record.skipReason !== null) {
      return false;
    }
    // An after-all step waits for the person; a fixing step waits for the failure it fixes.
    if (step.group === 'after-all' || step.conditional?.fixes) return false;
    if (!stepApplies(step, state)) return false;
    if (!neededBefore(step, steps).every((id) => settled(state, id))) return false;
    return inputsAnswered(step, view);
  });
}

/** Conditional steps that plainly do not apply, with their chain settled: skipped, no keypress. */
export function autoSkips(steps: readonly StepDefinition[], state: WizardState): StepDefinition[] {
  return steps.filter((step) => {
    const record = state.records[step.id];
    if (!step.conditional || record.phase !== 'idle' || record.result !== null) return false;
    if (record.skipReason !== null) return false;
    if (!neededBefore(step, steps).every((id) => settled(state, id))) return false;
    return !stepApplies(step, state);
  });
}

/** A step the walk still has to show the person. */
export function isOpen(step: StepDefinition, state: WizardState): boolean {
  const record = state.records[step.id];
  const status = displayStatus(record);
  if (status === 'pass') return false;
  // Found absent, the step waits for the person's word: install it, or they do not use it.
  if (status === 'skip' && record.skippedBy !== 'absent') return false;
  if (!stepApplies(step, state) && record.result === null) return false;
  // Moved past with a warning or without a verdict: seen, and named in the closing lines.
  if (state.left.includes(step.id) && status !== 'fail') return false;
  return true;
}

/** The first step in fix order the walk still has to show, or -1 when none is left. */
export function nextOpenIndex(
  steps: readonly StepDefinition[],
  state: WizardState,
  except: number = -1,
): number {
  return steps.findIndex((step, index) => index !== except && isOpen(step, state));
}

/**
 * The later step a failure leads to: the conditional step that exists to fix it (a failing
 * `agent status` leads into `agent login`), else the step that owns the failure's layer
 * (quota or a rate limit at the provider test → quota, a model or base URL → model support, a
 * Cursor key at `agent status` → the user API key).
 */
export function routeFor(
  steps: readonly StepDefinition[],
  state: WizardState,
): StepDefinition | null {
  const fixer = fixStepFor(steps, state);
  if (fixer) return fixer;
  const step = steps[state.index];
  if (!step) return null;
  const record = state.records[step.id];
  const result = record.result;
  if (record.phase !== 'done' || result?.status !== 'fail' || !result.layer) return null;
  const ownerId = fixingStepIdOf(result.layer);
  if (!ownerId) return null;
  const owner = steps.findIndex((candidate) => candidate.id === ownerId);
  if (owner <= state.index) return null;
  const target = steps[owner];
  if (!target || !stepApplies(target, state)) return null;
  return target;
}

/**
 * Where the walk starts. With a pasted error, at the step that owns it, unless an earlier step
 * already failed: the fix order still holds, so the walk stops there first.
 */
export function walkStartIndex(steps: readonly StepDefinition[], state: WizardState): number {
  const first = nextOpenIndex(steps, state);
  const hint = state.errorHint;
  if (!hint || hint.layer === 'unknown') return first;
  const target = hintedIndex(steps, hint);
  if (target < 0) return first;
  const earlierFailure = steps
    .slice(0, target)
    .findIndex((step) => displayStatus(state.records[step.id]) === 'fail');
  return earlierFailure >= 0 ? earlierFailure : target;
}

/** How many steps the walk will show the person, for the checklist's first choice. */
export function openCount(steps: readonly StepDefinition[], state: WizardState): number {
  return steps.filter((step) => isOpen(step, state)).length;
}
