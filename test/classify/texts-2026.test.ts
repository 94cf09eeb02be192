// Plain texts of 2026 (reference providers.md P2 and P5) pasted without their JSON or status: the
// answer must say what the source says, and claim no code the text does not carry.
import {expect, test} from 'vitest';
import {classifyError} from '../../source/core/classify/index.js';

// "Invalid API Key format: Must start with pre-defined prefix" for a correctly minted key whose
// identity lacks bedrock:CallWithBearerToken (guidance-for-claude-code-with-amazon-bedrock#784).
test('Bedrock "Invalid API Key format" names both readings: a malformed key or a missing permission', () => {
  const result = classifyError({
    text: 'Invalid API Key format: Must start with pre-defined prefix',
  });
  expect(result.layer).toBe('provider-key');
  expect(result.alsoPossible).toContain('provider-permission');
  expect(result.action).toContain('bedrock:CallWithBearerToken');
});

// "not authorized to perform: bedrock:CallWithBearerToken" (guidance-for-claude-code-with-amazon-
// bedrock PR #315): the permission to grant is that one, not bedrock:InvokeModel.
test('a denied bedrock:CallWithBearerToken names that permission', () => {
  const result = classifyError({
    text: 'AccessDeniedException: User: arn:aws:iam::123456789012:user/dev is not authorized to perform: bedrock:CallWithBearerToken',
    status: 403,
  });
  expect(result.layer).toBe('provider-permission');
  expect(result.action).toContain('bedrock:CallWithBearerToken');
  expect(result.action).not.toContain('InvokeModel');
});

// Real restricted-key bodies carry "code": null; `missing_scope` was an inference, now known wrong.
test("a restricted OpenAI key's text claims no missing_scope code", () => {
  const result = classifyError({
    text: 'You have insufficient permissions for this operation. Missing scopes: api.responses.write.',
    status: 401,
  });
  expect(result.layer).toBe('provider-permission');
  expect(result.code).not.toBe('missing_scope');
});

// Gemini's 2026 answers pasted as text (providers.md P1): the rejected key type, whose OAuth
// wording misleads; a key sent twice; a key restricted to other APIs.
test('ACCESS_TOKEN_TYPE_UNSUPPORTED is the key, with both readings (AIza retired, AQ. unbound)', () => {
  for (const text of [
    'ACCESS_TOKEN_TYPE_UNSUPPORTED',
    'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.',
  ]) {
    const result = classifyError({text});
    expect(result.layer).toBe('provider-key');
    expect(result.provider).toBe('google');
    expect(result.action).toMatch(/AIza[\s\S]*AQ\./);
    expect(result.action).not.toMatch(/Rotating the key will not help/);
  }
});

test('Gemini "Multiple authentication credentials received" is the request, not the key', () => {
  const result = classifyError({
    text: 'Multiple authentication credentials received. Please pass only one.',
    status: 400,
  });
  expect(result.layer).toBe('request');
  expect(result.provider).toBe('google');
});

test("Gemini API_KEY_SERVICE_BLOCKED is the key's API restrictions", () => {
  const result = classifyError({
    text: 'Requests to this API generativelanguage.googleapis.com method google.ai.generativelanguage.v1beta.GenerativeService.StreamGenerateContent are blocked.',
    status: 403,
  });
  expect(result.layer).toBe('provider-permission');
  expect(result.provider).toBe('google');
});

// 401 account_deactivated (providers.md P2): not a bad key, and a new key will not help.
test('a deactivated OpenAI account, pasted as text, is a permission problem of the account', () => {
  const result = classifyError({
    text: 'The OpenAI account associated with this API key has been deactivated. If you are the developer for this OpenAI app, please check your email for more information.',
  });
  expect(result.layer).toBe('provider-permission');
  expect(result.provider).toBe('openai');
  expect(result.code).toBe('account_deactivated');
});
