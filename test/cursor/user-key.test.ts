// Step 4 through the real runner: /v0/me on a loopback server, the key in the CLI's environment
// only, an isolated HOME, and the network ruled out before the key is blamed.
import {readdir, stat} from 'node:fs/promises';
import {describe, expect, test} from 'vitest';
import {userApiKeyCheck} from '../../source/core/cursor/user-key-check.js';
import {basicAuthHeader} from '../../source/core/cursor/key-info.js';
import {Secret} from '../../source/core/secrets.js';
import type {CheckResult} from '../../source/core/step-model.js';
import {closedUrl, V1_ERRORS} from '../helpers/cursor-api-server.js';
import {cursorContext} from '../helpers/cursor-context.js';
import {GOOD_KEY as GOOD, GOOD_KEY_RECORD, useCursorFixture} from '../helpers/cursor-fixture.js';

const BAD = 'crsr_0123456789abcdefBADKEY00123456789';

const cursor = useCursorFixture({keys: {[GOOD]: GOOD_KEY_RECORD}, agentKey: GOOD});
const {env} = cursor;

function everyShownText(result: CheckResult): string {
  return [result.summary, ...result.evidence, result.fix?.summary ?? ''].join('\n');
}

async function expectNoKeyLeaked(result: CheckResult, ...keys: string[]) {
  const shown = everyShownText(result);
  const logged = JSON.stringify(await cursor.fake.runs());
  for (const key of keys) {
    expect(shown).not.toContain(key);
    expect(logged).not.toContain(key);
  }
  for (const run of await cursor.fake.runs()) {
    for (const arg of run.argv) for (const key of keys) expect(arg).not.toContain(key);
  }
}

test('a good key from CURSOR_API_KEY passes with its name and owner', async () => {
  const result = await userApiKeyCheck(cursorContext({env: env({CURSOR_API_KEY: GOOD})}));
  expect(result.status).toBe('pass');
  expect(result.summary).toBe(
    'The key "ci-runner" (o…@example.com) works with the CLI (3 models listed)',
  );
  expect(result.evidence.join('\n')).toContain(
    'key "ci-runner", created 2026-01-15T10:30:00Z, owner o…@example.com',
  );
  expect(result.evidence[0]).toBe(
    `Key env:CURSOR_API_KEY: ${new Secret(GOOD, 'x').describe('cursor')}`,
  );
  expect(cursor.api.requests.find((r) => r.path === '/v0/me')?.authScheme).toBe('Basic');
  await expectNoKeyLeaked(result, GOOD);
});

test('the models are counted in both list layouts (2026: "id - name" lines and a Tip)', async () => {
  const plain = await userApiKeyCheck(
    cursorContext({env: env({CURSOR_API_KEY: GOOD, FAKE_AGENT_MODELS_FORM: 'plain'})}),
  );
  expect(plain.summary).toContain('(3 models listed)');
});

test('the CLI gets the key in its environment, a temporary HOME, and the memory store', async () => {
  await userApiKeyCheck(cursorContext({env: env({CURSOR_API_KEY: GOOD})}));
  const keyRuns = (await cursor.fake.runs()).filter((run) => run.hasApiKey);
  expect(keyRuns.map((run) => run.argv)).toEqual([['models']]);
  const [run] = keyRuns;
  expect(run!.HOME).not.toBe(cursor.fake.home);
  expect(run!.HOME).not.toBe(process.env.HOME);
  expect(run!.XDG_CONFIG_HOME?.startsWith(run!.HOME!)).toBe(true);
  expect(run!.CURSOR_CONFIG_DIR?.startsWith(run!.HOME!)).toBe(true);
  expect(run!.CURSOR_DATA_DIR?.startsWith(run!.HOME!)).toBe(true);
  expect(run!.AGENT_CLI_CREDENTIAL_STORE).toBe('memory');
  // The temporary home is gone afterwards, and the stand-in for the real home was never touched.
  await expect(stat(run!.HOME!)).rejects.toThrow();
  expect(await readdir(cursor.fake.home)).toEqual([]);
});

test('a typed key (masked input) is used when CURSOR_API_KEY is unset', async () => {
  const result = await userApiKeyCheck(
    cursorContext({env: env({}), answers: {cursorApiKey: new Secret(GOOD, 'input')}}),
  );
  expect(result.status).toBe('pass');
  expect(result.evidence[0]).toContain('Key input:');
});

