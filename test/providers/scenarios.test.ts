// Every provider × scenario through the real HTTP code against loopback mocks: the step status,
// the layer, the doctor outcome, the number of requests, and that no key leaked anywhere.
import {afterEach, describe, expect, test} from 'vitest';
import {PROVIDERS as ALL_PROVIDERS, type Layer} from '../../source/core/vocabulary.js';
import {
  startMockProvider,
  type MockProvider,
  type MockProviderName,
  type Scenario,
  type Scenario2026,
} from '../helpers/mock-providers/index.js';
import {loopbackRunner, runSteps, visibleText} from './support.js';

const PROVIDERS = ALL_PROVIDERS.filter((name): name is MockProviderName => name !== 'cursor');

interface Expected {
  status: 'pass' | 'fail' | 'unknown';
  layer: Layer | null;
  /** Requests the mock receives across steps 5–9. */
  requests: number;
  quota: {status: string; layer: Layer | null};
}

/** Step 9 reports step 7's layer and, by default, its status; a failure outside step 9's remit is unknown there. */
function outcome(
  status: Expected['status'],
  layer: Layer | null,
  requests: number,
  quotaStatus: string = status,
): Expected {
  return {status, layer, requests, quota: {status: quotaStatus, layer}};
}

const EXPECTED: Record<
  Exclude<
    Scenario,
    'hang' | 'reset' | 'error-200' | 'prompt-too-long' | 'content-filtered' | Scenario2026
  >,
  Expected
> = {
  valid: outcome('pass', null, 2),
  // A rejected key is asked once and never retried.
  invalid: outcome('fail', 'provider-key', 1, 'unknown'),
  missing: outcome('fail', 'provider-key', 1, 'unknown'),
  'no-permission': outcome('fail', 'provider-permission', 1, 'unknown'),
  'model-missing': outcome('fail', 'model', 2, 'unknown'),
  'rate-limited': outcome('fail', 'rate-limit', 2),
  'out-of-quota': outcome('fail', 'quota', 2),
  overloaded: outcome('unknown', 'provider-outage', 2),
};

/** OpenRouter's guardrail refusal comes on the completion; its key-info probe passes first. */
function expectedRequests(provider: MockProviderName, scenario: keyof typeof EXPECTED): number {
  if (provider === 'openrouter' && scenario === 'no-permission') return 2;
  return EXPECTED[scenario].requests;
}

const mocks: MockProvider[] = [];
afterEach(async () => {
  while (mocks.length > 0) await mocks.pop()!.close();
});

describe.each(PROVIDERS)('%s', (provider) => {
  test.each(Object.keys(EXPECTED) as (keyof typeof EXPECTED)[])('%s', async (scenario) => {
    const mock = await startMockProvider(provider, {scenario});
    mocks.push(mock);
    const runner = loopbackRunner();
    const {results, facts, progress} = await runSteps({env: mock.env, runner});
    const expected = EXPECTED[scenario];

    const step7 = results['provider-test']!;
    expect(step7.status).toBe(expected.status);
    expect(step7.layer).toBe(expected.layer);
    if (expected.status !== 'pass') expect(step7.fix?.summary).toBeTruthy();
    expect(results.quota).toMatchObject(expected.quota);

    const outcome = facts.providerOutcomes?.[0];
    expect(facts.providerOutcomes).toHaveLength(1);
    expect(outcome).toMatchObject({provider, status: expected.status, layer: expected.layer});
    expect(outcome?.fingerprint).toMatch(/^fp:[0-9a-f]{8}$/);
    if (scenario !== 'valid') expect(outcome?.httpStatus).toBeGreaterThanOrEqual(400);

    // Steps 8 and 9 reuse step 7's requests: the count is step 7's alone.
    expect(mock.count()).toBe(expectedRequests(provider, scenario));
    expect(runner.requests).toHaveLength(expectedRequests(provider, scenario));

    // The key never travels in a URL and never shows in any result, fact or progress line.
    for (const request of mock.requests) expect(request.url).not.toContain(mock.key);
    const shown = visibleText(results, progress);
    expect(shown).not.toContain(mock.key);
    expect(shown).not.toContain(mock.key.slice(-12));
    expect(shown).not.toContain(mock.awsSecret);
  });
});

test('a rate limit is never answered with advice to rotate the key', async () => {
  for (const provider of PROVIDERS) {
    for (const scenario of ['rate-limited', 'out-of-quota'] as const) {
      const mock = await startMockProvider(provider, {scenario});
      mocks.push(mock);
      const {results} = await runSteps({env: mock.env});
      const text = [results['provider-test']!.fix?.summary, results.quota!.fix?.summary].join(' ');
      expect(text).toMatch(/Do not rotate the key/);
      expect(text).not.toMatch(/create a new key|new API key|regenerate/i);
    }
  }
});

test('the Gemini key is sent only in x-goog-api-key', async () => {
  const mock = await startMockProvider('google');
  mocks.push(mock);
  await runSteps({env: mock.env});
  expect(mock.requests.length).toBe(2);
  for (const request of mock.requests) {
    expect(request.headers['x-goog-api-key']).toBe(mock.key);
    expect(request.url).not.toMatch(/[?&]key=/);
    expect(request.headers.authorization).toBeUndefined();
  }
});

