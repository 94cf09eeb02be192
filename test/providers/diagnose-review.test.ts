// Provider answers whose first reading told the person the wrong thing (reference providers.md
// P2, P3 and section 3), through the diagnosis the live checks and `classify` share.
import {expect, test} from 'vitest';
import {diagnoseProviderResponse} from '../../source/core/providers/diagnose-response.js';
import {retryableWait} from '../../source/core/steps/quota.js';
import type {ProbeRecord} from '../../source/core/providers/types.js';
import {OPENAI} from '../helpers/mock-providers/bodies.js';

test("a restricted key names its scope without the sentence's full stop", () => {
  const chat = diagnoseProviderResponse({
    provider: 'openai',
    status: 401,
    headers: {},
    body: OPENAI.missingScope,
  });
  expect(chat.action).toContain('the scope model.request:');
  expect(chat.action).not.toContain('model.request.');
});

// Vendor errors page (https://platform.claude.com/docs/en/api/errors, 2026): a 401 whose message
// begins "CORS requests are not allowed for this Organization" means an Origin header was sent.
test('an Anthropic 401 for a CORS request is not a bad key', () => {
  const found = diagnoseProviderResponse({
    provider: 'anthropic',
    status: 401,
    headers: {},
    body: JSON.stringify({
      type: 'error',
      error: {
        type: 'authentication_error',
        message:
          'CORS requests are not allowed for this Organization because of its settings. If you are a developer, please contact your admin.',
      },
      request_id: 'req_011CSynthExampleId000009',
    }),
  });
  expect(found.layer).not.toBe('provider-key');
  expect(found.action).toMatch(/Origin/);
  expect(found.action).not.toMatch(/Create a new key/i);
});

// "Request too large … The input or output tokens must be reduced in order to run successfully"
// (reference providers.md section 3): the same 429 code as a rate limit, but never retryable.
test('an OpenAI 429 "Request too large" is not retried even when retry-after is sent', () => {
  const body = JSON.stringify({
    error: {
      message:
        'Request too large for gpt-4o in organization org-XXXX on tokens per min (TPM): Limit 30000, Requested 30601. The input or output tokens must be reduced in order to run successfully. Visit https://platform.openai.com/account/rate-limits to learn more.',
      type: 'tokens',
      param: null,
      code: 'rate_limit_exceeded',
    },
  });
  const diagnosis = diagnoseProviderResponse({
    provider: 'openai',
    status: 429,
    headers: {'retry-after': '2'},
    body,
  });
  expect(diagnosis.retryAfterSeconds ?? null).toBeNull();
  const failed = {ok: false, httpStatus: 429, diagnosis} as unknown as ProbeRecord['cheap'];
  expect(retryableWait({cheap: failed, completion: null} as unknown as ProbeRecord)).toBeNull();
});
