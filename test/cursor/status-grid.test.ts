// Every CLI state of reference §3.1/§3.2 in every output form, without a process: the texts the
// CLI prints (as the fake CLI prints them) go through the parser, and each state's reading
// through step 2's verdict with a scripted runner. cli-status.test.ts runs the real thing once
// per form.
import {describe, expect, test} from 'vitest';
import {parseStatusOutput, type CliAuthState} from '../../source/core/cursor/parse-status.js';
import {statusResult} from '../../source/core/cursor/status-check.js';
import type {CheckResult} from '../../source/core/step-model.js';
import {cursorContext} from '../helpers/cursor-context.js';
import {createFakeRunner} from '../helpers/fake-runner.js';

const EMAIL = 'owner@example.com';
const green = (text: string) => `\u001B[32m${text}\u001B[39m`;
const red = (text: string) => `\u001B[31m${text}\u001B[39m`;
const yellow = (text: string) => `\u001B[33m${text}\u001B[39m`;
const plain = (text: string) => text;

const STATES = [
  'logged-in',
  'logged-in-userid',
  'no-details',
  'unable-to-fetch',
  'partial',
  'error',
  'logged-out',
] as const;
type State = (typeof STATES)[number];

const TOKENS = {isAuthenticated: true, hasAccessToken: true, hasRefreshToken: true};
const JSON_OF: Record<State, object> = {
  'logged-in': {status: 'authenticated', ...TOKENS, userInfo: {email: EMAIL, userId: 10000001}},
  'logged-in-userid': {status: 'authenticated', ...TOKENS, userInfo: {userId: 10000001}},
  'no-details': {
    status: 'authenticated',
    ...TOKENS,
    message: 'Logged in (user details not available)',
  },
  'unable-to-fetch': {
    status: 'authenticated',
    ...TOKENS,
    message: 'Logged in (unable to fetch user details)',
  },
  partial: {
    status: 'partially-authenticated',
    isAuthenticated: false,
    hasAccessToken: true,
    hasRefreshToken: false,
    message: 'Partially authenticated (missing refresh token)',
  },
  error: {status: 'error', message: 'Status check error: keychain is locked'},
  'logged-out': {
    status: 'unauthenticated',
    isAuthenticated: false,
    hasAccessToken: false,
    hasRefreshToken: false,
    message: 'Not logged in',
  },
};

function text(state: State, colour: (text: string) => string, warn: typeof red): string {
  const lines: Record<State, string[]> = {
    'logged-in': [`${colour('✓')} Logged in as ${EMAIL}`],
    'logged-in-userid': [`${colour('✓')} Logged in as user id 10000001`],
    'no-details': [`${colour('✓')} Login successful!`, 'Logged in (user details not available)'],
    'unable-to-fetch': [
      'Starting login process...',
      'Checking authentication status...',
      `${colour('✓')} Login successful!`,
      'Logged in (unable to fetch user details)',
    ],
    partial: [warn('Partially authenticated (missing refresh token)')],
    error: ['Status check error: keychain is locked'],
    'logged-out': [warn('Not logged in')],
  };
  return lines[state].join('\n') + '\n';
}

const FORMS: Record<string, (state: State) => string> = {
  JSON: (state) => JSON.stringify(JSON_OF[state]) + '\n',
  'JSON after an update notice, in colour': (state) =>
    `${yellow('Update available: 2026.09.20-a1b2c3d. Run `agent update`.')}\n${JSON.stringify(JSON_OF[state])}\n`,
  'text from an old build': (state) => text(state, plain, plain),
  'text from an old build, in colour': (state) => text(state, green, red),
};

const READING: Record<State, CliAuthState> = {
  'logged-in': {state: 'logged-in', email: EMAIL, userId: '10000001'},
  'logged-in-userid': {state: 'logged-in', email: null, userId: '10000001'},
  'no-details': {state: 'unverified', reason: 'no-details'},
  'unable-to-fetch': {state: 'unverified', reason: 'unable-to-fetch'},
  partial: {state: 'partial'},
  error: {state: 'error', message: 'keychain is locked'},
  'logged-out': {state: 'logged-out'},
};

