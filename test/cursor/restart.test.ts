// Step 10: a restart is seen in the process list (or confirmed), and steps 2–9 run again.
import {spawn} from 'node:child_process';
import {mkdtemp, rm, symlink} from 'node:fs/promises';
import {existsSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {isEditorProcessName, observeEditor} from '../../source/core/cursor/editor-process.js';
import {restartCheck, watchForRestart} from '../../source/core/cursor/restart-check.js';
import type {CheckResult, StepDefinition} from '../../source/core/step-model.js';
import {bareStep} from '../helpers/bare-step.js';
import {cursorContext} from '../helpers/cursor-context.js';
import {createFakeClock, type FakeClock} from '../helpers/fake-clock.js';
import {createFakeRunner} from '../helpers/fake-runner.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe('editor process names', () => {
  test.each([
    ['/Applications/Cursor.app/Contents/MacOS/Cursor', true],
    [
      '/Applications/Cursor.app/Contents/Frameworks/Cursor Helper (Renderer).app/Contents/MacOS/Cursor Helper (Renderer)',
      true,
    ],
    ['cursor', true],
    ['Cursor.exe', true],
    ['"Cursor.exe"', true],
    ['cursor-agent', false],
    ['agent', false],
    ['node', false],
    ['cursorkey-wizard', false],
  ])('%s → %s', (name, expected) => {
    expect(isEditorProcessName(name)).toBe(expected);
  });
});

test('the real process list: a process named `cursor` is seen, and gone after it stops', async () => {
  const sleep = ['/bin/sleep', '/usr/bin/sleep'].find((path) => existsSync(path));
  if (!sleep) return;
  const dir = await mkdtemp(join(tmpdir(), 'fake-editor-'));
  cleanups.push(() => rm(dir, {recursive: true, force: true}));
  await symlink(sleep, join(dir, 'cursor'));
  const context = cursorContext({env: {}});
  expect((await observeEditor(context)).running).toBe(false);
  const child = spawn(join(dir, 'cursor'), ['300'], {stdio: 'ignore'});
  const exited = new Promise((resolve) => child.once('exit', resolve));
  cleanups.push(() => void child.kill('SIGKILL'));
  await new Promise((resolve) => child.once('spawn', resolve));
  expect(await observeEditor(context)).toMatchObject({running: true});
  child.kill('SIGTERM');
  await exited;
  expect((await observeEditor(context)).running).toBe(false);
});

test('windows reads tasklist CSV', async () => {
  const runner = createFakeRunner();
  runner.onProcess('tasklist /FO CSV /NH', {
    stdout:
      '"cursor-agent.cmd","11","Console","1","1 K"\r\n"Cursor.exe","1234","Console","1","250,000 K"\r\n',
  });
  const observed = await observeEditor(cursorContext({env: {}, runner, platform: 'win32'}));
  expect(observed.running).toBe(true);
});

function scriptedStep(
  n: number,
  id: StepDefinition['id'],
  status: CheckResult['status'],
): StepDefinition {
  const check = async (): Promise<CheckResult> => ({
    status,
    summary: `${id} is ${status}`,
    evidence: [],
    layer: status === 'fail' ? 'quota' : null,
    fix: null,
  });
  return bareStep(id, check, {n, title: `step ${n}`});
}

function psRunner(...frames: boolean[]) {
  return psRunnerOn(undefined, ...frames);
}

function psRunnerOn(clock: FakeClock | undefined, ...frames: boolean[]) {
  const runner = createFakeRunner({clock});
  let call = 0;
  runner.onProcess('ps -A -o comm=', () => {
    const running = frames[Math.min(call++, frames.length - 1)];
    return {
      stdout: running
        ? '/sbin/init\n/usr/share/cursor/cursor\ncursor-agent\n'
        : '/sbin/init\ncursor-agent\n',
    };
  });
  return runner;
}

const passingSteps = [scriptedStep(2, 'cli-status', 'pass'), scriptedStep(9, 'quota', 'pass')];

