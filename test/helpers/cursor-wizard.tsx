// The real App for the Cursor steps, with a per-check bound long enough for real child
// processes (the shared fixture's 1 s suits fake runners only).
import React from 'react';
import type {Runner} from '../../source/core/runner.js';
import type {Answers, Env, RunOptions, StepDefinition} from '../../source/core/step-model.js';
import {STEPS} from '../../source/core/steps/index.js';
import type {ExitCode} from '../../source/core/vocabulary.js';
import {App} from '../../source/ui/app.js';
import {noColourTheme} from '../../source/ui/theme.js';
import {renderHarness, type Harness} from './ink-harness.js';

export interface CursorWizard extends Harness {
  exitCode: Promise<ExitCode>;
}

export function renderCursorWizard(options: {
  runner: Runner;
  env: Env;
  steps?: readonly StepDefinition[];
  answers?: Answers;
  options?: Partial<RunOptions>;
}): CursorWizard {
  let resolveExit!: (code: ExitCode) => void;
  const exitCode = new Promise<ExitCode>((resolve) => {
    resolveExit = resolve;
  });
  const harness = renderHarness(
    <App
      theme={noColourTheme}
      steps={options.steps ?? STEPS}
      runner={options.runner}
      env={options.env}
      platform="linux"
      options={{interactive: true, noCompletion: true, share: false, ...options.options}}
      timeoutMs={15_000}
      initialAnswers={options.answers}
      animate={false}
      onExit={resolveExit}
    />,
  );
  return {...harness, exitCode};
}
