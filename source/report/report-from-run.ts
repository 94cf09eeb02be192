// One run, from doctor or the wizard, turned into the safe-to-share report. Both modes go
// through the same contract document, so the report always agrees with `doctor --json`.
import type {Classification} from '../core/classify/classification.js';
import type {Secret} from '../core/secrets.js';
import type {DoctorDocument} from '../core/run/document.js';
import type {RunRecord} from '../core/run/run-model.js';
import {collectSystemInfo, type SystemInfo} from './system-info.js';
import {prepareReport, type PreparedReport} from './write-report.js';

export function reportFromRun(
  document: DoctorDocument,
  run: RunRecord,
  options: {
    mode: 'doctor' | 'wizard';
    secrets: readonly Secret[];
    classification?: Classification | null;
    system?: SystemInfo;
    incomplete?: {notReached: readonly string[]} | null;
  },
): PreparedReport {
  return prepareReport({
    tool: document.tool,
    system: options.system ?? collectSystemInfo(),
    cli: run.facts.cli ?? null,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    mode: options.mode,
    steps: document.steps.map((entry) => {
      const outcome = run.outcomes.find((o) => o.step.id === entry.id)!;
      return {
        ...entry,
        title: outcome.step.title,
        evidence: outcome.evidence,
        startedAt: outcome.startedAt,
        finishedAt: outcome.finishedAt,
      };
    }),
    providers: document.providers,
    editor: document.editor,
    verdict: document.verdict,
    classification: options.classification ?? null,
    secrets: options.secrets,
    incomplete: options.incomplete ?? null,
  });
}
