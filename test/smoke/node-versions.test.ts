// The smoke set CI also runs under Node 22 and 24 (CURSORKEY_E2E_NODE names the binary,
// CURSORKEY_E2E_NODE_MAJOR the version it must be): the built command as a person and a script
// meet it. Under the Node running the tests it is a quick end-to-end check of its own.
import {execFileSync} from 'node:child_process';
import {existsSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {execa} from 'execa';
import {afterAll, afterEach, beforeAll, describe, expect, test} from 'vitest';
import {startMockProvider, type MockProvider} from '../helpers/mock-providers/index.js';
import {
  CLI_NODE,
  CLI_PATH,
  startTerminal,
  type TerminalSession,
} from '../helpers/terminal-session.js';
import {scratchDir} from '../helpers/scratch-dir.js';

const nodeVersion = execFileSync(CLI_NODE, ['-p', 'process.versions.node'], {
  encoding: 'utf8',
}).trim();
const major = Number(nodeVersion.split('.')[0]);

function isolatedEnv(extra: Record<string, string> = {}): Record<string, string> {
  const home = scratchDir('smoke');
  return {
    PATH: '/usr/bin:/bin',
    HOME: home,
    LANG: 'C.UTF-8',
    CURSORKEY_CURSOR_USER_DIR: join(home, 'no-editor'),
    CURSORKEY_CURSOR_API_URL: 'http://127.0.0.1:9',
    CURSOR_API_ENDPOINT: 'http://127.0.0.1:9',
    ...extra,
  };
}

function cli(args: string[], env: Record<string, string>) {
  return execa(CLI_NODE, [CLI_PATH, ...args], {env, extendEnv: false, reject: false});
}

let mock: MockProvider;
beforeAll(async () => {
  mock = await startMockProvider('openai', {scenario: 'invalid'});
});
afterAll(() => mock?.close());

describe(`the built command under Node ${nodeVersion}`, () => {
  test('is the Node this run was asked for', () => {
    const wanted = process.env.CURSORKEY_E2E_NODE_MAJOR;
    if (wanted) expect(major).toBe(Number(wanted));
    expect(major).toBeGreaterThanOrEqual(20);
  });

  test('--version, and the compile cache where this Node has one', async () => {
    const env = isolatedEnv();
    const run = await cli(['--version'], env);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+/);
    // `--version` alone answers before the cache is turned on; any other command turns it on.
    expect((await cli(['--help'], env)).exitCode).toBe(0);
    const cache = join(env.HOME!, '.cache/cursorkey-wizard/compile-cache');
    // module.enableCompileCache arrived in Node 22.1; on 20 the folder is never made.
    if (major >= 23 || (major === 22 && Number(nodeVersion.split('.')[1]) >= 1)) {
      expect(readdirSync(cache).length).toBeGreaterThan(0);
    } else {
      expect(existsSync(cache)).toBe(false);
    }
  });

  test('classify --json answers with the contract keys', async () => {
    const run = await cli(
      ['classify', '--json', '401 Unauthorized: invalid x-api-key'],
      isolatedEnv(),
    );
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      layer: expect.any(String),
      step: expect.any(Number),
    });
  });

  test('doctor --json tests a provider key against the mock', async () => {
    const run = await cli(['doctor', '--json', '--no-completion'], isolatedEnv(mock.env));
    const doc = JSON.parse(run.stdout);
    expect(doc.providers).toEqual([
      expect.objectContaining({provider: 'openai', status: 'fail', layer: 'provider-key'}),
    ]);
    expect(run.exitCode).toBe(1);
    expect(run.stdout + run.stderr).not.toContain(mock.key);
  });
});

describe(`the wizard in a pseudo-terminal under Node ${nodeVersion}`, () => {
  let session: TerminalSession | undefined;
  afterEach(() => session?.kill());

  test('starts, shows the checklist, walks to step 1, and quits on Ctrl+C with exit 130', async () => {
    session = startTerminal([], isolatedEnv());
    await session.waitFor('Paste the error you see');
    await session.press('\r', 'Checklist');
    await session.waitFor(/w\. Walk the \d+ steps that need you/);
    await session.press('\r', 'Step 1/10');
    session.send('\u0003');
    expect(await session.exit).toBe(130);
  });
});
