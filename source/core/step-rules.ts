// Reading the rules each step declares about itself, so that no runner names a step to know how
// to treat it: whether it counts as a fault, why it is not needed, and what runs beside what.
import type {CheckResult, StepDefinition, StepGroup, StepSpec} from './step-model.js';
import type {Status, StepId} from './vocabulary.js';

/** Steps numbered by their place in the given order, counted from 1. */
export function inOrder(specs: readonly StepSpec[]): StepDefinition[] {
  return specs.map((spec, index) => ({...spec, n: index + 1}));
}

/** The status a result counts as: what the step shows is absent but not needed is no fault. */
export function countedStatus(step: StepDefinition, result: CheckResult): Status {
  return step.absence?.shows(result) ? 'skip' : result.status;
}

/**
 * Why a conditional step is not needed now, in doctor's words. A step that exists to fix another
 * says how that one went; `statusOf` gives the counted status of a step that already ran.
 */
export function notNeededReason(
  step: StepDefinition,
  steps: readonly StepDefinition[],
  statusOf: (id: StepId) => Status | undefined,
): string {
  const condition = step.conditional;
  const fixed = condition?.fixes
    ? steps.find((candidate) => candidate.id === condition.fixes)
    : null;
  if (condition?.unmet) return condition.unmet;
  if (!fixed) return `Not applicable: ${condition?.description ?? 'no condition holds'}`;
  const name = fixed.command ? `\`${fixed.command}\`` : `"${fixed.title}"`;
  const status = statusOf(fixed.id);
  const how =
    status === 'skip'
      ? 'was skipped'
      : status === 'fail'
        ? `failed for a reason ${condition?.remedy ?? 'this step'} cannot fix`
        : 'did not fail';
  return `Not needed: ${name} ${how}`;
}

/**
 * Every step in the list this one needs, directly or through another: it reads what they learned
 * (the CLI found, the probe made), so it runs ahead of the person only once they are settled.
 */
export function neededBefore(step: StepDefinition, steps: readonly StepDefinition[]): StepId[] {
  const present = new Map(steps.map((candidate) => [candidate.id, candidate]));
  const found = new Set<StepId>();
  const visit = (ids: readonly StepId[]) => {
    for (const id of ids) {
      const needed = present.get(id);
      if (!needed || found.has(id)) continue;
      found.add(id);
      visit(needed.needs ?? []);
    }
  };
  visit(step.needs ?? []);
  return [...found];
}

/** Steps that run one after another; the lanes of one stage run side by side. */
export type Lane = readonly StepDefinition[];

/**
 * How doctor runs the steps: first every concurrent group at once, each as one lane, then each
 * `after-all` step alone, in order. Inside a lane, a step waits for the steps it needs.
 */
export function runStages(steps: readonly StepDefinition[]): Lane[][] {
  const groups = new Map<StepGroup, StepDefinition[]>();
  for (const step of steps) {
    if (step.group === 'after-all') continue;
    groups.set(step.group, [...(groups.get(step.group) ?? []), step]);
  }
  const lanes = [...groups.values()].map(afterWhatTheyNeed);
  const last = steps.filter((step) => step.group === 'after-all');
  return [lanes, ...last.map((step) => [[step]])].filter((stage) => stage.length > 0);
}

/** The steps in fix order, except that none comes before a step of the lane whose facts it reads. */
function afterWhatTheyNeed(lane: readonly StepDefinition[]): StepDefinition[] {
  const ids = new Set(lane.map((step) => step.id));
  const placed = new Set<StepId>();
  const ordered: StepDefinition[] = [];
  while (ordered.length < lane.length) {
    const ready = lane.find(
      (step) =>
        !placed.has(step.id) &&
        [...(step.needs ?? []), ...(step.usesIfKnown ?? [])].every(
          (id) => !ids.has(id) || placed.has(id) || id === step.id,
        ),
    );
    if (!ready) throw new Error(`Steps that need each other: ${lane.map((s) => s.id).join(', ')}`);
    placed.add(ready.id);
    ordered.push(ready);
  }
  return ordered;
}
