// The wizard's session as a run, so its report is built exactly like doctor's.
import type {StepDefinition} from '../core/step-model.js';
import {displayStatus, type WizardState} from '../core/wizard-machine.js';
import type {RunRecord, StepOutcome} from '../core/run/run-model.js';

const iso = (ms: number) => new Date(ms).toISOString();

export function runFromWizard(
  steps: readonly StepDefinition[],
  state: WizardState,
  times: {startedAt: string; finishedAt: string},
): RunRecord {
  const outcomes = steps.map((step): StepOutcome => {
    const record = state.records[step.id];
    const status = displayStatus(record);
    const result = record.result;
    const base = {step, startedAt: times.startedAt, finishedAt: times.finishedAt, facts: {}};
    if (status === 'pending' || status === 'running') {
      return {
        ...base,
        status: 'skip',
        summary: 'Not reached in this session',
        evidence: [],
        layer: null,
        fix: null,
      };
    }
    if (record.skipReason !== null) {
      return {
        ...base,
        status: 'skip',
        summary: `Skipped: ${record.skipReason}`,
        evidence: [],
        layer: null,
        fix: null,
      };
    }
    // A verdict the runner reached is timed by its run; the rest by the session.
    return {
      ...base,
      ...(record.timing
        ? {startedAt: iso(record.timing.startedAt), finishedAt: iso(record.timing.finishedAt)}
        : {}),
      status,
      summary: record.confirmed
        ? `Confirmed by the person at the keyboard. ${result?.summary ?? ''}`.trim()
        : (result?.summary ?? ''),
      evidence: result?.evidence ?? [],
      layer: status === 'pass' ? null : (result?.layer ?? null),
      fix: status === 'pass' ? null : (result?.fix ?? null),
      facts: result?.facts ?? {},
    };
  });
  return {
    outcomes,
    facts: state.facts,
    startedAt: times.startedAt,
    finishedAt: times.finishedAt,
    cancelled: false,
  };
}
