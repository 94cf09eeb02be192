// A CheckContext for the Cursor checks, with the real runner by default and progress captured.
import {openRealRun} from '../../source/probes/real-runner.js';
import type {CheckContext, Env} from '../../source/core/step-model.js';

export interface TestContext extends CheckContext {
  lines: string[];
  controller: AbortController;
}

export function cursorContext(overrides: Partial<CheckContext> & {env: Env}): TestContext {
  const controller = new AbortController();
  const lines: string[] = [];
  return {
    // A real run only when the test brings no runner: opening one makes its folder.
    runner: overrides.runner ?? openRealRun().runner,
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
