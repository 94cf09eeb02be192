import {describe, expect, test} from 'vitest';
import {
  parseStatusOutput,
  parseStatusText,
  rejectsFormatOption,
} from '../../source/core/cursor/parse-status.js';

describe('status text', () => {
  test('"Not logged in" wins over the "logged in" it contains, colours or not', () => {
    expect(parseStatusText('\u001B[31mNot logged in\u001B[39m\n')).toEqual({state: 'logged-out'});
  });
  test('an email login', () => {
    expect(parseStatusText('\u001B[32m✓\u001B[39m Logged in as operator@example.com')).toEqual({
      state: 'logged-in',
      email: 'operator@example.com',
      userId: null,
    });
  });
  test('a user id login', () => {
    expect(parseStatusText('✓ Logged in as user id 42')).toMatchObject({
      state: 'logged-in',
      userId: '42',
    });
  });
  test('the degraded Ink frames mean unverified, not logged in', () => {
    const frames =
      'Starting login process...\nChecking authentication status...\n✓ Login successful!\nLogged in (unable to fetch user details)\n';
    expect(parseStatusText(frames)).toEqual({state: 'unverified', reason: 'unable-to-fetch'});
  });
  test('partial and error', () => {
    expect(parseStatusText('Partially authenticated (missing refresh token)').state).toBe(
      'partial',
    );
    expect(parseStatusText('Status check error: boom')).toEqual({state: 'error', message: 'boom'});
  });
  test('anything else is unrecognised', () => {
    expect(parseStatusText('Usage: agent [options]').state).toBe('unrecognised');
  });
});

describe('status JSON', () => {
  test('parsed from the first brace after an update notice', () => {
    const output =
      'Update available: 2026.10.01-abcdef0\n{"status":"authenticated","isAuthenticated":true,"hasAccessToken":true,"hasRefreshToken":true,"userInfo":{"email":"owner@example.com","userId":10000001}}\n';
    expect(parseStatusOutput(output)).toEqual({
      form: 'json',
      auth: {state: 'logged-in', email: 'owner@example.com', userId: '10000001'},
    });
  });
  test('authenticated without user details is unverified', () => {
    const json = JSON.stringify({
      status: 'authenticated',
      isAuthenticated: true,
      message: 'Logged in (unable to fetch user details)',
    });
    expect(parseStatusOutput(json).auth).toEqual({state: 'unverified', reason: 'unable-to-fetch'});
  });
  test('unauthenticated, partial and error', () => {
    expect(
      parseStatusOutput('{"status":"unauthenticated","isAuthenticated":false}').auth.state,
    ).toBe('logged-out');
    expect(
      parseStatusOutput('{"status":"partially-authenticated","isAuthenticated":false}').auth.state,
    ).toBe('partial');
    expect(parseStatusOutput('{"status":"error","message":"Status check error: x"}').auth).toEqual({
      state: 'error',
      message: 'Status check error: x',
    });
  });
  test('text output falls back to the text reader', () => {
    expect(parseStatusOutput('Not logged in').form).toBe('text');
  });
  test('an old build rejecting --format is recognised', () => {
    expect(rejectsFormatOption("error: unknown option '--format'")).toBe(true);
    expect(rejectsFormatOption('Not logged in')).toBe(false);
  });
});
