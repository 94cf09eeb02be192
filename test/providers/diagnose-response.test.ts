// Every row of the providers' cheat sheet maps to the right layer and step of the fix order.
import {describe, expect, test} from 'vitest';
import {STEP_OF_LAYER} from '../../source/core/diagnosis.js';
import {diagnoseNetworkFailure} from '../../source/core/network-diagnosis.js';
import {diagnoseProviderResponse} from '../../source/core/providers/diagnose-response.js';
import type {Layer, Provider} from '../../source/core/vocabulary.js';
import {
  ANTHROPIC,
  AZURE,
  BEDROCK,
  GEMINI,
  OPENAI,
  OPENROUTER,
  bedrockError,
} from '../helpers/mock-providers/bodies.js';

interface Row {
  name: string;
  provider: Provider;
  status: number;
  body: string;
  headers?: Record<string, string>;
  layer: Layer;
  code?: string;
  retryAfter?: number | null;
}

const bedrock = (reply: ReturnType<typeof BEDROCK.unrecognized>) => ({
  status: reply.status,
  body: reply.body,
  headers: reply.headers,
});

const ROWS: Row[] = [
  // OpenAI
  {
    name: 'bad key',
    provider: 'openai',
    status: 401,
    body: OPENAI.invalid('sk-proj-****AbCd'),
    layer: 'provider-key',
    code: 'invalid_api_key',
  },
  {
    // The echo of a whole 51-character sk- key (8 shown, 39 stars, 4 shown): read as the
    // classifier reads the same body, the base URL first (a relay's key sent to OpenAI).
    name: 'a complete key of the old sk- shape refused',
    provider: 'openai',
    status: 401,
    body: OPENAI.invalid(`sk-Gh7Qm${'*'.repeat(39)}Tz9K`),
    layer: 'base-url',
    code: 'invalid_api_key',
  },
  {
    name: 'missing key',
    provider: 'openai',
    status: 401,
    body: OPENAI.missing,
    layer: 'provider-key',
  },
  {
    name: 'missing scope',
    provider: 'openai',
    status: 401,
    body: OPENAI.missingScope,
    // Restricted keys answer with `code: null` (providers.md P2): decided on the text.
    layer: 'provider-permission',
  },
  {
    name: 'mismatched org',
    provider: 'openai',
    status: 401,
    body: OPENAI.mismatchedOrg,
    layer: 'provider-permission',
    code: 'mismatched_organization',
  },
  {
    name: '403 region',
    provider: 'openai',
    status: 403,
    body: OPENAI.region,
    layer: 'provider-permission',
  },
  {
    name: 'model not found',
    provider: 'openai',
    status: 404,
    body: OPENAI.modelNotFound('gpt-4o'),
    layer: 'model',
    code: 'model_not_found',
  },
  {
    name: 'rate limit',
    provider: 'openai',
    status: 429,
    body: OPENAI.rateLimit,
    headers: {'retry-after': '2'},
    layer: 'rate-limit',
    code: 'rate_limit_exceeded',
    retryAfter: 2,
  },
  {
    name: 'rate limit, delay only in text',
    provider: 'openai',
    status: 429,
    body: OPENAI.rateLimit,
    layer: 'rate-limit',
    retryAfter: 1,
  },
  {
    name: 'rate limit, retry-after-ms wins',
    provider: 'openai',
    status: 429,
    body: OPENAI.rateLimit,
    headers: {'retry-after-ms': '1500', 'retry-after': '9'},
    layer: 'rate-limit',
    retryAfter: 2,
  },
  {
    name: 'request too large',
    provider: 'openai',
    status: 429,
    body: OPENAI.requestTooLarge,
    layer: 'rate-limit',
  },
  {
    name: 'insufficient quota',
    provider: 'openai',
    status: 429,
    body: OPENAI.insufficientQuota,
    layer: 'quota',
    code: 'insufficient_quota',
  },
  {
    name: 'insufficient quota (2023, code null)',
    provider: 'openai',
    status: 429,
    body: OPENAI.insufficientQuota2023,
    layer: 'quota',
    code: 'insufficient_quota',
  },
  {name: '503', provider: 'openai', status: 503, body: OPENAI.overloaded, layer: 'provider-outage'},
  {
    name: '500',
    provider: 'openai',
    status: 500,
    body: '{"error":{"message":"The server had an error while processing your request"}}',
    layer: 'provider-outage',
  },
  // Anthropic
  {
    name: 'bad key',
    provider: 'anthropic',
    status: 401,
    body: ANTHROPIC.invalid,
    layer: 'provider-key',
    code: 'authentication_error',
  },
  {
    name: 'missing key',
    provider: 'anthropic',
    status: 401,
    body: ANTHROPIC.missing,
    layer: 'provider-key',
  },
  {
    name: 'OAuth token',
    provider: 'anthropic',
    status: 401,
    body: ANTHROPIC.oauthNotSupported,
    layer: 'provider-key',
  },
  {
    name: 'permission',
    provider: 'anthropic',
    status: 403,
    body: ANTHROPIC.permission,
    layer: 'provider-permission',
  },
  {
    name: 'org disabled',
    provider: 'anthropic',
    status: 400,
    body: ANTHROPIC.orgDisabled,
    layer: 'provider-permission',
  },
  {
    name: 'model not found',
    provider: 'anthropic',
    status: 404,
    body: ANTHROPIC.modelNotFound('claude-3-5-sonnet-20241022'),
    layer: 'model',
  },
  {
    name: 'rate limit',
    provider: 'anthropic',
    status: 429,
    body: ANTHROPIC.rateLimit,
    headers: {'retry-after': '17'},
    layer: 'rate-limit',
    retryAfter: 17,
  },
  {
    name: 'credit too low (400)',
    provider: 'anthropic',
    status: 400,
    body: ANTHROPIC.credit,
    layer: 'quota',
  },
  {
    name: 'spend limit 429',
    provider: 'anthropic',
    status: 429,
    body: ANTHROPIC.spendLimit,
    layer: 'quota',
    code: 'enforced_spend_limit_reached',
  },
  {
    name: '529 overloaded with request_id',
    provider: 'anthropic',
    status: 529,
    body: ANTHROPIC.overloaded(true),
    layer: 'provider-outage',
  },
  {
    name: '529 overloaded without request_id, with retry-after',
    provider: 'anthropic',
    status: 529,
    body: ANTHROPIC.overloaded(false),
    headers: {'retry-after': '30'},
    layer: 'provider-outage',
    retryAfter: 30,
  },
  {
    name: '500',
    provider: 'anthropic',
    status: 500,
    body: '{"type":"error","error":{"type":"api_error","message":"Internal server error"}}',
    layer: 'provider-outage',
  },
  // Gemini
  {
    name: 'bad key is 400',
    provider: 'google',
    status: 400,
    body: GEMINI.invalid(),
    layer: 'provider-key',
    code: 'API_KEY_INVALID',
  },
  {
    name: 'expired key',
    provider: 'google',
    status: 400,
    body: GEMINI.invalid(true),
    layer: 'provider-key',
  },
  {
    name: 'missing key is 403',
    provider: 'google',
    status: 403,
    body: GEMINI.missing,
    layer: 'provider-key',
  },
  {name: 'leaked key', provider: 'google', status: 403, body: GEMINI.leaked, layer: 'provider-key'},
  {
    name: 'service disabled',
    provider: 'google',
    status: 403,
    body: GEMINI.serviceDisabled,
    layer: 'provider-permission',
    code: 'SERVICE_DISABLED',
  },
  {
    name: 'region',
    provider: 'google',
    status: 400,
    body: GEMINI.region,
    layer: 'provider-permission',
  },
  {
    name: 'model not found',
    provider: 'google',
    status: 404,
    body: GEMINI.modelNotFound('gemini-1.0-pro'),
    layer: 'model',
  },
  {
    name: 'per-minute exhausted',
    provider: 'google',
    status: 429,
    body: GEMINI.exhausted('GenerateRequestsPerMinutePerProjectPerModel-FreeTier', '5'),
    layer: 'rate-limit',
    retryAfter: 39,
  },
  {
    name: 'per-day quota',
    provider: 'google',
    status: 429,
    body: GEMINI.exhausted('GenerateRequestsPerDayPerProjectPerModel-FreeTier', '50'),
    layer: 'quota',
  },
  {
    name: 'limit: 0 (no free tier)',
    provider: 'google',
    status: 429,
    body: GEMINI.exhausted('GenerateRequestsPerMinutePerProjectPerModel-FreeTier', '0'),
    layer: 'quota',
  },
  {
    name: 'short exhausted form',
    provider: 'google',
    status: 429,
    body: '{"error":{"code":429,"message":"Resource has been exhausted (e.g. check quota).","status":"RESOURCE_EXHAUSTED"}}',
    layer: 'rate-limit',
  },
  {
    name: '503',
    provider: 'google',
    status: 503,
    body: GEMINI.unavailable,
    layer: 'provider-outage',
  },
  // OpenRouter
  {
    name: 'bad key',
    provider: 'openrouter',
    status: 401,
    body: OPENROUTER.invalid,
    layer: 'provider-key',
  },
  {
    name: 'missing key',
    provider: 'openrouter',
    status: 401,
    body: OPENROUTER.missing,
    layer: 'provider-key',
  },
  {
    // A content filter that fired is the request layer (contract, Additions 2026-12).
    name: 'moderation 403',
    provider: 'openrouter',
    status: 403,
    body: OPENROUTER.moderation,
    layer: 'request',
  },
  {
    name: 'invalid model 400',
    provider: 'openrouter',
    status: 400,
    body: OPENROUTER.modelMissing,
    layer: 'model',
  },
  {
    name: '402 credits',
    provider: 'openrouter',
    status: 402,
    body: OPENROUTER.credits,
    layer: 'quota',
  },
  {
    name: '429 per-minute, reset in ms',
    provider: 'openrouter',
    status: 429,
    body: OPENROUTER.rateLimit(Date.parse('2026-01-01T00:00:20Z'), false),
    headers: {date: 'Thu, 01 Jan 2026 00:00:00 GMT'},
    layer: 'rate-limit',
    retryAfter: 20,
  },
  {
    name: '429 free models per day',
    provider: 'openrouter',
    status: 429,
    body: OPENROUTER.rateLimit(Date.parse('2026-01-02T00:00:00Z'), true),
    headers: {date: 'Thu, 01 Jan 2026 00:00:00 GMT'},
    layer: 'quota',
  },
  {
    name: '502 upstream',
    provider: 'openrouter',
    status: 502,
    body: OPENROUTER.upstream,
    layer: 'provider-outage',
  },
  {
    name: '200 with an error body',
    provider: 'openrouter',
    status: 200,
    body: OPENROUTER.error200,
    layer: 'provider-outage',
  },
  // Azure
  {
    name: 'bad key',
    provider: 'azure',
    status: 401,
    body: AZURE.invalid,
    layer: 'provider-key',
    code: '401',
  },
  {
    // Cursor's servers cannot use a private endpoint: where the call comes from is the endpoint's.
    name: 'private endpoint',
    provider: 'azure',
    status: 403,
    body: AZURE.privateEndpoint,
    layer: 'base-url',
  },
  {
    name: 'deployment not found',
    provider: 'azure',
    status: 404,
    body: AZURE.deploymentNotFound,
    layer: 'model',
    code: 'DeploymentNotFound',
  },
  {
    name: 'resource not found',
    provider: 'azure',
    status: 404,
    body: AZURE.resourceNotFound,
    layer: 'base-url',
  },
  {
    name: '429 retry after 20 s',
    provider: 'azure',
    status: 429,
    body: AZURE.tooMany(20),
    layer: 'rate-limit',
    retryAfter: 20,
  },
  {
    name: '429 retry after 86400 s is a daily quota',
    provider: 'azure',
    status: 429,
    body: AZURE.tooMany(86400),
    layer: 'quota',
    retryAfter: 86400,
  },
  {name: '500', provider: 'azure', status: 500, body: AZURE.serverError, layer: 'provider-outage'},
  // Bedrock
  {
    name: 'unknown key id',
    provider: 'bedrock',
    ...bedrock(BEDROCK.unrecognized()),
    layer: 'provider-key',
    code: 'UnrecognizedClientException',
  },
  {
    name: 'wrong secret',
    provider: 'bedrock',
    ...bedrock(BEDROCK.badSignature()),
    layer: 'provider-key',
    code: 'InvalidSignatureException',
  },
  {
    name: 'bad Bedrock API key',
    provider: 'bedrock',
    ...bedrock(BEDROCK.badApiKey()),
    layer: 'provider-key',
  },
  {
    name: 'IAM deny',
    provider: 'bedrock',
    ...bedrock(BEDROCK.iamDeny()),
    layer: 'provider-permission',
    code: 'AccessDeniedException',
  },
  {
    // Access to a model is granted to an identity: IAM or Marketplace first, then the model.
    name: 'no model access',
    provider: 'bedrock',
    ...bedrock(BEDROCK.noModelAccess()),
    layer: 'provider-permission',
  },
  {
    name: 'needs inference profile',
    provider: 'bedrock',
    ...bedrock(BEDROCK.inferenceProfile()),
    layer: 'model',
  },
  {
    name: 'bad model id',
    provider: 'bedrock',
    ...bedrock(BEDROCK.badModel()),
    layer: 'model',
    code: 'ValidationException',
  },
  {
    name: 'throttled',
    provider: 'bedrock',
    ...bedrock(BEDROCK.throttled()),
    layer: 'rate-limit',
    code: 'ThrottlingException',
  },
  {name: 'tokens per day', provider: 'bedrock', ...bedrock(BEDROCK.perDay()), layer: 'quota'},
  {name: 'service quota', provider: 'bedrock', ...bedrock(BEDROCK.serviceQuota()), layer: 'quota'},
  {
    name: 'unavailable',
    provider: 'bedrock',
    ...bedrock(BEDROCK.unavailable()),
    layer: 'provider-outage',
  },
  {
    name: 'code only in the body (__type)',
    provider: 'bedrock',
    status: 403,
    body: '{"__type":"com.amazon.coral.service#ExpiredTokenException","message":"The security token included in the request is expired"}',
    layer: 'provider-key',
    code: 'ExpiredTokenException',
  },
];

