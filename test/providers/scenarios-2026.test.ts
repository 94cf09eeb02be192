// The provider answers first seen in 2026, served by the loopback mocks and read through the
// real probes, steps 5-9 and the doctor outcome: the key's prefix reaches the diagnosis, quota is
// never retried, and nothing is sent that a finding already rules out.
import {afterEach, expect, test} from 'vitest';
import {
  startMockProvider,
  synthetic,
  type MockProvider,
  type MockProviderName,
  type Scenario2026,
} from '../helpers/mock-providers/index.js';
import {retryableWait} from '../../source/core/steps/quota.js';
import {loopbackRunner, runSteps, visibleText} from './support.js';

const mocks: MockProvider[] = [];
afterEach(async () => {
  while (mocks.length > 0) await mocks.pop()!.close();
});

async function run(
  provider: MockProviderName,
  scenario: Scenario2026 | 'valid',
  options: Parameters<typeof startMockProvider>[1] = {},
) {
  const mock = await startMockProvider(provider, {scenario, ...options});
  mocks.push(mock);
  const runner = loopbackRunner();
  const steps = await runSteps({env: mock.env, runner});
  const shown = visibleText(steps.results, steps.progress);
  expect(shown).not.toContain(mock.key);
  return {...steps, mock, step7: steps.results['provider-test']!, shown};
}

test.each([
  ['google', 'key-retired', 'provider-key', 'ACCESS_TOKEN_TYPE_UNSUPPORTED', 1],
  ['google', 'service-blocked', 'provider-permission', 'API_KEY_SERVICE_BLOCKED', 1],
  ['openai', 'restricted-key', 'provider-permission', null, 2],
  ['openai', 'project-model', 'model', 'model_not_found', 2],
  ['openai', 'deactivated', 'provider-permission', 'account_deactivated', 1],
  ['anthropic', 'billing', 'quota', 'billing_error', 2],
  ['anthropic', 'spend-limit', 'quota', 'invalid_request_error', 2],
  ['anthropic', 'tier-cap', 'quota', 'enforced_spend_limit_reached', 2],
] as const)('%s %s → fail in %s (%s)', async (provider, scenario, layer, code, requests) => {
  const {step7, facts, mock} = await run(provider, scenario);
  expect(step7).toMatchObject({status: 'fail', layer});
  expect(facts.providerOutcomes?.[0]).toMatchObject({status: 'fail', layer, code});
  // Quota and permission answers are never retried: step 9 adds no request.
  expect(mock.count()).toBe(requests);
  expect(facts.providerProbes).toHaveLength(1);
  for (const record of facts.providerProbes ?? []) expect(retryableWait(record)).toBeNull();
});

test('a retired AIza key is told to get an AQ. key; the same mock accepts an AQ. key', async () => {
  const retired = await run('google', 'key-retired');
  expect(retired.step7.fix?.summary ?? retired.shown).toMatch(/AQ\./);
  expect(retired.shown).toContain('Google no longer accepts this kind of key');
  expect(retired.results['byok-provider']?.status).toBe('warn');

  const auth = await run('google', 'key-retired', {key: synthetic.googleAuth()});
  expect(auth.step7.status).toBe('pass');
  expect(auth.results['byok-provider']?.status).toBe('pass');
});

test('a well-formed Bedrock API key refused for its "format" is blamed on the permission', async () => {
  const {step7, shown} = await run('bedrock', 'key-format', {bedrockAuth: 'bearer'});
  expect(step7).toMatchObject({status: 'fail', layer: 'provider-permission'});
  expect(shown).toContain('bedrock:CallWithBearerToken');
});

test('a short-term Bedrock key aimed at another Region fails before anything is sent', async () => {
  const key = synthetic.bedrockShortTerm('eu-west-1');
  const {step7, facts, mock} = await run('bedrock', 'valid', {
    bedrockAuth: 'bearer',
    key,
  });
  expect(mock.env.AWS_REGION).toBe('us-east-1');
  expect(step7).toMatchObject({status: 'fail', layer: 'provider-permission'});
  expect(facts.providerOutcomes?.[0]).toMatchObject({
    status: 'fail',
    code: 'short-term-key-region',
  });
  expect(mock.count()).toBe(0);
});

// https://docs.aws.amazon.com/bedrock/latest/userguide/inference-responses-api.html (2026):
// `https://bedrock-runtime.{region}.amazonaws.com/openai/v1` is Bedrock's recommended
// OpenAI-compatible base URL, so a Bedrock API key may sit in Cursor's OpenAI field.
test("a Bedrock API key in the OpenAI field with Bedrock's OpenAI base URL is right, and tested in that Region", async () => {
  const mock = await startMockProvider('bedrock', {bedrockAuth: 'bearer'});
  mocks.push(mock);
  const base = 'https://bedrock-runtime.eu-west-1.amazonaws.com/openai/v1';
  const env = {
    OPENAI_API_KEY: mock.key,
    OPENAI_BASE_URL: base,
    AWS_ENDPOINT_URL_BEDROCK: mock.origin,
  };
  const {results} = await runSteps({env, runner: loopbackRunner()});
  expect(results['byok-provider']).toMatchObject({status: 'pass'});
  expect(results['byok-provider']?.evidence.join('\n')).toContain('eu-west-1');
  expect(results['provider-test']).toMatchObject({status: 'pass'});

  const elsewhere = await runSteps({env: {...env, OPENAI_BASE_URL: 'https://api.openai.com/v1'}});
  expect(elsewhere.results['byok-provider']).toMatchObject({status: 'fail', layer: 'provider-key'});
});

test('a short-term key made in the Region of the Bedrock OpenAI base URL is not sent elsewhere', async () => {
  const key = synthetic.bedrockShortTerm('eu-west-1');
  const mock = await startMockProvider('bedrock', {bedrockAuth: 'bearer', key});
  mocks.push(mock);
  const env = {
    OPENAI_API_KEY: key,
    OPENAI_BASE_URL: 'https://bedrock-runtime.eu-west-1.amazonaws.com/openai/v1',
    AWS_ENDPOINT_URL_BEDROCK: mock.origin,
  };
  const {results} = await runSteps({env, runner: loopbackRunner()});
  expect(results['provider-test']).toMatchObject({status: 'pass'});
});
