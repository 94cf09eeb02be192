import {describe, expect, test} from 'vitest';
import {diagnoseCursorError, diagnoseCursorOutput} from '../../source/core/cursor/cursor-errors.js';

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
      layer: 'cursor-service',
      code: 'ERROR_OUTDATED_CLIENT',
    });
  });
  test('a payload wrapped as a string inside another error is still parsed', () => {
    const inner = JSON.stringify({error: 'ERROR_PRO_USER_USAGE_LIMIT', details: {title: 't'}});
    expect(diagnoseCursorError(JSON.stringify({error: {message: inner}}))).toMatchObject({
      layer: 'cursor-plan',
      step: 1,
    });
  });
  test.each([
    ['ERROR_FREE_USER_RATE_LIMIT_EXCEEDED', 'cursor-plan'],
    ['ERROR_GENERIC_RATE_LIMIT_EXCEEDED', 'rate-limit'],
    ['ERROR_CONVERSATION_TOO_LONG', 'request'],
    ['ERROR_UNSPECIFIED', 'cursor-service'],
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

describe('2026 editor payload', () => {
  // https://github.com/decolua/9router/issues/872 (2026-05-04): new title, analyticsMetadata, isExpected.
  const INVALID_API_KEY =
    '{"error":"ERROR_BAD_USER_API_KEY","details":{"title":"Invalid API key.","detail":"Unauthorized User Openai API key","isRetryable":false,"additionalInfo":{},"buttons":[],"planChoices":[],"analyticsMetadata":{"actionRequired":"config"}},"isExpected":true}';

  test('the "Invalid API key." payload is the bad-user-key error, decided by its code', () => {
    expect(diagnoseCursorError(INVALID_API_KEY)).toMatchObject({
      layer: 'cursor-account',
      code: 'ERROR_BAD_USER_API_KEY',
      alsoPossible: ['cursor-user-key', 'provider-key'],
    });
  });

  test('the title alone decides nothing: another code with the same title keeps its own meaning', () => {
    const other = INVALID_API_KEY.replace('ERROR_BAD_USER_API_KEY', 'ERROR_BAD_MODEL_NAME');
    expect(diagnoseCursorError(other)).toMatchObject({
      layer: 'model',
      code: 'ERROR_BAD_MODEL_NAME',
    });
    const unknown = INVALID_API_KEY.replace(
      'ERROR_BAD_USER_API_KEY',
      'ERROR_SOMETHING_NEW',
    ).replace('Unauthorized User Openai API key', 'Something else');
    expect(diagnoseCursorError(unknown)).toMatchObject({
      layer: 'unknown',
      code: 'ERROR_SOMETHING_NEW',
    });
  });
});

describe('2026 refusals (reference cursor-cli.md U4)', () => {
  test("the CLI's usage-limit block is Cursor's own plan limit, not the key or provider billing", () => {
    // https://github.com/saaranshM/unsnooze/pull/19 (2026-09-02)
    const text = [
      "Error: You've hit your usage limit",
      'Get Cursor Pro for more Agent usage, unlimited Tab, and more.',
      'fallbackModel:',
      'spendLimitHit: false',
      "chatMessage: *You've hit your free requests limit. … Your usage limits will reset when your monthly cycle ends on 10/2/2026.*",
      'spendLimits: [50,100,200]',
    ].join('\n');
    const found = diagnoseCursorError(text);
    expect(found).toMatchObject({layer: 'cursor-plan', step: 1, provider: 'cursor'});
    expect(found?.action).toMatch(/resets/);
  });

  test('the free-trial machine limit is a plan limit', () => {
    // https://github.com/kingparks/cursor-vip/issues/568 (2025-10-28)
    const text =
      'Too many free trial accounts used on this machine. Please upgrade to pro. We have this limit in place to prevent abuse. Please let us know if you believe this is a mistake. (Request ID: 00000000-0000-4000-8000-000000000000)';
    expect(diagnoseCursorError(text)).toMatchObject({layer: 'cursor-plan', step: 1});
  });

  test('"Cannot use this model" is a model problem and names what the account may use', () => {
    // https://github.com/BloopAI/vibe-kanban/issues/1949 (2026-01-12)
    const text =
      'Cannot use this model: opus-4.1. Available models: auto, composer-1, gpt-5.1-codex-max, gpt-5.1-codex-max-high, gpt-5.2, opus-4.5-thinking, gpt-5.2-high, gemini-3-pro, opus-4.5, sonnet-4.5, sonnet-4.5-thinking, gemini-3-flash, grok';
    const found = diagnoseCursorError(text);
    expect(found).toMatchObject({layer: 'model', step: 8, alsoPossible: ['cursor-plan']});
    expect(found?.action).toContain('`opus-4.1`');
    expect(found?.action).toContain('auto, composer-1, gpt-5.1-codex-max');
    // https://github.com/paperclipai/paperclip/issues/1357 (2026-03-20): no list printed.
    expect(diagnoseCursorError('Cannot use this model: auto')?.action).toContain('`auto`');
  });

  // No captured text exists for these two (reference U9); the wording follows the vendor
  // changelog (https://cursor.com/docs/cli/changelog: June 9 and August 11, 2026 releases).
  test.each([
    ['Headless (non-interactive) CLI use has been disabled by your organization admin.'],
    ['Error: non-interactive mode is not allowed for this team'],
  ])('headless use turned off by an admin (%s) is a plan refusal, not a bad key', (text) => {
    expect(diagnoseCursorError(text)).toMatchObject({layer: 'cursor-plan', step: 1});
  });

  test.each([
    ['Login denied by MDM sign-in policy: your organization only allows example.com accounts.'],
    ['Sign-in policy enforcement: this account is not in the allowed team'],
  ])('an MDM sign-in denial (%s) asks for an allowed account', (text) => {
    expect(diagnoseCursorError(text)).toMatchObject({
      layer: 'cursor-account',
      alsoPossible: ['cursor-plan'],
    });
  });
});

describe("the Cursor API's v1 error envelope", () => {
  // Codes of https://github.com/api-evangelist/anysphere/blob/main/errors/anysphere-error-codes.yml
  // (derived 2026-07-17); the messages are placeholders.
  test.each([
    ['plan_required', 'cursor-plan'],
    ['api_key_not_found', 'cursor-user-key'],
    ['service_account_required', 'feature'],
  ])('a pasted {"error":{"code":"%s"}} is read as %s', (code, layer) => {
    const text = `HTTP 403 ${JSON.stringify({error: {code, message: 'placeholder'}})}`;
    expect(diagnoseCursorError(text)).toMatchObject({layer, code, provider: 'cursor'});
  });

  test('generic codes that providers share stay undecided here', () => {
    const text = JSON.stringify({error: {code: 'rate_limit_exceeded', message: 'placeholder'}});
    expect(diagnoseCursorError(text)).toBeNull();
  });
});

describe("the CLI's plain-language output without a code", () => {
  test("Cursor's own failure is cursor-service at step 10, with the status page", () => {
    const diagnosis = diagnoseCursorOutput('Error: [internal] internal error\n');
    expect(diagnosis).toMatchObject({layer: 'cursor-service', step: 10, provider: 'cursor'});
    expect(diagnosis?.action).toMatch(/status\.cursor\.com/);
  });

  test('a trial limit is cursor-plan at step 1', () => {
    expect(
      diagnoseCursorOutput('Too many free trial accounts used on this machine.'),
    ).toMatchObject({layer: 'cursor-plan', step: 1});
  });

  test('output that says nothing known stays undecided', () => {
    expect(diagnoseCursorOutput('hello')).toBeNull();
  });
});
