import {describe, expect, test, vi} from 'vitest';
import {createChildTrees} from '../../source/probes/children.js';
import {systemClock} from '../../source/probes/clock.js';
import {createProcessRunner} from '../../source/probes/process-runner.js';
import {until, isAlive} from '../helpers/process-state.js';

const node = process.execPath;
/** Short, so the child that ignores SIGTERM is killed soon. */
const KILL_GRACE_MS = 100;
const runProcess = createProcessRunner({
  clock: systemClock,
  children: createChildTrees(systemClock),
  killGraceMs: KILL_GRACE_MS,
});

describe('the process runner', () => {
  test('captures stdout, stderr and the exit code', async () => {
    const result = await runProcess({
      command: node,
      args: [
        '-e',
        'process.stdout.write("out\\n"); process.stderr.write("err\\n"); process.exit(3)',
      ],
      timeoutMs: 10_000,
    });
    expect(result).toMatchObject({
      exitCode: 3,
      stdout: 'out\n',
      stderr: 'err\n',
      timedOut: false,
      cancelled: false,
    });
  });

  test('never rejects when the command does not exist', async () => {
    const result = await runProcess({command: 'no-such-command-ckw', args: [], timeoutMs: 5000});
    expect(result.exitCode).toBeNull();
    expect(result.startError?.code).toBe('ENOENT');
  });

  test('passes secrets through the environment only, and can remove variables', async () => {
    process.env.CKW_REMOVE_ME = 'present';
    try {
      const result = await runProcess({
        command: node,
        args: [
          '-e',
          'console.log(JSON.stringify({k: process.env.CKW_SECRET, r: process.env.CKW_REMOVE_ME ?? null, argv: process.argv.slice(1)}))',
        ],
        env: {CKW_SECRET: 'value-in-env', CKW_REMOVE_ME: undefined},
        timeoutMs: 10_000,
      });
      expect(JSON.parse(result.stdout)).toEqual({k: 'value-in-env', r: null, argv: []});
    } finally {
      delete process.env.CKW_REMOVE_ME;
    }
  });

  test('the child cannot read the wizard stdin', async () => {
    const result = await runProcess({
      command: node,
      args: [
        '-e',
        'process.stdin.on("data", () => console.log("read")); process.stdin.on("end", () => console.log("eof"))',
      ],
      timeoutMs: 10_000,
    });
    expect(result.stdout.trim()).toBe('eof');
  });

  test('streams complete lines as they arrive', async () => {
    const lines: string[] = [];
    await runProcess({
      command: node,
      args: [
        '-e',
        'process.stdout.write("a\\nb"); setTimeout(() => process.stdout.write("c\\n"), 5)',
      ],
      timeoutMs: 10_000,
      onLine: (line, stream) => lines.push(`${stream}:${line}`),
    });
    expect(lines).toEqual(['stdout:a', 'stdout:bc']);
  });

  test('a timeout kills the child and its grandchildren', async () => {
    const pids: number[] = [];
    const script = `
      const {spawn} = require('node:child_process');
      const grandchild = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {stdio: 'ignore'});
      console.log(grandchild.pid);
      setInterval(() => {}, 1000);`;
    const result = await runProcess({
      command: node,
      args: ['-e', script],
      // Long enough for node to start and print on a loaded machine (500 ms was not, at load 11).
      timeoutMs: 2_500,
      onLine: (line) => pids.push(Number(line)),
    });
    expect(result.timedOut).toBe(true);
    expect(pids).toHaveLength(1);
    await until(() => !isAlive(pids[0]!), 'the child to end');
  });

  test('cancelling through the signal kills the child and says so', async () => {
    const controller = new AbortController();
    const pending = runProcess({
      command: node,
      args: ['-e', 'console.log("started"); setInterval(() => {}, 1000)'],
      timeoutMs: 60_000,
      signal: controller.signal,
      onLine: (line) => {
        if (line === 'started') controller.abort();
      },
    });
    const result = await pending;
    expect(result).toMatchObject({cancelled: true, timedOut: false});
  });

  test('a child that ignores SIGTERM is killed after the grace period', async () => {
    const controller = new AbortController();
    const result = await runProcess({
      command: node,
      args: [
        '-e',
        'process.on("SIGTERM", () => {}); console.log("ready"); setInterval(() => {}, 1000)',
      ],
      timeoutMs: 60_000,
      signal: controller.signal,
      onLine: (line) => {
        if (line === 'ready') controller.abort();
      },
    });
    expect(result.cancelled).toBe(true);
    expect(result.exitCode).toBeNull();
  });

  test('an already-aborted signal starts nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    const result = await runProcess({
      command: node,
      args: ['-e', 'console.log(1)'],
      timeoutMs: 1000,
      signal: controller.signal,
    });
    expect(result).toMatchObject({cancelled: true, stdout: ''});
  });
});

describe('each run owns its children', () => {
  /** A run whose process runner notes the pid of every child it starts. */
  function openRun() {
    const children = createChildTrees(systemClock);
    const pids: number[] = [];
    const run = createProcessRunner({
      clock: systemClock,
      children: {
        ...children,
        track(pid) {
          if (pid !== undefined) pids.push(pid);
          children.track(pid);
        },
      },
      killGraceMs: KILL_GRACE_MS,
    });
    return {children, pids, run};
  }

  test("ending one run's children leaves another run's running", async () => {
    const sleeper = {command: node, args: ['-e', 'setInterval(() => {}, 1000)'], timeoutMs: 60_000};
    const first = openRun();
    const second = openRun();
    const firstDone = first.run(sleeper);
    const secondDone = second.run(sleeper);
    await until(
      () => first.pids.length === 1 && second.pids.length === 1,
      'both children to start',
    );
    await first.children.endAll(KILL_GRACE_MS);
    await firstDone;
    expect(isAlive(first.pids[0]!)).toBe(false);
    expect(isAlive(second.pids[0]!)).toBe(true);
    await second.children.endAll(KILL_GRACE_MS);
    await secondDone;
    expect(isAlive(second.pids[0]!)).toBe(false);
  });

  test('a process on its way out ends a child that ignores SIGTERM at once', async () => {
    const stubborn = {
      command: node,
      args: ['-e', 'process.on("SIGTERM", () => {}); setInterval(() => {}, 1000)'],
      timeoutMs: 60_000,
    };
    const run = openRun();
    const done = run.run(stubborn);
    await until(() => run.pids.length === 1, 'the child to start');
    const pid = run.pids[0]!;
    try {
      run.children.endNow();
      await until(() => !isAlive(pid), 'the child to end');
      await done;
    } finally {
      // Should this fail, the child must not outlive the test.
      if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    }
  });

  test('a child that has ended is forgotten, so its id is never signalled later', async () => {
    const run = openRun();
    await run.run({command: node, args: ['-e', ''], timeoutMs: 10_000});
    const forgotten = vi.spyOn(process, 'kill');
    await run.children.endAll(KILL_GRACE_MS);
    run.children.endNow();
    expect(forgotten).not.toHaveBeenCalled();
    forgotten.mockRestore();
  });
});
