import {chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {openRealRun} from '../../source/probes/real-runner.js';
import {openWithSystem} from '../../source/probes/system-opener.js';
import {until, isAlive} from '../helpers/process-state.js';

// The platform's opener is replaced by a script first on PATH; it records what it was given and
// the pid of what it started, so the test can look at (and clean up) the "browser".
describe.runIf(process.platform === 'linux')('the system opener', () => {
  let bin: string;
  let savedPath: string | undefined;
  const started: number[] = [];

  const file = (name: string) => join(bin, name);
  const fakeOpener = (body: string[]) => {
    writeFileSync(
      file('xdg-open'),
      ['#!/bin/sh', `printf '%s' "$1" > '${file('url')}'`, ...body, ''].join('\n'),
    );
    chmodSync(file('xdg-open'), 0o755);
  };
  const recordedPid = (): number | undefined => {
    try {
      const pid = Number(readFileSync(file('pid'), 'utf8'));
      return pid > 0 ? pid : undefined;
    } catch {
      return undefined;
    }
  };

  beforeEach(() => {
    bin = mkdtempSync(join(tmpdir(), 'ckw-opener-'));
    savedPath = process.env.PATH;
    process.env.PATH = `${bin}:${savedPath ?? ''}`;
  });

  afterEach(() => {
    process.env.PATH = savedPath;
    for (const pid of started.splice(0)) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    rmSync(bin, {recursive: true, force: true});
  });

  test('what it opened outlives a run ended the way Ctrl+C ends it', async () => {
    // Like xdg-open: start the browser in the background and return at once.
    fakeOpener(['sleep 300 >/dev/null 2>&1 &', `printf '%s' "$!" > '${file('pid')}'`, 'exit 0']);
    const run = openRealRun(process.env, {endGraceMs: 200});
    // A check's child, tracked like every other, so ending the run has something to end.
    const check = run.runner.run({command: 'sleep', args: ['300'], timeoutMs: 60_000});

    const url = 'https://example.com/docs?a=1&b=$(touch nope)';
    expect(await run.runner.openWithSystem?.(url)).toBe(true);
    const browser = recordedPid()!;
    started.push(browser);
    expect(readFileSync(file('url'), 'utf8')).toBe(url);

    await run.finish();
    expect((await check).exitCode).toBeNull();
    expect(isAlive(browser)).toBe(true);
  });

  test('stops waiting for an opener that never returns, and leaves it running', async () => {
    fakeOpener([`printf '%s' "$$" > '${file('pid')}'`, 'exec sleep 300']);
    expect(await openWithSystem('https://example.com/', 100)).toBe(false);
    await until(() => recordedPid() !== undefined, 'the opener to record its pid');
    const opener = recordedPid()!;
    started.push(opener);
    expect(isAlive(opener)).toBe(true);
  });

  test('passes nothing but an http(s) link to the opener', async () => {
    fakeOpener(['exit 0']);
    expect(await openWithSystem('file:///etc/passwd')).toBe(false);
    expect(await openWithSystem('https://example.com/')).toBe(true);
  });
});