test("headers are exactly the providers' own", async () => {
  const openai = await startMockProvider('openai');
  const anthropic = await startMockProvider('anthropic');
  const azure = await startMockProvider('azure');
  const bedrock = await startMockProvider('bedrock', {bedrockAuth: 'bearer'});
  mocks.push(openai, anthropic, azure, bedrock);
  await runSteps({env: {...openai.env, OPENAI_ORG_ID: 'org-abc', OPENAI_PROJECT_ID: 'proj_abc'}}, [
    'provider-test',
  ]);
  await runSteps({env: anthropic.env}, ['provider-test']);
  await runSteps({env: azure.env}, ['provider-test']);
  await runSteps({env: bedrock.env}, ['provider-test']);
  expect(openai.requests[0]!.headers).toMatchObject({
    authorization: `Bearer ${openai.key}`,
    'openai-organization': 'org-abc',
    'openai-project': 'proj_abc',
  });
  expect(anthropic.requests[0]!.headers).toMatchObject({
    'x-api-key': anthropic.key,
    'anthropic-version': '2023-06-01',
  });
  expect(anthropic.requests[0]!.headers.authorization).toBeUndefined();
  expect(azure.requests[1]!.url).toBe(
    '/openai/deployments/my-gpt4o-mini/chat/completions?api-version=2024-10-21',
  );
  expect(azure.requests[1]!.headers['api-key']).toBe(azure.key);
  expect(bedrock.requests[0]!.headers.authorization).toBe(`Bearer ${bedrock.key}`);
  for (const mock of [openai, anthropic, azure]) {
    const body = JSON.parse(mock.requests[1]!.body) as {max_tokens?: number};
    expect(body.max_tokens).toBe(1);
  }
});

test('--no-completion sends only the free probe', async () => {
  for (const provider of PROVIDERS) {
    const mock = await startMockProvider(provider);
    mocks.push(mock);
    const {results} = await runSteps({env: mock.env, options: {noCompletion: true}});
    expect(mock.count()).toBe(1);
    expect(mock.requests[0]!.method).toBe('GET');
    expect(results['provider-test']!.status).toBe('pass');
    expect(results['provider-test']!.summary).toMatch(/--no-completion/);
  }
});

test('results show the curl command with $VARIABLES and the request id', async () => {
  const mock = await startMockProvider('openai', {scenario: 'invalid'});
  mocks.push(mock);
  const {results} = await runSteps({env: mock.env}, ['provider-test']);
  const evidence = results['provider-test']!.evidence.join('\n');
  expect(evidence).toContain('-H "Authorization: Bearer $OPENAI_API_KEY"');
  expect(evidence).toMatch(/request id req_[0-9a-f]{32}/);
  // OpenAI echoes the wrong key's last characters; they are masked before being shown.
  expect(evidence).toContain('Incorrect API key provided: sk-proj-');
  expect(evidence).not.toContain(mock.key.slice(-4) + '.');
  expect(results['provider-test']!.fix?.summary).toMatch(/platform\.openai\.com\/api-keys/);
});

test('Bedrock SigV4 with a session token is signed and accepted; a wrong secret is told apart', async () => {
  const mock = await startMockProvider('bedrock');
  mocks.push(mock);
  const withToken = await runSteps(
    {env: {...mock.env, AWS_SESSION_TOKEN: 'FwoGZXIvYXdzEXAMPLETOKEN'}},
    ['provider-test'],
  );
  expect(withToken.results['provider-test']!.status).toBe('pass');
  expect(mock.requests[0]!.headers['x-amz-security-token']).toBe('FwoGZXIvYXdzEXAMPLETOKEN');
  const wrong = await runSteps({env: {...mock.env, AWS_SECRET_ACCESS_KEY: 'x'.repeat(40)}}, [
    'provider-test',
  ]);
  expect(wrong.results['provider-test']).toMatchObject({status: 'fail', layer: 'provider-key'});
  expect(wrong.results['provider-test']!.summary).toMatch(/InvalidSignatureException/);
});

test('OpenRouter: a 200 whose body holds an error is a failure', async () => {
  const mock = await startMockProvider('openrouter', {scenario: 'error-200'});
  mocks.push(mock);
  const {results} = await runSteps({env: mock.env}, ['provider-test']);
  expect(results['provider-test']).toMatchObject({status: 'unknown', layer: 'provider-outage'});
  expect(results['provider-test']!.summary).toMatch(/HTTP 502/);
});

test('AWS_PROFILE without the optional AWS package says so in one line and stays unknown', async () => {
  const {results, facts} = await runSteps({env: {AWS_PROFILE: 'dev-sso', AWS_REGION: 'eu-west-1'}});
  expect(results['provider-test']!.status).toBe('unknown');
  expect(results['provider-test']!.summary).toMatch(/@aws-sdk\/credential-providers/);
  expect(results['provider-test']!.summary.split('\n')).toHaveLength(1);
  expect(facts.providerOutcomes?.[0]).toMatchObject({
    provider: 'bedrock',
    status: 'unknown',
    keySource: 'env:AWS_PROFILE',
  });
});
