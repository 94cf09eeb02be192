// SIGTERM and SIGHUP end the wizard like Ctrl+C does: exit 143 and 129, the cursor shown again,
// every child tree ended and the run's temporary folder removed. Linux: /proc finds the wizard.
import {readdirSync, readFileSync} from 'node:fs';
import {afterEach, describe, expect, test} from 'vitest';
import {CLI_PATH, startTerminal, type TerminalSession} from '../helpers/terminal-session.js';
import {makeCanaries} from './canaries.js';
import {makeSandbox, type Sandbox} from './helpers.js';
import {startHostileProvider, type HostileProvider} from './hostile-provider.js';

/** The wizard's own process: the one running the CLI with this sandbox's marker. */
function wizardPid(marker: string): number | null {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Node itself, not the shell that `script` runs it from.
      const argv = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (argv[1] !== CLI_PATH || !/node/.test(argv[0] ?? '')) continue;
      if (readFileSync(`/proc/${entry}/environ`, 'utf8').includes(marker)) return Number(entry);
    } catch {
      // Gone, or not ours.
    }
  }
  return null;
}

let session: TerminalSession | undefined;
let sandbox: Sandbox | undefined;
let provider: HostileProvider | undefined;
afterEach(async () => {
  session?.kill();
  await provider?.close();
  await sandbox?.cleanup();
});

describe.runIf(process.platform === 'linux')('a signal ends the wizard', () => {
  test.each([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('%s: exit %i, cursor shown, temporary folder removed', async (signal, code) => {
    provider = await startHostileProvider('hang');
    sandbox = await makeSandbox();
    const canaries = makeCanaries(provider.origin);
    session = startTerminal([], {...sandbox.env, ...canaries.env});
    await session.waitFor('Paste the error you see');
    await session.press('\r', 'Checklist');
    // Checks are running (the provider hangs): children and temporary folders are in use.
    const pid = wizardPid(sandbox.agentDir);
    expect(pid).not.toBeNull();
    process.kill(pid!, signal);
    expect(await session.exit).toBe(code);
    const raw = session.raw();
    expect(raw.lastIndexOf('\u001B[?25h')).toBeGreaterThan(raw.lastIndexOf('\u001B[?25l'));
    expect(await sandbox.leftovers()).toEqual([]);
  });
});
