// Quitting the wizard with q while a check waits on a CLI that ignores SIGTERM: the wizard exits
// and leaves nothing it started running. Linux: /proc shows what survived.
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {startTerminal, type TerminalSession} from '../helpers/terminal-session.js';
import {makeCanaries} from './canaries.js';
import {makeSandbox, type Sandbox} from './helpers.js';
import {isAlive, until} from '../helpers/process-state.js';
import {startHostileProvider, type HostileProvider} from './hostile-provider.js';

/** The pids the stubborn CLI recorded, one a line. */
function stubbornPids(file: string): number[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map(Number);
}

let session: TerminalSession | undefined;
let sandbox: Sandbox | undefined;
let provider: HostileProvider | undefined;
afterEach(async () => {
  session?.kill();
  // A failing run must not leave a CLI that ignores SIGTERM behind on the machine.
  for (const pid of stubbornPids(join(sandbox?.agentDir ?? '', 'stubborn.pids'))) {
    if (isAlive(pid) && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('hostile-agent'))
      process.kill(pid, 'SIGKILL');
  }
  await provider?.close();
  await sandbox?.cleanup();
});

describe.runIf(process.platform === 'linux')('quitting the wizard mid-check', () => {
  test('q: exit 3, the CLI that ignores SIGTERM is gone, temporary folder removed', async () => {
    provider = await startHostileProvider('hang');
    sandbox = await makeSandbox({HOSTILE_AGENT_MODE: 'stubborn'});
    const canaries = makeCanaries(provider.origin);
    session = startTerminal([], {...sandbox.env, ...canaries.env});
    await session.waitFor('Paste the error you see');
    await session.press('\r', 'Checklist');
    const pidsFile = join(sandbox.agentDir, 'stubborn.pids');
    // The file appears before the CLI's pid is written into it: wait for a pid, not the file.
    await until(() => stubbornPids(pidsFile).length > 0, 'a check to start the CLI');
    const pids = stubbornPids(pidsFile);
    expect(pids.every(isAlive)).toBe(true);

    session.send('q');
    expect(await session.exit).toBe(3);
    // Every CLI the run started, including any that began while the first was being read.
    const all = stubbornPids(pidsFile);
    await until(() => !all.some(isAlive), 'the CLI to end', 2_000);
    expect(await sandbox.leftovers()).toEqual([]);
  });
});