describe.each(Object.entries(FORMS))('the parser reads %s', (form, print) => {
  test.each(STATES)('%s', (state) => {
    const expected = READING[state];
    const read = parseStatusOutput(print(state)).auth;
    // The text form of a user-id login carries no email; JSON may name neither.
    if (expected.state === 'logged-in' && read.state === 'logged-in') {
      expect(read.userId ?? read.email, form).toBeTruthy();
      if (expected.email) expect(read.email).toBe(expected.email);
    } else if (expected.state === 'error') {
      // JSON keeps the CLI's "Status check error:" prefix; the text reader drops it.
      expect(read).toMatchObject({
        state: 'error',
        message: expect.stringContaining(expected.message),
      });
    } else {
      expect(read).toEqual(expected);
    }
  });
});

const ENDPOINT = 'http://127.0.0.1:9';

async function verdict(state: State, backend: 'reachable' | 'unreachable' = 'reachable') {
  const runner = createFakeRunner();
  runner.onHttp(/^http:\/\/127\.0\.0\.1:9\//, () =>
    backend === 'reachable'
      ? {ok: true, response: {status: 404, headers: {}, body: ''}, durationMs: 1}
      : {
          ok: false,
          failure: {kind: 'refused', code: 'ECONNREFUSED', message: 'connect refused'},
          durationMs: 1,
        },
  );
  const context = cursorContext({runner, env: {CURSOR_API_ENDPOINT: ENDPOINT}, timeoutMs: 1000});
  const reading = {
    cli: {path: '/bin/agent', name: 'agent', version: '2026.09.15-d2fe57e'},
    versionNote: null,
    auth: READING[state],
    run: {
      command: '/bin/agent',
      args: ['status'],
      exitCode: state === 'error' ? 1 : 0,
      stdout: '',
      stderr: '',
      timedOut: false,
      cancelled: false,
      durationMs: 1,
    },
    evidence: [],
  };
  return statusResult(context, reading);
}

describe('step 2’s verdict for each state', () => {
  const expect_ = (result: CheckResult, shape: Partial<CheckResult>) =>
    expect(result).toMatchObject(shape);

  test('logged in, by email or user id, passes', async () => {
    expect_(await verdict('logged-in'), {status: 'pass'});
    expect((await verdict('logged-in')).facts?.cliAccountEmail).toBe(EMAIL);
    const byId = await verdict('logged-in-userid');
    expect(byId.status).toBe('pass');
    expect(byId.summary).toContain('user id 10000001');
  });

  test('logged out and partial fail in the account layer, with the command that fixes them', async () => {
    const out = await verdict('logged-out');
    expect_(out, {status: 'fail', layer: 'cursor-account'});
    expect(out.fix?.command).toBe('agent login');
    const partial = await verdict('partial');
    expect_(partial, {status: 'fail', layer: 'cursor-account'});
    expect(partial.fix?.command).toContain('logout');
  });

  test('unable to fetch user details: an expired login when the backend answers, the network when not', async () => {
    const expired = await verdict('unable-to-fetch', 'reachable');
    expect_(expired, {status: 'unknown', layer: 'cursor-account'});
    expect(expired.evidence.join('\n')).toContain('HTTP 404 (the backend is reachable)');
    const network = await verdict('unable-to-fetch', 'unreachable');
    expect_(network, {status: 'unknown', layer: 'network'});
    expect(network.summary).toContain(`${ENDPOINT} is unreachable`);
  });

  test('user details not available is a warning; an internal error is unknown, never a pass', async () => {
    expect_(await verdict('no-details'), {status: 'warn', layer: 'cursor-account'});
    const error = await verdict('error');
    expect(error.status).toBe('unknown');
    expect(error.summary).toContain('keychain is locked');
  });
});
