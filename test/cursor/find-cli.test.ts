// Finding the CLI: both names, CURSORKEY_AGENT_BIN, an unrelated `agent`, nothing at all.
import {mkdtemp, rm, writeFile, chmod} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {delimiter, dirname, join} from 'node:path';
import {afterEach, expect, test, vi} from 'vitest';
import {findCursorCli} from '../../source/core/cursor/find-cli.js';
import {cliStatusCheck} from '../../source/core/cursor/status-check.js';
import {cursorContext} from '../helpers/cursor-context.js';
import {FAKE_AGENT_SCRIPT, installFakeAgent} from '../helpers/fake-agent.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  vi.unstubAllEnvs();
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

test('`agent` is preferred and confirmed by its version', async () => {
  const fake = await installFakeAgent();
  cleanups.push(fake.cleanup);
  vi.stubEnv('PATH', fake.path);
  const found = await findCursorCli(cursorContext({env: {PATH: fake.path}}));
  expect(found).toMatchObject({
    kind: 'found',
    cli: {name: 'agent', path: join(fake.binDir, 'agent'), version: '2026.09.15-d2fe57e'},
  });
});

test('a Homebrew-style install with only `cursor-agent` is found', async () => {
  const fake = await installFakeAgent(['cursor-agent']);
  cleanups.push(fake.cleanup);
  vi.stubEnv('PATH', fake.path);
  const found = await findCursorCli(cursorContext({env: {PATH: fake.path}}));
  expect(found).toMatchObject({kind: 'found', cli: {name: 'cursor-agent'}});
});

test('an unrelated `agent` is passed over for `cursor-agent`', async () => {
  const fake = await installFakeAgent(['cursor-agent']);
  cleanups.push(fake.cleanup);
  const other = await mkdtemp(join(tmpdir(), 'other-agent-'));
  cleanups.push(() => rm(other, {recursive: true, force: true}));
  await writeFile(join(other, 'agent'), '#!/bin/sh\necho "agent 1.4.2 (an unrelated tool)"\n');
  await chmod(join(other, 'agent'), 0o755);
  const path = [other, fake.path].join(delimiter);
  vi.stubEnv('PATH', path);
  const found = await findCursorCli(cursorContext({env: {PATH: path}}));
  expect(found).toMatchObject({kind: 'found', cli: {name: 'cursor-agent'}});
});

test('nothing on PATH: step 2 fails as not installed and marks cliMissing for doctor', async () => {
  const empty = await mkdtemp(join(tmpdir(), 'empty-path-'));
  cleanups.push(() => rm(empty, {recursive: true, force: true}));
  const path = [empty, dirname(process.execPath)].join(delimiter);
  vi.stubEnv('PATH', path);
  const result = await cliStatusCheck(cursorContext({env: {PATH: path}, platform: 'darwin'}));
  expect(result).toMatchObject({
    status: 'fail',
    layer: 'cursor-cli',
    facts: {cli: null, cliMissing: true},
  });
  expect(result.summary).toContain('not installed');
  expect(result.fix?.command).toBe('curl https://cursor.com/install -fsS | bash');
  const windows = await cliStatusCheck(cursorContext({env: {PATH: path}, platform: 'win32'}));
  expect(windows.fix?.command).toBe("irm 'https://cursor.com/install?win32=true' | iex");
});

test('CURSORKEY_AGENT_BIN pointing at nothing fails in cursor-cli without the cliMissing marker', async () => {
  const result = await cliStatusCheck(
    cursorContext({env: {CURSORKEY_AGENT_BIN: '/nonexistent/agent'}}),
  );
  expect(result).toMatchObject({status: 'fail', layer: 'cursor-cli'});
  expect(result.facts?.cliMissing).toBe(false);
  expect(result.summary).toContain('cannot be run');
});

