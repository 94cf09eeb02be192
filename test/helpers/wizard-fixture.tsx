// Renders the real App with a fake runner and reports its exit code as a promise.
import {STEPS} from '../../source/core/steps/index.js';
import type {Answers, Env, StepDefinition} from '../../source/core/step-model.js';
import type {ExitCode} from '../../source/core/vocabulary.js';
import type {Runner} from '../../source/core/runner.js';
import {App} from '../../source/ui/app.js';
import type {ClassifyError} from '../../source/ui/components/error-intro.js';
import type {WizardProps} from '../../source/ui/wizard.js';
import {noColourTheme} from '../../source/ui/theme.js';
import {createFakeRunner} from './fake-runner.js';
import {renderHarness, type Harness} from './ink-harness.js';

export interface WizardFixture extends Harness {
  exitCode: Promise<ExitCode>;
}

export function renderWizard(
  options: {
    steps?: readonly StepDefinition[];
    runner?: Runner;
    env?: Env;
    answers?: Answers;
    platform?: string;
    classifyError?: ClassifyError;
    report?: WizardProps['report'];
    /** Per-check bound; real child processes need more than the default. */
    timeoutMs?: number;
  } = {},
): WizardFixture {
  let resolveExit!: (code: ExitCode) => void;
  const exitCode = new Promise<ExitCode>((resolve) => {
    resolveExit = resolve;
  });
  const harness = renderHarness(
    <App
      theme={noColourTheme}
      steps={options.steps ?? STEPS}
      runner={options.runner ?? createFakeRunner()}
      env={options.env ?? {}}
      platform={options.platform ?? 'linux'}
      options={{interactive: true, noCompletion: true, share: false}}
      timeoutMs={options.timeoutMs ?? 1000}
      initialAnswers={options.answers}
      animate={false}
      classifyError={options.classifyError}
      report={options.report}
      onExit={resolveExit}
    />,
  );
  return {...harness, exitCode};
}