test('a bad key: 401 from /v0/me, the CLI warning, the backend reachable → fail in cursor-user-key', async () => {
  const result = await userApiKeyCheck(cursorContext({env: env({CURSOR_API_KEY: BAD})}));
  expect(result).toMatchObject({status: 'fail', layer: 'cursor-user-key'});
  expect(result.summary).toBe('The Cursor user API key is invalid');
  const evidence = result.evidence.join('\n');
  expect(evidence).toContain('/v0/me → 401: Unauthorized: Invalid API key');
  expect(evidence).toContain('The provided API key is invalid');
  expect(evidence).toContain('the Cursor backend is reachable');
  expect(result.fix?.url).toBe('https://cursor.com/dashboard/api');
  await expectNoKeyLeaked(result, BAD);
});

test('the invalid-key warning is not blamed on the key while the backend is unreachable', async () => {
  const down = await closedUrl();
  const result = await userApiKeyCheck(
    cursorContext({env: env({CURSOR_API_KEY: BAD, CURSOR_API_ENDPOINT: down})}),
  );
  expect(result).toMatchObject({status: 'unknown', layer: 'network'});
  expect(result.summary).toContain('the key is not to blame yet');
});

test('a network failure on /v0/me never blames the key', async () => {
  const down = await closedUrl();
  const result = await userApiKeyCheck(
    cursorContext({
      env: env({
        CURSOR_API_KEY: GOOD,
        CURSORKEY_CURSOR_API_URL: down,
        CURSORKEY_AGENT_BIN: '/nonexistent',
      }),
    }),
  );
  expect(result).toMatchObject({status: 'unknown', layer: 'network'});
  expect(result.evidence.join('\n')).toContain('refused (ECONNREFUSED)');
});

test.each([
  [403, 'fail', 'feature'],
  [429, 'unknown', 'rate-limit'],
  [500, 'unknown', 'cursor-service'],
])('/v0/me %i with no CLI → %s / %s', async (code, status, layer) => {
  cursor.api.forceStatus = code;
  const result = await userApiKeyCheck(
    cursorContext({env: env({CURSOR_API_KEY: GOOD, CURSORKEY_AGENT_BIN: '/nonexistent'})}),
  );
  expect(result).toMatchObject({status, layer});
});

test.each([
  [401, V1_ERRORS.unauthorized, 'fail', 'cursor-user-key', 'unauthorized: Invalid API key'],
  [401, V1_ERRORS.apiKeyNotFound, 'fail', 'cursor-user-key', 'api_key_not_found'],
  [403, V1_ERRORS.planRequired, 'fail', 'cursor-plan', 'plan_required: This feature requires'],
  [403, V1_ERRORS.roleForbidden, 'fail', 'feature', 'role_forbidden'],
  [429, V1_ERRORS.usageLimitExceeded, 'fail', 'cursor-plan', '429'],
  [400, V1_ERRORS.v0PlainString, 'unknown', null, "400: Model 'gpt-5-high' is not available"],
])('key info %i %j (nested or plain) → %s / %s', async (code, body, status, layer, shown) => {
  cursor.api.forceStatus = code;
  cursor.api.forceBody = body;
  const result = await userApiKeyCheck(
    cursorContext({env: env({CURSOR_API_KEY: GOOD, CURSORKEY_AGENT_BIN: '/nonexistent'})}),
  );
  expect(result).toMatchObject({status, layer});
  expect(result.evidence.join('\n')).toContain(shown);
  expect(result.evidence.join('\n')).not.toContain('{"error"');
});

test('/v0/me 200 alone passes when the CLI is absent, and says the CLI was not tried', async () => {
  const result = await userApiKeyCheck(
    cursorContext({env: env({CURSOR_API_KEY: GOOD, CURSORKEY_AGENT_BIN: '/nonexistent'})}),
  );
  expect(result.status).toBe('pass');
  expect(result.evidence.join('\n')).toContain('not tried through it');
});

test('an account mismatch with the CLI login is a warning', async () => {
  const result = await userApiKeyCheck(
    cursorContext({
      env: env({CURSOR_API_KEY: GOOD}),
      facts: {cliAccountEmail: 'someone.else@example.org'},
    }),
  );
  expect(result.status).toBe('warn');
  expect(result.summary).toContain(
    'belongs to o…@example.com while the CLI is logged in as s…@example.org',
  );
});

