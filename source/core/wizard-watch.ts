// Watch until pass: a step that waits on a person elsewhere is re-checked with a growing pause,
// and moves on by itself once it passes. Billable checks are never polled.
import type {StepDefinition} from './step-model.js';
import type {StepRecord} from './wizard-state.js';

/** Pauses between re-checks, in seconds: quick at first, then easy on the machine. */
const BACKOFF_SECONDS = [2, 3, 5, 8, 13, 20, 30] as const;

/** How long to wait before re-check number `attempt` (0 is the first). */
export function watchPauseSeconds(attempt: number): number {
  return BACKOFF_SECONDS[Math.min(attempt, BACKOFF_SECONDS.length - 1)]!;
}

/** A free, automatic check whose last verdict is not a pass, with no run in flight. */
export function canWatch(step: StepDefinition | undefined, record: StepRecord | undefined) {
  if (!step || !record || step.billing === 'billable' || step.kind !== 'automatic') return false;
  if (step.id === 'restart') return false; // it has its own watch, of the editor process
  if (record.phase !== 'done') return false;
  const status = record.result?.status;
  return status === 'fail' || status === 'unknown' || status === 'warn';
}