describe('the restart check', () => {
  test('running before and still running: no restart seen, so no pass', async () => {
    const context = cursorContext({env: {}, runner: psRunner(true), facts: {editorRunning: true}});
    const result = await restartCheck(context, false, passingSteps);
    expect(result.status).toBe('manual');
    expect(result.summary).toContain('No restart seen yet');
    expect(result.evidence[0]).toContain('File > Exit');
  });

  test('seen stopped, then running again: pass, with the before/after table', async () => {
    const runner = psRunner(false, true);
    const first = await restartCheck(
      cursorContext({env: {}, runner, facts: {editorRunning: true}, results: {}}),
      false,
      passingSteps,
    );
    expect(first.summary).toContain('Cursor is not running now');
    const second = await restartCheck(
      cursorContext({
        env: {},
        runner,
        facts: {editorRunning: true, ...first.facts},
        results: {
          'cli-status': {
            status: 'fail',
            summary: 'was failing',
            evidence: [],
            layer: 'cursor-account',
            fix: null,
          },
        },
      }),
      false,
      passingSteps,
    );
    expect(second.status).toBe('pass');
    expect(second.summary).toContain('seen');
    const table = second.evidence.join('\n');
    expect(table).toMatch(/2 cli-status\s+fail\s+pass\s+cli-status is pass/);
    expect(table).toMatch(/9 quota\s+-\s+pass/);
  });

  test('not running before, running now counts as a restart', async () => {
    const result = await restartCheck(
      cursorContext({env: {}, runner: psRunner(true), facts: {editorRunning: false}}),
      false,
      passingSteps,
    );
    expect(result.status).toBe('pass');
  });

  test('a re-run check that fails keeps step 10 failing, even when the person confirms', async () => {
    const result = await restartCheck(cursorContext({env: {}, runner: psRunner(true)}), true, [
      scriptedStep(2, 'cli-status', 'pass'),
      scriptedStep(9, 'quota', 'fail'),
    ]);
    expect(result).toMatchObject({status: 'fail', layer: 'quota'});
    expect(result.summary).toContain('step 9 still fails');
  });

  test('a restart seen, but its re-checks cancelled part-way: no pass, and it says it was cancelled', async () => {
    const context = cursorContext({env: {}, runner: psRunner(true), facts: {editorRunning: false}});
    const cancelledWhileRunning: StepDefinition = {
      ...scriptedStep(2, 'cli-status', 'pass'),
      check: async () => {
        context.controller.abort();
        return {status: 'unknown', summary: 'stopped', evidence: [], layer: null, fix: null};
      },
    };
    const result = await restartCheck(context, false, [
      cancelledWhileRunning,
      scriptedStep(9, 'quota', 'pass'),
    ]);
    expect(result.status).toBe('unknown');
    expect(result.summary).toContain('cancelled');
    // What was seen of the editor still counts when the person re-checks.
    expect(result.facts).toMatchObject({restartObserved: true});
  });

  test('the person’s word is not an observation: the step stays manual, and says so', async () => {
    const result = await restartCheck(
      cursorContext({env: {}, runner: psRunner(true), facts: {editorRunning: true}}),
      true,
      passingSteps,
    );
    expect(result.status).toBe('manual');
    expect(result.summary).toContain('the wizard did not see it');
  });

  test('doctor mode leaves the restart to a person', async () => {
    const result = await restartCheck(
      cursorContext({
        env: {},
        runner: psRunner(true),
        options: {interactive: false, noCompletion: true, share: false},
      }),
      false,
      passingSteps,
    );
    expect(result.status).toBe('manual');
  });

  test('watching sees the quit and the reopen', async () => {
    const context = cursorContext({env: {}, runner: psRunner(true, false, true)});
    const result = await watchForRestart(context, passingSteps, {intervalMs: 1, limitMs: 5000});
    expect(result.status).toBe('pass');
    expect(context.lines).toContain('Cursor has quit. Open it again…');
  });

  test('watching stops when cancelled', async () => {
    const context = cursorContext({env: {}, runner: psRunner(true)});
    const watching = watchForRestart(context, passingSteps, {intervalMs: 1, limitMs: 60_000});
    context.controller.abort();
    const result = await watching;
    expect(result.status).not.toBe('pass');
  });

  test("watching ends at its limit on the run's clock, not the wall clock", async () => {
    const clock = createFakeClock();
    const context = cursorContext({env: {}, runner: psRunnerOn(clock, true)});
    const result = await watchForRestart(context, passingSteps, {
      intervalMs: 1000,
      limitMs: 600_000,
    });
    expect(result.status).not.toBe('pass');
    expect(clock.slept).toBe(600_000);
  });
});