test('no models for the account is a warning, not a pass', async () => {
  const result = await userApiKeyCheck(
    cursorContext({env: env({CURSOR_API_KEY: GOOD, FAKE_AGENT_NO_MODELS: '1'})}),
  );
  expect(result.status).toBe('warn');
});

test.each([
  [`${GOOD}\n`, 'line break'],
  [` ${GOOD}`, 'starts with whitespace'],
  [`"${GOOD}"`, 'quotes'],
  [`Bearer ${GOOD}`, 'Bearer'],
])('paste damage is named (%j)', async (raw, words) => {
  const result = await userApiKeyCheck(cursorContext({env: env({CURSOR_API_KEY: raw})}));
  expect(result).toMatchObject({status: 'fail', layer: 'cursor-user-key'});
  expect(result.summary).toContain(words);
  // The cleaned key is tried once, so the person learns whether cleaning alone fixes it.
  expect(result.evidence.join('\n')).toContain('Without the damage');
  expect(result.evidence.join('\n')).toContain('→ 200');
  await expectNoKeyLeaked(result, GOOD);
});

test('doctor mode with no key at all asks for one instead of guessing', async () => {
  const result = await userApiKeyCheck(
    cursorContext({env: env({}), options: {interactive: false, noCompletion: true, share: false}}),
  );
  expect(result.status).toBe('manual');
  expect(result.fix?.url).toBe('https://cursor.com/dashboard/api');
});

test('an empty CURSOR_API_KEY fails, the way an unset CI secret does', async () => {
  const result = await userApiKeyCheck(cursorContext({env: env({CURSOR_API_KEY: ''})}));
  expect(result).toMatchObject({status: 'fail', layer: 'cursor-user-key'});
});

test('an old build is only ever asked --list-models (a bare word would be a billable prompt)', async () => {
  const result = await userApiKeyCheck(
    cursorContext({env: env({CURSOR_API_KEY: GOOD, FAKE_AGENT_OLD: '1'})}),
  );
  const keyRuns = (await cursor.fake.runs()).filter((run) => run.hasApiKey);
  expect(keyRuns.map((run) => run.argv)).toEqual([['--list-models']]);
  expect(result.status).toBe('warn');
});

test('basic auth is the key as user name and an empty password', () => {
  expect(basicAuthHeader('abc')).toBe(`Basic ${Buffer.from('abc:').toString('base64')}`);
});

describe('a headless run (agent -p) after the key is accepted, when completions are allowed', () => {
  const withCompletions = (extra: Record<string, string> = {}) =>
    userApiKeyCheck(
      cursorContext({
        env: env({CURSOR_API_KEY: GOOD, ...extra}),
        options: {interactive: true, noCompletion: false, share: false},
      }),
    );

  test('it reads apiKeySource from the first stream-json event and says the key was used', async () => {
    const result = await withCompletions();
    expect(result.status).toBe('pass');
    expect(result.summary).toContain('a headless run used it');
    expect(result.evidence.join('\n')).toContain(
      'first event: apiKeySource env (the key in CURSOR_API_KEY)',
    );
    const printRun = (await cursor.fake.runs()).find((run) => run.argv.includes('-p'));
    expect(printRun?.argv).toEqual([
      '-p',
      '--output-format',
      'stream-json',
      '--trust',
      expect.any(String),
    ]);
    expect(printRun?.hasApiKey).toBe(true);
    expect(printRun?.HOME).not.toBe(cursor.fake.home);
    await expectNoKeyLeaked(result, GOOD);
  });

  test('a run that used another credential than the key is a warning', async () => {
    const result = await withCompletions({FAKE_AGENT_RAN_ON: 'login'});
    expect(result).toMatchObject({status: 'warn', layer: 'cursor-user-key'});
    expect(result.summary).toContain('the stored browser login');
  });

  test.each([
    ['usage-limit', 'cursor-plan'],
    ['headless-disabled', 'cursor-plan'],
    ['model-refused', 'model'],
  ])('a run refused with %s fails in %s although the key is fine', async (refusal, layer) => {
    const result = await withCompletions({FAKE_AGENT_PRINT: refusal});
    expect(result).toMatchObject({status: 'fail', layer});
    expect(result.summary).toContain('is accepted, but a headless run (agent -p) is refused');
  });

  test('with --no-completion no agent run is made', async () => {
    await userApiKeyCheck(cursorContext({env: env({CURSOR_API_KEY: GOOD})}));
    expect((await cursor.fake.runs()).some((run) => run.argv.includes('-p'))).toBe(false);
  });
});