test('CURSORKEY_AGENT_BIN pointing at something that is not Cursor fails in cursor-cli', async () => {
  const result = await cliStatusCheck(
    cursorContext({env: {CURSORKEY_AGENT_BIN: FAKE_AGENT_SCRIPT, FAKE_AGENT_NOT_CURSOR: '1'}}),
  );
  expect(result).toMatchObject({status: 'fail', layer: 'cursor-cli', facts: {cliMissing: false}});
  expect(result.summary).toContain('is not the Cursor CLI');
});

test('CURSORKEY_AGENT_BIN pointing at the CLI is used', async () => {
  const found = await findCursorCli(cursorContext({env: {CURSORKEY_AGENT_BIN: FAKE_AGENT_SCRIPT}}));
  expect(found).toMatchObject({kind: 'found', cli: {path: FAKE_AGENT_SCRIPT}});
});

// The timestamped build of https://github.com/agentclientprotocol/registry/pull/404 used to fail
// here with "is not the Cursor CLI: `--version` printed no Cursor version".
test('step 2 passes a logged-in CLI whose version is a timestamped June 2026 build', async () => {
  const fake = await installFakeAgent(['agent']);
  cleanups.push(fake.cleanup);
  vi.stubEnv('PATH', fake.path);
  const env = {
    PATH: fake.path,
    HOME: fake.home,
    FAKE_AGENT_VERSION_FORM: 'timestamped',
    FAKE_AGENT_STATE: 'logged-in',
    // No backend is contacted on this path; a closed port keeps it that way if that changes.
    CURSOR_API_ENDPOINT: 'http://127.0.0.1:9',
  };
  const result = await cliStatusCheck(cursorContext({env}));
  expect(result).toMatchObject({
    status: 'pass',
    facts: {cli: {name: 'agent', version: '2026.06.24-00-45-58-9f61de7'}},
  });
  const viaOverride = await cliStatusCheck(
    cursorContext({env: {...env, CURSORKEY_AGENT_BIN: FAKE_AGENT_SCRIPT}}),
  );
  expect(viaOverride.status).toBe('pass');
});

test('step 2 accepts the current short version form too', async () => {
  const result = await cliStatusCheck(
    cursorContext({
      env: {
        CURSORKEY_AGENT_BIN: FAKE_AGENT_SCRIPT,
        FAKE_AGENT_VERSION_FORM: 'dated',
        FAKE_AGENT_STATE: 'logged-in',
      },
    }),
  );
  expect(result).toMatchObject({status: 'pass', facts: {cli: {version: '2026.10.01-e373342'}}});
});

test('a version in a form not seen yet is a warning in step 2, never "not the Cursor CLI"', async () => {
  const result = await cliStatusCheck(
    cursorContext({
      env: {
        CURSORKEY_AGENT_BIN: FAKE_AGENT_SCRIPT,
        FAKE_AGENT_VERSION_FORM: 'unseen',
        FAKE_AGENT_STATE: 'logged-in',
      },
    }),
  );
  expect(result).toMatchObject({status: 'warn', layer: 'cursor-cli'});
  expect(result.summary).not.toContain('not the Cursor CLI');
  expect(result.evidence.join('\n')).toContain('2027.01.15+build.a1b2c3d4');
  expect(result.facts?.cli).toMatchObject({version: '2027.01.15+build.a1b2c3d4'});
});

test('a Cursor CLI that cannot load its native library is broken, not "not the Cursor CLI"', async () => {
  const fake = await installFakeAgent(['agent']);
  cleanups.push(fake.cleanup);
  vi.stubEnv('PATH', fake.path);
  const env = {PATH: fake.path, FAKE_AGENT_VERSION_FORM: 'native-binding'};
  const result = await cliStatusCheck(cursorContext({env, platform: 'darwin'}));
  expect(result).toMatchObject({status: 'fail', layer: 'cursor-cli', facts: {cliMissing: false}});
  expect(result.summary).toContain('cannot load its native library');
  expect(result.evidence.join('\n')).toContain('library load disallowed by system policy');
});
