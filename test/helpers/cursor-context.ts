// A CheckContext for the Cursor checks, with the real runner by default and progress captured.
import {onTestFinished} from 'vitest';
import {openRealRun} from '../../source/probes/real-runner.js';
import type {CheckContext, Env} from '../../source/core/step-model.js';

export interface TestContext extends CheckContext {
  lines: string[];
  controller: AbortController;
}

export function cursorContext(overrides: Partial<CheckContext> & {env: Env}): TestContext {
  const controller = new AbortController();
  const lines: string[] = [];
  // A real run only when the test brings no runner. Its folder goes with the test: a test
  // worker ends without the process 'exit' that removes it otherwise.
  let runner = overrides.runner;
  if (!runner) {
    const run = openRealRun();
    onTestFinished(() => run.finish());
    runner = run.runner;
  }
  return {
    runner,
    platform: 'linux',
    signal: controller.signal,
    timeoutMs: 10_000,
    answers: {},
    facts: {},
    results: {},
    probesInFlight: new Map(),
    editorReads: new Map(),
    options: {interactive: true, noCompletion: true, share: false},
    progress: (line) => lines.push(line),
    ...overrides,
    lines,
    controller,
  };
}
