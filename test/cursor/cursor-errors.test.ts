import {describe, expect, test} from 'vitest';
import {diagnoseCursorError} from '../../source/core/cursor/cursor-errors.js';

describe('Cursor error JSON', () => {
  test('ERROR_BAD_USER_API_KEY with a trailing request id', () => {
    const text =
      '{"error":"ERROR_BAD_USER_API_KEY","details":{"title":"Bad User API key","detail":"Unauthorized User API key"}} (Request ID: 0a1b2c3d-0000)';
    expect(diagnoseCursorError(text)).toMatchObject({
      layer: 'cursor-account',
      step: 1,
      code: 'ERROR_BAD_USER_API_KEY',
      provider: 'cursor',
      alsoPossible: ['cursor-user-key', 'provider-key'],
    });
  });
  test('outdated client', () => {
    const text =
      '{"error":"ERROR_OUTDATED_CLIENT","details":{"title":"Outdated Client Error","detail":"Your version of Cursor no longer supports this action."}}';
    expect(diagnoseCursorError(text)).toMatchObject({
      layer: 'cursor-cli',
      code: 'ERROR_OUTDATED_CLIENT',
    });
  });
  test('a payload wrapped as a string inside another error is still parsed', () => {
    const inner = JSON.stringify({error: 'ERROR_PRO_USER_USAGE_LIMIT', details: {title: 't'}});
    expect(diagnoseCursorError(JSON.stringify({error: {message: inner}}))).toMatchObject({
      layer: 'quota',
      step: 9,
    });
  });
  test.each([
    ['ERROR_FREE_USER_RATE_LIMIT_EXCEEDED', 'rate-limit'],
    ['ERROR_BAD_MODEL_NAME', 'model'],
    ['ERROR_AUTH_TOKEN_EXPIRED', 'cursor-account'],
    ['ERROR_API_KEY_NOT_SUPPORTED', 'feature'],
    ['ERROR_BAD_API_KEY', 'cursor-user-key'],
    ['ERROR_OPENAI_ACCOUNT_LIMIT_EXCEEDED', 'quota'],
  ])('%s → %s', (code, layer) => {
    expect(diagnoseCursorError(`{"error":"${code}","details":{}}`)?.layer).toBe(layer);
    expect(diagnoseCursorError(`Request failed: ${code}`)?.layer).toBe(layer);
  });
  test('an unknown ERROR_ code is still Cursor’s, with an unknown layer', () => {
    expect(diagnoseCursorError('{"error":"ERROR_SOMETHING_NEW","details":{}}')).toMatchObject({
      layer: 'unknown',
      code: 'ERROR_SOMETHING_NEW',
    });
  });
  test('an ERROR_ word inside a string value is not mistaken for the error field', () => {
    expect(diagnoseCursorError('{"note":"see ERROR_BAD_MODEL_NAME docs"}')).toMatchObject({
      layer: 'model',
    });
    expect(diagnoseCursorError('{"error":"Unauthorized","message":"Invalid API key"}')).toBeNull();
  });
});

describe('CLI texts', () => {
  test.each([
    ['⚠ Warning: The provided API key is invalid.', 'cursor-user-key', 4],
    ['ConnectError: [unauthenticated] User is unauthorized', 'cursor-account', 1],
    [
      "Error: Authentication required. Please run 'agent login' first, or set CURSOR_API_KEY environment variable.",
      'cursor-account',
      3,
    ],
    ['Workspace Trust Required', 'cursor-cli', 2],
    [
      "Cursor couldn't save your login to the macOS keychain (errSecDuplicateItem, security exit code 45).",
      'cursor-account',
      3,
    ],
    ['Login failed or timed out.', 'cursor-account', 3],
    ['Logged in (unable to fetch user details)', 'network', 2],
    ['zsh: command not found: agent', 'cursor-cli', 2],
  ])('%s', (text, layer, step) => {
    expect(diagnoseCursorError(text)).toMatchObject({layer, step});
  });
  test('the invalid-key text also names the network as possible', () => {
    expect(diagnoseCursorError('The provided API key is invalid')?.alsoPossible).toContain(
      'network',
    );
  });
  test('unrelated text is not a Cursor error', () => {
    expect(diagnoseCursorError('everything is fine')).toBeNull();
  });
});
