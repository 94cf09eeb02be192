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
