// SIGINT, SIGTERM and SIGHUP end doctor the same way: exit 130, 143 or 129, every child tree
// ended (a grandchild the CLI left in a process group of its own included), and the temporary
// HOME that held the Cursor key removed. Linux: the test reads /proc to see what survived.
import {execa} from 'execa';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterEach, describe, expect, test} from 'vitest';
import {CLI_PATH} from '../helpers/terminal-session.js';
import {makeCanaries} from './canaries.js';
import {makeSandbox, type Sandbox} from './helpers.js';
import {isAlive, until} from '../helpers/process-state.js';
import {startHostileProvider, type HostileProvider} from './hostile-provider.js';

let sandbox: Sandbox | undefined;
let provider: HostileProvider | undefined;
afterEach(async () => {
  await provider?.close();
  await sandbox?.cleanup();
});

describe.runIf(process.platform === 'linux')(
  'a signal ends doctor and everything it started',
  () => {
    test.each([
      ['SIGTERM', 143],
      ['SIGHUP', 129],
      ['SIGINT', 130],
    ] as const)(
      '%s: exit %i, the forked grandchild is gone, the temporary HOME removed',
      async (signal, code) => {
        provider = await startHostileProvider('hostile');
        sandbox = await makeSandbox({HOSTILE_AGENT_MODE: 'fork'});
        const {env} = makeCanaries(provider.origin);
        const child = execa(process.execPath, [CLI_PATH, 'doctor', '--timeout', '20000'], {
          env: {
            ...sandbox.env,
            CURSOR_API_KEY: env.CURSOR_API_KEY!,
            CURSORKEY_CURSOR_API_URL: provider.origin,
            CURSOR_API_ENDPOINT: provider.origin,
          },
          extendEnv: false,
          reject: false,
        });
        const sleeperFile = join(sandbox.agentDir, 'sleeper.pid');
        const homeFile = join(sandbox.agentDir, 'home.txt');
        await until(
          () => existsSync(sleeperFile) && existsSync(homeFile),
          'the CLI to fork and hang',
        );
        const sleeper = Number(readFileSync(sleeperFile, 'utf8'));
        const home = readFileSync(homeFile, 'utf8');
        const models = Number(readFileSync(join(sandbox.agentDir, 'models.pid'), 'utf8'));
        expect(isAlive(sleeper)).toBe(true);
        // Under load the key test's own timeout may already have ended that call and removed its
        // HOME; while the call lives, its HOME must. HOME is looked at first: a call alive after
        // that look was alive during it, while the other order races the call's own end.
        const homeWasThere = existsSync(home);
        if (isAlive(models)) expect(homeWasThere).toBe(true);
        // The temporary HOME sits in one private folder of the run.
        const parent = join(home, '..');
        expect(parent.startsWith(sandbox.tmp)).toBe(true);
        expect((await import('node:fs')).statSync(parent).mode & 0o777).toBe(0o700);

        child.kill(signal);
        const result = await child;
        expect(result.exitCode).toBe(code);
        await until(() => !isAlive(sleeper), 'the grandchild to end', 2_000);
        expect(existsSync(home)).toBe(false);
        expect(await sandbox.leftovers()).toEqual([]);
      },
    );
  },
);
