// Every CLI state of reference §3.1/§3.2, through the real runner: the fake CLI runs as a child.
import {describe, expect, test} from 'vitest';
import {cliStatusCheck} from '../../source/core/cursor/status-check.js';
import {closedUrl} from '../helpers/cursor-api-server.js';
import {cursorContext} from '../helpers/cursor-context.js';
import {useCursorFixture} from '../helpers/cursor-fixture.js';

const cursor = useCursorFixture();
const {env} = cursor;

// One real-process run per output form the CLI has: the fake CLI as a child, through the real
// runner. The states themselves are read from the same texts by the pure parser below.
describe.each([
  ['JSON', {}],
  ['JSON after an update notice, in colour', {FAKE_AGENT_NOTICE: '1', FAKE_AGENT_ANSI: '1'}],
  ['text from an old build without --format', {FAKE_AGENT_OLD: '1'}],
  ['text from an old build, in colour', {FAKE_AGENT_OLD: '1', FAKE_AGENT_ANSI: '1'}],
])('step 2 reads %s', (_form, form) => {
  test('logged in with an email passes, names the account and the endpoint', async () => {
    const result = await cliStatusCheck(
      cursorContext({env: env({...form, FAKE_AGENT_STATE: 'logged-in'})}),
    );
    expect(result.status).toBe('pass');
    expect(result.summary).toBe(`Logged in as o…@example.com (endpoint ${cursor.api.url})`);
    expect(result.facts?.cliAccountEmail).toBe('owner@example.com');
    expect(result.facts?.cli).toMatchObject({name: 'agent'});
  });
});

test('unable to fetch user details with the backend unreachable is unknown: network', async () => {
  const down = await closedUrl();
  const result = await cliStatusCheck(
    cursorContext({
      env: env({FAKE_AGENT_STATE: 'unable-to-fetch', CURSOR_API_ENDPOINT: down}),
    }),
  );
  expect(result).toMatchObject({status: 'unknown', layer: 'network'});
  expect(result.summary).toContain(`${down} is unreachable`);
});

test('an old build is asked again without --format', async () => {
  await cliStatusCheck(
    cursorContext({env: env({FAKE_AGENT_OLD: '1', FAKE_AGENT_STATE: 'logged-in'})}),
  );
  const statusRuns = (await cursor.fake.runs()).filter((run) => run.argv[0] === 'status');
  expect(statusRuns.map((run) => run.argv)).toEqual([['status', '--format', 'json'], ['status']]);
});

test('"Not logged in" with CURSOR_API_KEY set is expected: a warning that points at step 4', async () => {
  const result = await cliStatusCheck(
    cursorContext({
      env: env({FAKE_AGENT_STATE: 'logged-out', CURSOR_API_KEY: 'crsr_notused000000'}),
    }),
  );
  expect(result).toMatchObject({status: 'warn', layer: 'cursor-account'});
  expect(result.evidence.join('\n')).toContain('`status` ignores CURSOR_API_KEY');
  // The key has no business reaching `status`.
  expect((await cursor.fake.runs()).every((run) => !run.hasApiKey)).toBe(true);
});

test('status reads the home the check was given, not the test process home', async () => {
  await cliStatusCheck(cursorContext({env: env({FAKE_AGENT_STATE: 'logged-in'})}));
  const runs = await cursor.fake.runs();
  expect(runs.length).toBeGreaterThan(0);
  expect(runs.every((run) => run.HOME === cursor.fake.home)).toBe(true);
});
