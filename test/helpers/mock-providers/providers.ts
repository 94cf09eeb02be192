// Loopback mocks of OpenAI, Anthropic, Gemini, OpenRouter, Azure OpenAI and Bedrock. Each
// answers with the providers' real bodies and headers for a scenario a test picks, checks the
// credentials the way the provider does, and records every request.
import {signV4} from '../../../source/core/providers/sigv4.js';
import type {Provider} from '../../../source/core/vocabulary.js';
import {
  ANTHROPIC,
  anthropicHeaders,
  AZURE,
  azureHeaders,
  BEDROCK,
  GEMINI,
  OPENAI,
  openaiHeaders,
  OPENROUTER,
} from './bodies.js';
import {synthetic} from './keys.js';
import {
  startLoopbackServer,
  type LoopbackServer,
  type RecordedRequest,
  type Reply,
} from './server.js';

export type MockProviderName = Exclude<Provider, 'cursor'>;

export type Scenario =
  | 'valid'
  | 'invalid'
  | 'missing'
  | 'no-permission'
  | 'model-missing'
  | 'rate-limited'
  | 'out-of-quota'
  | 'overloaded'
  | 'error-200'
  | 'prompt-too-long'
  /** Azure: 400 content_filter, the prompt tripped the content management policy. */
  | 'content-filtered'
  | 'hang'
  | 'reset'
  | Scenario2026;

/** Answers first seen in 2026 (providers.md P1–P5), on the providers that send them. */
export type Scenario2026 =
  /** Google: a standard AIza key is refused with 401 ACCESS_TOKEN_TYPE_UNSUPPORTED. */
  | 'key-retired'
  /** Google: 403 API_KEY_SERVICE_BLOCKED, a key restricted to other APIs. */
  | 'service-blocked'
  /** OpenAI: the key lists models but lacks model.request for completions (401, code null). */
  | 'restricted-key'
  /** OpenAI: 403 model_not_found, the project may not use the model. */
  | 'project-model'
  /** OpenAI: 401 account_deactivated. */
  | 'deactivated'
  /** Anthropic: 402 billing_error on the completion. */
  | 'billing'
  /** Anthropic: 400 for a spend limit the organisation set. */
  | 'spend-limit'
  /** Anthropic: 429 enforced_spend_limit_reached, with no retry-after. */
  | 'tier-cap'
  /** Bedrock (bearer): 403 "Invalid API Key format" for a well-formed key lacking permission. */
  | 'key-format';

export interface MockOptions {
  scenario?: Scenario;
  /** The key the mock accepts; a fresh synthetic key by default. */
  key?: string;
  /** Bedrock: sign with access keys (default) or accept a Bedrock API key as Bearer. */
  bedrockAuth?: 'sigv4' | 'bearer';
  models?: readonly string[];
  retryAfterSeconds?: number;
  tls?: {key: string; cert: string};
  /** Milliseconds every reply waits, as a distant host would. */
  latencyMs?: number;
}

export interface MockProvider extends LoopbackServer {
  provider: MockProviderName;
  scenario: Scenario;
  /** The accepted key (for Bedrock SigV4: the access key id). */
  key: string;
  awsSecret: string;
  /** Variables that point the tool at this mock and hold the key. */
  env: Record<string, string>;
  /** Requests whose path contains `fragment` (all when omitted). */
  count(fragment?: string): number;
}

const DEFAULT_MODELS: Record<MockProviderName, readonly string[]> = {
  openai: ['gpt-4o-mini', 'gpt-4o', 'gpt-4.1', 'o3-mini', 'text-embedding-3-small'],
  anthropic: [
    'claude-haiku-4-5-20251001',
    'claude-sonnet-4-5-20250929',
    'claude-opus-4-1-20250805',
  ],
  google: ['gemini-2.5-flash', 'gemini-2.5-pro', 'gemini-2.0-flash', 'text-embedding-004'],
  openrouter: [],
  azure: [],
  bedrock: [
    'amazon.nova-micro-v1:0',
    'anthropic.claude-3-5-haiku-20241022-v1:0',
    'anthropic.claude-sonnet-4-5-20250929-v1:0',
  ],
};

