// Step 3's login actions through the real runner: streamed progress, the link on its own line,
// NO_OPEN_BROWSER when a browser here is useless, failures with fixes, and cancel.
import {writeFile} from 'node:fs/promises';
import {beforeEach, expect, test} from 'vitest';
import {LOGIN_ACTIONS, progressLines} from '../../source/core/cursor/login.js';
import type {CheckContext} from '../../source/core/step-model.js';
import {cursorContext, type TestContext} from '../helpers/cursor-context.js';
import {useCursorFixture} from '../helpers/cursor-fixture.js';
import {alive} from '../helpers/fake-agent.js';

const cursor = useCursorFixture();
const {env} = cursor;

beforeEach(async () => {
  await writeFile(cursor.fake.stateFile, 'logged-out owner@example.com\n');
});

function action(id: string) {
  const found = LOGIN_ACTIONS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no action ${id}`);
  return (context: CheckContext) => found.run(context);
}

const URL_LINE = /^https:\/\/cursor\.com\/loginDeepControl\?\S+$/;

/** Resolves once the condition holds; each look yields to the event loop, never a fixed sleep. */
async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

test('login streams its lines, puts the link on its own line, then re-reads status', async () => {
  const context = cursorContext({env: env()});
  const result = await action('login')(context);
  expect(result.status).toBe('pass');
  expect(result.summary).toBe(
    `Login complete: Logged in as o…@example.com (endpoint ${cursor.api.url})`,
  );
  expect(context.lines).toContain('Waiting for browser authentication...');
  expect(context.lines.some((line) => URL_LINE.test(line))).toBe(true);
  const argv = (await cursor.fake.runs()).map((run) => run.argv.join(' '));
  expect(argv).toContain('login');
  expect(argv.indexOf('status --format json')).toBeGreaterThan(argv.indexOf('login'));
  // A browser may open here: nothing asked for the link to be printed.
  expect(
    (await cursor.fake.runs()).find((run) => run.argv[0] === 'login')?.NO_OPEN_BROWSER,
  ).toBeNull();
});

test.each([
  ['an SSH session', {SSH_CONNECTION: '10.0.0.1 5000 10.0.0.2 22'}, false, 'login'],
  ['a screen share', {}, true, 'login'],
  ['the print-the-link action', {}, false, 'login-link'],
])('over %s the CLI is told not to open a browser', async (_what, extra, share, id) => {
  const context = cursorContext({
    env: env(extra),
    options: {interactive: true, noCompletion: true, share},
  });
  const result = await action(id)(context);
  expect(result.status).toBe('pass');
  expect((await cursor.fake.runs()).find((run) => run.argv[0] === 'login')?.NO_OPEN_BROWSER).toBe(
    '1',
  );
  expect(context.lines).toContain('Open a browser and navigate to this link:');
  expect(context.lines.some((line) => URL_LINE.test(line))).toBe(true);
});

test('log out, then log in runs logout first', async () => {
  await writeFile(cursor.fake.stateFile, 'partial owner@example.com\n');
  const result = await action('relogin')(cursorContext({env: env()}));
  expect(result.status).toBe('pass');
  const argv = (await cursor.fake.runs()).map((run) => run.argv[0]);
  expect(argv.indexOf('logout')).toBeLessThan(argv.indexOf('login'));
});

test('plain login into a different account than before fails', async () => {
  const result = await action('login')(
    cursorContext({
      env: env({FAKE_AGENT_LOGIN_EMAIL: 'other@example.org'}),
      facts: {cliAccountEmail: 'owner@example.com'},
    }),
  );
  expect(result).toMatchObject({status: 'fail', layer: 'cursor-account'});
  expect(result.summary).toBe('Logged in as o…@example.org, not o…@example.com as before');
});

test('"Login failed or timed out." is surfaced with its fix', async () => {
  const result = await action('login')(cursorContext({env: env({FAKE_AGENT_LOGIN: 'timeout'})}));
  expect(result).toMatchObject({status: 'fail', layer: 'cursor-account'});
  expect(result.summary).toContain('Login failed or timed out.');
  expect(result.fix?.summary).toContain('NO_OPEN_BROWSER=1 agent login');
});

test('a keychain errSecDuplicateItem is surfaced with the command that clears it', async () => {
  const result = await action('login')(cursorContext({env: env({FAKE_AGENT_LOGIN: 'keychain'})}));
  expect(result.status).toBe('fail');
  expect(result.fix?.summary).toContain(
    'security delete-generic-password -s cursor-access-token -a cursor-user',
  );
});

test('a login denied by an MDM sign-in policy asks for an allowed account', async () => {
  const result = await action('login')(cursorContext({env: env({FAKE_AGENT_LOGIN: 'mdm-denied'})}));
  expect(result).toMatchObject({status: 'fail', layer: 'cursor-account'});
  expect(result.fix?.summary).toMatch(/sign-in policy[\s\S]*allowed organisation/);
});

test('cancelling a login that waits for the browser stops the CLI', async () => {
  const context: TestContext = cursorContext({env: env({FAKE_AGENT_LOGIN: 'hang'})});
  const running = action('login')(context);
  await until(() => context.lines.some((line) => URL_LINE.test(line)), 'the login link');
  const pid = (await cursor.fake.runs()).find((run) => run.argv[0] === 'login')?.pid;
  expect(pid).toBeTypeOf('number');
  expect(alive(pid!)).toBe(true);
  context.controller.abort();
  const result = await running;
  expect(result.summary).toBe('Login cancelled; the CLI was stopped');
  await until(() => !alive(pid!), 'the CLI to exit');
});

test('progress lines split a URL out of its sentence', () => {
  expect(
    progressLines(
      '\u001B[2mOpen a browser and navigate to this link: https://x.test/a?b=c\u001B[22m',
    ),
  ).toEqual(['Open a browser and navigate to this link:', 'https://x.test/a?b=c']);
  expect(progressLines('   ')).toEqual([]);
});
