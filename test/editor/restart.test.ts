// Step 10 with what the editor itself shows: its main process's start time against the one seen
// at step 1, and a change in its state file.
import {describe, expect, test} from 'vitest';
import {editorStartTime} from '../../source/core/cursor/editor-process.js';
import {restartCheck} from '../../source/core/cursor/restart-check.js';
import type {StepDefinition} from '../../source/core/step-model.js';
import type {EditorStoreResult} from '../../source/core/editor/store.js';
import {editorStateFrom} from '../../source/core/editor/state.js';
import {cursorContext} from '../helpers/cursor-context.js';
import {createFakeRunner} from '../helpers/fake-runner.js';

const FIRST = 'Wed Dec  2 10:00:05 2026';
const LATER = 'Wed Dec  2 10:20:41 2026';

function editorRunner(start: string, modifiedMs = 1_000) {
  const runner = createFakeRunner();
  runner.onProcess('ps -A -o comm=', {stdout: '/sbin/init\n/usr/share/cursor/cursor\n'});
  runner.onProcess('ps -A -o lstart=,comm=', {
    stdout: [
      `${FIRST} /sbin/init`,
      `${start} /usr/share/cursor/cursor`,
      `${LATER.replace('20:41', '21:00')} /usr/share/cursor/cursor --type=renderer`,
      `Wed Dec  2 09:00:00 2026 cursor-agent`,
    ].join('\n'),
  });
  const read: EditorStoreResult = {
    kind: 'read',
    items: new Map(),
    stale: false,
    walFrames: 0,
    modifiedMs,
  };
  return Object.assign(runner, {readEditorStore: async () => read});
}

const noSteps: readonly StepDefinition[] = [];

describe('the editor’s start time', () => {
  test('is the oldest editor process; the CLI and other processes never count', async () => {
    const started = await editorStartTime(cursorContext({env: {}, runner: editorRunner(LATER)}));
    expect(started).toBe(Date.parse('Wed Dec 2 10:20:41 2026'));
  });

  test('is unknown on Windows and when ps fails', async () => {
    const runner = createFakeRunner();
    runner.onProcess('ps -A -o lstart=,comm=', {exitCode: 1, stdout: ''});
    expect(await editorStartTime(cursorContext({env: {}, runner}))).toBeNull();
    expect(await editorStartTime(cursorContext({env: {}, runner, platform: 'win32'}))).toBeNull();
  });
});

describe('step 10 sees a restart in the editor itself', () => {
  test('a main process started after the one seen at step 1 is a restart: pass', async () => {
    const earlier = editorStateFrom({
      kind: 'read',
      items: new Map(),
      stale: false,
      walFrames: 0,
      modifiedMs: 500,
    });
    const context = cursorContext({
      env: {CURSORKEY_CURSOR_USER_DIR: '/editor/User'},
      runner: editorRunner(LATER, 1_000),
      facts: {editorRunning: true, editorStartedAt: Date.parse(FIRST), editor: earlier},
    });
    const result = await restartCheck(context, false, noSteps);
    expect(result.status).toBe('pass');
    expect(result.summary).toMatch(/seen/);
    const evidence = result.evidence.join('\n');
    expect(evidence).toMatch(
      /The editor started at 2026-12-02 10:20:41 UTC, later than the start seen before/,
    );
    expect(evidence).toMatch(/state file changed since it was first read/);
    expect(result.facts).toMatchObject({restartObserved: true, editorStartedAt: Date.parse(LATER)});
  });

  test('the same start as at step 1: no restart seen, whatever else', async () => {
    const context = cursorContext({
      env: {},
      runner: editorRunner(FIRST),
      facts: {editorRunning: true, editorStartedAt: Date.parse(FIRST)},
    });
    const result = await restartCheck(context, false, noSteps);
    expect(result.status).not.toBe('pass');
    expect(result.evidence.join('\n')).toMatch(
      /the same start as seen before, so no restart since/,
    );
  });
});
