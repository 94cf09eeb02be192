// Where a new Cursor user API key is made: "Cursor Dashboard → API Keys", cursor.com/dashboard/api
// (Cursor docs, authentication page, 2026; reference cursor-cli.md U5). The older page said
// Integrations > User API Keys; no answer may send the person there.
import {expect, test} from 'vitest';
import {classifyError} from '../../source/core/classify/index.js';

test.each([
  ['The provided API key is invalid.', null],
  ['Invalid Cursor API key. Please check your key.', null],
  ['{"error":{"code":"unauthorized","message":"Invalid API key"}}', 401],
  ['{"error":"Unauthorized","message":"Invalid API key"}', 401],
])('%s leads to the current key page', (text, status) => {
  const result = classifyError({text, status, provider: 'cursor'});
  expect(result.layer).toBe('cursor-user-key');
  expect(result.action).toMatch(/cursor\.com\/dashboard\/api|Cursor Dashboard > API Keys/);
  expect(result.action).not.toMatch(/Integrations/);
});

// The Cursor API's v1 envelope also carries role_forbidden and feature_unavailable (403), third-
// party copy of Cursor's error codes, derived 2026-07-17 (reference cursor-cli.md U5): a gate on
// the account's role or plan, never an outage of the provider.
test.each([['feature_unavailable'], ['role_forbidden']])(
  'Cursor 403 %s is a feature gate, not a provider problem',
  (code) => {
    const text = JSON.stringify({error: {code, message: 'This feature is not available'}});
    const result = classifyError({text, status: 403, provider: 'cursor'});
    expect(result.layer).toBe('feature');
    expect(result.code).toBe(code);
  },
);