function header(request: RecordedRequest, name: string): string {
  const value = request.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

function bearer(request: RecordedRequest): string {
  return header(request, 'authorization')
    .replace(/^Bearer\s*/i, '')
    .trim();
}

/** How OpenAI echoes a wrong key: its first characters, stars, and the last four. */
function maskedEcho(key: string): string {
  const prefix = /^sk-[a-z]+-/.exec(key)?.[0] ?? key.slice(0, 3);
  return `${prefix}${'*'.repeat(40)}${key.slice(-4)}`;
}

const isCompletion = (url: string) =>
  /\/chat\/completions|\/v1\/messages|:generateContent|\/converse/.test(url);

type Respond = (status: number, body: string, extra?: Record<string, string>) => Reply;

/** Replies that carry the provider's usual headers, plus any a scenario adds. */
function replies(headers?: Record<string, string>): Respond {
  return (status, body, extra = {}) => ({status, headers: {...headers, ...extra}, body});
}

/** The completion's reply for the mock's scenario; a scenario not listed completes normally. */
function byScenario(
  mock: MockProvider,
  table: Partial<Record<Scenario, () => Reply>>,
  completed: () => Reply,
): Reply {
  return (table[mock.scenario] ?? completed)();
}

type Auth = 'ok' | 'missing' | 'invalid';

function openaiLike(
  mock: MockProvider,
  request: RecordedRequest,
  auth: Auth,
  models: readonly string[],
): Reply {
  const r = replies(openaiHeaders());
  if (auth === 'missing' || mock.scenario === 'missing') return r(401, OPENAI.missing);
  if (auth === 'invalid' || mock.scenario === 'invalid')
    return r(401, OPENAI.invalid(maskedEcho(bearer(request))));
  if (mock.scenario === 'no-permission') return r(401, OPENAI.missingScope);
  if (mock.scenario === 'deactivated') return r(401, OPENAI.accountDeactivated);
  if (!isCompletion(request.url)) return r(200, OPENAI.models(models));
  const model = (JSON.parse(request.body || '{}') as {model?: string}).model ?? '';
  return byScenario(
    mock,
    {
      'model-missing': () => r(404, OPENAI.modelNotFound(model)),
      'rate-limited': () =>
        r(429, OPENAI.rateLimit, {
          'retry-after': String(retryAfter(mock)),
          'x-ratelimit-remaining-tokens': '0',
        }),
      'out-of-quota': () => r(429, OPENAI.insufficientQuota),
      'prompt-too-long': () => r(400, OPENAI.contextTooLong),
      overloaded: () => r(503, OPENAI.overloaded),
      'restricted-key': () => r(401, OPENAI.missingScope),
      'project-model': () => r(403, OPENAI.projectModelAccess(model)),
    },
    () => r(200, OPENAI.completion(model)),
  );
}

const retryAfterOf = new WeakMap<MockProvider, number>();
const retryAfter = (mock: MockProvider) => retryAfterOf.get(mock) ?? 1;

function anthropic(mock: MockProvider, request: RecordedRequest, models: readonly string[]): Reply {
  const r = replies(anthropicHeaders());
  const key = header(request, 'x-api-key');
  if (!key || mock.scenario === 'missing') return r(401, ANTHROPIC.missing);
  if (key !== mock.key || mock.scenario === 'invalid') return r(401, ANTHROPIC.invalid);
  if (header(request, 'anthropic-version') !== '2023-06-01') {
    return r(
      400,
      JSON.stringify({
        type: 'error',
        error: {type: 'invalid_request_error', message: 'anthropic-version: header is required'},
      }),
    );
  }
  if (mock.scenario === 'no-permission') return r(403, ANTHROPIC.permission);
  if (!isCompletion(request.url)) return r(200, ANTHROPIC.models(models));
  const model = (JSON.parse(request.body || '{}') as {model?: string}).model ?? '';
  return byScenario(
    mock,
    {
      'model-missing': () => r(404, ANTHROPIC.modelNotFound(model)),
      'rate-limited': () =>
        r(429, ANTHROPIC.rateLimit, {
          'retry-after': String(retryAfter(mock)),
          'anthropic-ratelimit-requests-remaining': '0',
        }),
      'out-of-quota': () => r(400, ANTHROPIC.credit),
      'prompt-too-long': () => r(400, ANTHROPIC.promptTooLong),
      overloaded: () => r(529, ANTHROPIC.overloaded(false)),
      billing: () => r(402, ANTHROPIC.billing),
      'spend-limit': () => r(400, ANTHROPIC.workspaceSpendLimit),
      // The monthly cap: the rate-limit headers stay, but no retry-after.
      'tier-cap': () => r(429, ANTHROPIC.spendLimit),
    },
    () => r(200, ANTHROPIC.message(model)),
  );
}

function gemini(mock: MockProvider, request: RecordedRequest, models: readonly string[]): Reply {
  // Gemini sends no request-id header.
  const r = replies();
  const key = header(request, 'x-goog-api-key');
  // One credential per request: a Bearer token beside the key is refused.
  if (key && header(request, 'authorization')) return r(400, GEMINI.multipleCredentials);
  if (!key || mock.scenario === 'missing') return r(403, GEMINI.missing);
  if (key !== mock.key || mock.scenario === 'invalid') return r(400, GEMINI.invalid());
  if (mock.scenario === 'key-retired' && key.startsWith('AIza'))
    return r(401, GEMINI.accessTokenTypeUnsupported);
  if (mock.scenario === 'no-permission') return r(403, GEMINI.serviceDisabled);
  if (mock.scenario === 'service-blocked') return r(403, GEMINI.serviceBlocked);
  if (!isCompletion(request.url)) return r(200, GEMINI.models(models));
  const model = /models\/([^:]+):/.exec(request.url)?.[1] ?? '';
  return byScenario(
    mock,
    {
      'model-missing': () => r(404, GEMINI.modelNotFound(decodeURIComponent(model))),
      'rate-limited': () =>
        r(429, GEMINI.exhausted('GenerateRequestsPerMinutePerProjectPerModel-FreeTier', '5')),
      'out-of-quota': () =>
        r(429, GEMINI.exhausted('GenerateRequestsPerDayPerProjectPerModel-FreeTier', '50')),
      overloaded: () => r(503, GEMINI.unavailable),
    },
    () => r(200, GEMINI.generated),
  );
}

function openrouter(mock: MockProvider, request: RecordedRequest): Reply {
  const r = replies();
  if (/\/models\/.+\/endpoints$/.test(request.url)) {
    return /typo|nonexistent/.test(request.url)
      ? r(404, JSON.stringify({error: {message: 'Model not found', code: 404}}))
      : r(200, JSON.stringify({data: {id: 'x', endpoints: [{provider_name: 'OpenAI'}]}}));
  }
  const key = bearer(request);
  if (!key || mock.scenario === 'missing') return r(401, OPENROUTER.missing);
  if (key !== mock.key || mock.scenario === 'invalid') return r(401, OPENROUTER.invalid);
  if (request.url.endsWith('/key'))
    return r(200, OPENROUTER.keyInfo(mock.scenario === 'out-of-quota' ? 0 : 74.5));
  return byScenario(
    mock,
    {
      'no-permission': () => r(403, OPENROUTER.guardrail),
      'model-missing': () => r(400, OPENROUTER.modelMissing),
      'rate-limited': () =>
        r(429, OPENROUTER.rateLimit(Date.now() + retryAfter(mock) * 1000, false), {
          'retry-after': String(retryAfter(mock)),
        }),
      'out-of-quota': () => r(402, OPENROUTER.credits),
      overloaded: () => r(502, OPENROUTER.upstream),
      'error-200': () => r(200, OPENROUTER.error200),
    },
    () => r(200, OPENAI.completion('openai/gpt-4o-mini')),
  );
}

function azure(mock: MockProvider, request: RecordedRequest): Reply {
  const r = replies(azureHeaders());
  const key = header(request, 'api-key');
  if (!key || key !== mock.key || mock.scenario === 'invalid' || mock.scenario === 'missing')
    return r(401, AZURE.invalid);
  if (!/[?&]api-version=/.test(request.url)) return r(404, AZURE.resourceNotFound);
  if (mock.scenario === 'no-permission') return r(401, AZURE.permissionDenied);
  if (!isCompletion(request.url)) return r(200, AZURE.models);
  return byScenario(
    mock,
    {
      'model-missing': () => r(404, AZURE.deploymentNotFound),
      'rate-limited': () =>
        r(429, AZURE.tooMany(retryAfter(mock)), {'retry-after': String(retryAfter(mock))}),
      'out-of-quota': () => r(429, AZURE.tooMany(86400), {'retry-after': '86400'}),
      overloaded: () => r(500, AZURE.serverError),
      'content-filtered': () => r(400, AZURE.contentFilter),
    },
    () => r(200, AZURE.completion),
  );
}

function parseAmzDate(value: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  return m ? new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`) : new Date(Number.NaN);
}

/** Recomputes the SigV4 signature with the secret the mock knows, as AWS does. */
function checkSigV4(mock: MockProvider, request: RecordedRequest): Reply | null {
  const auth = header(request, 'authorization');
  const parsed =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(
      auth,
    );
  if (!parsed) return BEDROCK.missingAuth();
  const [, accessKeyId, , region, service, signedHeaders] = parsed;
  if (accessKeyId !== mock.key) return BEDROCK.unrecognized();
  const signed: Record<string, string> = {};
  for (const name of signedHeaders!.split(';')) {
    if (!['host', 'x-amz-date', 'x-amz-security-token'].includes(name))
      signed[name] = header(request, name);
  }
  const expected = signV4({
    method: request.method,
    url: `${mock.origin}${request.url}`,
    headers: signed,
    body: request.body,
    region: region!,
    service: service!,
    credentials: {
      accessKeyId: accessKeyId!,
      secretAccessKey: mock.awsSecret,
      sessionToken: header(request, 'x-amz-security-token') || null,
    },
    now: parseAmzDate(header(request, 'x-amz-date')),
  });
  return expected.authorization === auth ? null : BEDROCK.badSignature();
}

function bedrock(
  mock: MockProvider,
  request: RecordedRequest,
  models: readonly string[],
  mode: 'sigv4' | 'bearer',
): Reply {
  if (mock.scenario === 'missing') return BEDROCK.missingAuth();
  if (mode === 'bearer') {
    if (bearer(request) !== mock.key || mock.scenario === 'invalid') return BEDROCK.badApiKey();
    if (mock.scenario === 'key-format') return BEDROCK.keyFormat();
  } else {
    if (mock.scenario === 'invalid') return BEDROCK.unrecognized();
    const problem = checkSigV4(mock, request);
    if (problem) return problem;
  }
  if (mock.scenario === 'no-permission') return BEDROCK.iamDeny();
  const ok = (body: string): Reply => ({
    status: 200,
    headers: {'x-amzn-requestid': crypto.randomUUID()},
    body,
  });
  if (!isCompletion(request.url)) return ok(BEDROCK.models(models));
  return byScenario(
    mock,
    {
      'model-missing': BEDROCK.badModel,
      'rate-limited': BEDROCK.throttled,
      'out-of-quota': BEDROCK.serviceQuota,
      overloaded: BEDROCK.unavailable,
    },
    () => ok(BEDROCK.converse),
  );
}

function envFor(mock: MockProvider, bedrockAuth: 'sigv4' | 'bearer'): Record<string, string> {
  switch (mock.provider) {
    case 'openai':
      return {OPENAI_API_KEY: mock.key, OPENAI_BASE_URL: `${mock.origin}/v1`};
    case 'anthropic':
      return {ANTHROPIC_API_KEY: mock.key, ANTHROPIC_BASE_URL: mock.origin};
    case 'google':
      return {GOOGLE_API_KEY: mock.key, GOOGLE_GEMINI_BASE_URL: mock.origin};
    case 'openrouter':
      return {OPENROUTER_API_KEY: mock.key, OPENROUTER_BASE_URL: `${mock.origin}/api/v1`};
    case 'azure':
      return {
        AZURE_OPENAI_API_KEY: mock.key,
        AZURE_OPENAI_ENDPOINT: mock.origin,
        AZURE_OPENAI_DEPLOYMENT: 'my-gpt4o-mini',
        OPENAI_API_VERSION: '2024-10-21',
      };
    case 'bedrock':
      return bedrockAuth === 'bearer'
        ? {
            AWS_BEARER_TOKEN_BEDROCK: mock.key,
            AWS_REGION: 'us-east-1',
            AWS_ENDPOINT_URL_BEDROCK: mock.origin,
          }
        : {
            AWS_ACCESS_KEY_ID: mock.key,
            AWS_SECRET_ACCESS_KEY: mock.awsSecret,
            AWS_REGION: 'us-east-1',
            AWS_ENDPOINT_URL_BEDROCK: mock.origin,
          };
  }
}

export async function startMockProvider(
  provider: MockProviderName,
  options: MockOptions = {},
): Promise<MockProvider> {
  const bedrockAuth = options.bedrockAuth ?? 'sigv4';
  const key =
    options.key ??
    (provider === 'bedrock'
      ? bedrockAuth === 'bearer'
        ? synthetic.bedrockApiKey()
        : synthetic.awsAccessKeyId()
      : synthetic[provider]());
  const models = options.models ?? DEFAULT_MODELS[provider];
  let mock!: MockProvider;
  const server = await startLoopbackServer(
    (request) => {
      if (mock.scenario === 'hang') return 'hang';
      if (mock.scenario === 'reset') return 'reset';
      switch (provider) {
        case 'openai': {
          const token = bearer(request);
          return openaiLike(
            mock,
            request,
            !token ? 'missing' : token !== mock.key ? 'invalid' : 'ok',
            models,
          );
        }
        case 'anthropic':
          return anthropic(mock, request, models);
        case 'google':
          return gemini(mock, request, models);
        case 'openrouter':
          return openrouter(mock, request);
        case 'azure':
          return azure(mock, request);
        case 'bedrock':
          return bedrock(mock, request, models, bedrockAuth);
      }
    },
    options.tls,
    options.latencyMs,
  );
  mock = {
    ...server,
    provider,
    scenario: options.scenario ?? 'valid',
    key,
    awsSecret: synthetic.awsSecret(),
    env: {},
    count: (fragment) =>
      server.requests.filter((request) => !fragment || request.url.includes(fragment)).length,
  };
  retryAfterOf.set(mock, options.retryAfterSeconds ?? 1);
  mock.env = envFor(mock, bedrockAuth);
  return mock;
}