describe('cheat sheet', () => {
  test.each(ROWS.map((row) => [`${row.provider}: ${row.name}`, row] as const))(
    '%s',
    (_name, row) => {
      const diagnosis = diagnoseProviderResponse({
        provider: row.provider,
        status: row.status,
        headers: {'content-type': 'application/json', ...row.headers},
        body: row.body,
      });
      expect(diagnosis.layer).toBe(row.layer);
      expect(diagnosis.step).toBe(STEP_OF_LAYER[row.layer]);
      expect(diagnosis.provider).toBe(row.provider);
      if (row.code) expect(diagnosis.code).toBe(row.code);
      if (row.retryAfter !== undefined) expect(diagnosis.retryAfterSeconds).toBe(row.retryAfter);
      expect(diagnosis.action.length).toBeGreaterThan(10);
      expect(diagnosis.action).not.toMatch(/\n/);
      if (row.layer === 'rate-limit' || row.layer === 'quota') {
        expect(diagnosis.action).toMatch(/Do not rotate the key/);
      }
    },
  );

  test('steps: key and permission at 7, model at 8, quota family at 9', () => {
    const step = (layer: Layer) => STEP_OF_LAYER[layer];
    expect([step('provider-key'), step('provider-permission'), step('network')]).toEqual([7, 7, 7]);
    expect([step('model'), step('base-url')]).toEqual([8, 8]);
    expect([step('rate-limit'), step('quota'), step('provider-outage')]).toEqual([9, 9, 9]);
  });

  test('a garbage body never throws and ends unknown', () => {
    for (const body of ['', 'not json', '{"error":null}', '[]']) {
      const diagnosis = diagnoseProviderResponse({
        provider: 'openai',
        status: 418,
        headers: {},
        body,
      });
      expect(diagnosis.layer).toBe('unknown');
    }
  });

  // AWS's meaning of the code: the input fails Bedrock's constraints (t-bedrock-4, t-bedrock-10).
  test("Bedrock's ValidationException naming no model is this request, quoted once and cleanly", () => {
    const reply = bedrockError(
      400,
      'ValidationException',
      'A conversation must alternate between user and assistant roles.',
    );
    const diagnosis = diagnoseProviderResponse({
      provider: 'bedrock',
      status: reply.status,
      headers: reply.headers ?? {},
      body: reply.body,
    });
    expect(diagnosis.layer).toBe('request');
    expect(diagnosis.action).toContain('assistant roles. Start a new chat');
    expect(diagnosis.action).not.toContain('..');
  });

  test('an HTML page where an API should answer points at the base URL', () => {
    const diagnosis = diagnoseProviderResponse({
      provider: 'openai',
      status: 418,
      headers: {},
      body: '<html>502 Bad Gateway</html>',
    });
    expect(diagnosis.layer).toBe('base-url');
  });
});

