// The wizard's "Export report": the session turned into the same document doctor builds, then
// into the scanned Markdown report, written next to where the wizard was started.
import {join} from 'node:path';
import type {Classification} from '../core/classify/classification.js';
import {Secret} from '../core/secrets.js';
import type {Env, StepDefinition} from '../core/step-model.js';
import {displayStatus, type WizardState} from '../core/wizard-machine.js';
import {stepApplies} from '../core/wizard-queries.js';
import {buildDoctorDocument} from '../core/run/document.js';
import {knownSecrets} from '../core/known-secrets.js';
import {reportFromRun} from '../report/report-from-run.js';
import {runFromWizard} from '../report/run-from-wizard.js';
import {writeReport, type PreparedReport} from '../report/write-report.js';
import type {ReportExporter} from '../ui/components/report-export.js';

export function createWizardReport(options: {
  steps: readonly StepDefinition[];
  env: Env;
  version: string;
  cwd: string;
  startedAt: Date;
  now?: () => Date;
}): {prepare: (state: WizardState) => PreparedReport; exporter: ReportExporter} {
  const now = options.now ?? (() => new Date());
  const stamp = options.startedAt.toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const path = join(options.cwd, `cursorkey-wizard-report-${stamp}.md`);
  return {
    prepare(state) {
      const run = runFromWizard(options.steps, state, {
        startedAt: options.startedAt.toISOString(),
        finishedAt: now().toISOString(),
      });
      const typed = Object.values(state.answers).filter(
        (value): value is Secret => value instanceof Secret,
      );
      const secrets = knownSecrets(options.env, typed);
      const document = buildDoctorDocument(run, options.version, options.env, secrets);
      const classification: Classification | null = state.errorHint
        ? {schema: 1, ...state.errorHint}
        : null;
      const notReached = options.steps
        .filter((step) => {
          const status = displayStatus(state.records[step.id]);
          return (status === 'pending' || status === 'running') && stepApplies(step, state);
        })
        .map((step) => step.id);
      return reportFromRun(document, run, {
        mode: 'wizard',
        secrets,
        classification,
        incomplete: {notReached},
      });
    },
    exporter: {path, write: (text) => writeReport(path, text)},
  };
}