describe('network failures', () => {
  const target = {provider: 'openai' as const, url: 'https://api.openai.com/v1/models'};
  test.each([
    ['dns', 'ENOTFOUND', /does not resolve/],
    ['refused', 'ECONNREFUSED', /Nothing accepts connections/],
    ['reset', 'ECONNRESET', /cut/],
    ['reset', 'UND_ERR_SOCKET', /cut/],
    ['timeout', 'UND_ERR_CONNECT_TIMEOUT', /did not answer in time/],
    ['tls', 'SELF_SIGNED_CERT_IN_CHAIN', /NODE_EXTRA_CA_CERTS.*--insecure.*development only/],
    ['tls', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', /intercepting HTTPS/],
    ['tls', 'CERT_HAS_EXPIRED', /clock/],
    // For the provider's own public host, something else answered in its place.
    ['tls', 'ERR_TLS_CERT_ALTNAME_INVALID', /answered in its place/],
    ['proxy', 'UND_ERR_ABORTED', /proxy/i],
  ] as const)('%s %s', (kind, code, pattern) => {
    const diagnosis = diagnoseNetworkFailure(
      {kind, code, message: `${code} Proxy response (407)`},
      target,
    );
    expect(diagnosis.layer).toBe('network');
    expect(diagnosis.step).toBe(7);
    expect(diagnosis.code).toBe(code);
    expect(diagnosis.action).toMatch(pattern);
  });

  test('a certificate for another name at a private address: the base URL names the wrong host', () => {
    const diagnosis = diagnoseNetworkFailure(
      {
        kind: 'tls',
        code: 'ERR_TLS_CERT_ALTNAME_INVALID',
        message: "Hostname/IP does not match certificate's altnames",
      },
      {provider: 'openai', url: 'https://192.168.1.20:8443/v1/models'},
    );
    expect(diagnosis.action).toMatch(/wrong host/);
    expect(diagnosis.alsoPossible).toContain('base-url');
  });

  test('a cancelled request is not a network problem', () => {
    expect(
      diagnoseNetworkFailure({kind: 'cancelled', code: null, message: 'cancelled'}, target).layer,
    ).toBe('unknown');
  });
});
