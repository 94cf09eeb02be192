// Steps 5, 8 and 9 on their own: wrong slots, model checks, base URLs, request reuse and the
// retry rules (never on 401/403; once, after retry-after, on request, for a 429).
import {afterEach, describe, expect, test} from 'vitest';
import {signV4} from '../../source/core/providers/sigv4.js';
import {Secret} from '../../source/core/secrets.js';
import {stepById} from '../../source/core/steps/index.js';
import {startMockProvider, synthetic, type MockProvider} from '../helpers/mock-providers/index.js';
import {openRealRun} from '../../source/probes/real-runner.js';
import {createFakeClock} from '../helpers/fake-clock.js';
import {createFakeRunner} from '../helpers/fake-runner.js';
import {loopbackRunner, makeContext, runSteps} from './support.js';

const mocks: MockProvider[] = [];
afterEach(async () => {
  while (mocks.length > 0) await mocks.pop()!.close();
});
async function mock(...args: Parameters<typeof startMockProvider>) {
  const started = await startMockProvider(...args);
  mocks.push(started);
  return started;
}

describe('step 5: the key sits in its own field', () => {
  const step5 = (env: Record<string, string>, answers = {}) =>
    stepById('byok-provider').check(makeContext({env, answers}));

  test('an Anthropic key in OPENAI_API_KEY is a provider-key mismatch with the exact fix', async () => {
    const result = await step5({OPENAI_API_KEY: synthetic.anthropic()});
    expect(result).toMatchObject({status: 'fail', layer: 'provider-key'});
    expect(result.fix?.summary).toMatch(/Cursor Settings > Models > Anthropic API Key/);
  });

  test('a Cursor user key in a provider field is the wrong slot', async () => {
    const result = await step5(
      {},
      {providerKey: new Secret(synthetic.cursor(), 'input'), byokField: 'openai'},
    );
    expect(result).toMatchObject({status: 'fail', layer: 'provider-key'});
    expect(result.summary).toMatch(/Cursor user API key/);
    expect(result.fix?.summary).toMatch(/CURSOR_API_KEY/);
  });

  test('admin keys and OAuth tokens are flagged', async () => {
    const admin = await step5({ANTHROPIC_API_KEY: `sk-ant-admin01-${'a'.repeat(93)}AA`});
    expect(admin).toMatchObject({status: 'fail', layer: 'provider-key'});
    expect(admin.summary).toMatch(/admin/);
    const oauth = await step5({ANTHROPIC_API_KEY: `sk-ant-oat01-${'a'.repeat(95)}`});
    expect(oauth.summary).toMatch(/OAuth token/);
  });

  // "September 2026: The Gemini API will reject requests from standard keys"
  // (https://ai.google.dev/gemini-api/docs/api-key, 2026): a warning before any request; the
  // live answer at step 7 decides, since full enforcement is not confirmed.
  test('a standard Gemini key (AIza) is a warning before any request; an AQ. key passes', async () => {
    const runner = createFakeRunner();
    const standard = await stepById('byok-provider').check(
      makeContext({env: {GOOGLE_API_KEY: synthetic.google()}, runner}),
    );
    expect(standard).toMatchObject({status: 'warn', layer: 'provider-key'});
    expect(standard.summary).toMatch(/September 2026/);
    expect(standard.fix?.summary).toMatch(/AQ\./);
    expect(runner.httpCalls).toHaveLength(0);
    const auth = await step5({GOOGLE_API_KEY: synthetic.googleAuth()});
    expect(auth.status).toBe('pass');
  });

  test('an unknown format warns, it does not fail', async () => {
    const result = await step5({OPENAI_API_KEY: 'zzzz-my-gateway-key-1234'});
    expect(result.status).toBe('warn');
  });

  test('with no key, every provider step says in one plain sentence what it did not check', async () => {
    const summaries = await Promise.all(
      (['byok-provider', 'key-paste', 'provider-test', 'model-support', 'quota'] as const).map(
        async (id) => (await stepById(id).check(makeContext({env: {}}))).summary,
      ),
    );
    expect(summaries).toContain(
      'No provider key found, so quota or the rate limit was not checked',
    );
    for (const summary of summaries)
      expect(summary).toMatch(/^No provider key found, so .+ was not checked$/);
  });

  test('GOOGLE_API_KEY wins over GEMINI_API_KEY', async () => {
    const google = synthetic.google();
    const result = await step5({GOOGLE_API_KEY: google, GEMINI_API_KEY: synthetic.google()});
    expect(result.evidence).toHaveLength(2);
    expect(result.evidence[0]).toMatch(/env:GOOGLE_API_KEY/);
    expect(result.evidence[1]).toMatch(/ignores it/);
  });

  test('no key at all warns and says how to provide one; the wizard asks for one', async () => {
    const result = await step5({});
    expect(result.status).toBe('warn');
    expect(result.summary).toMatch(/No provider key found/);
    expect(result.fix?.summary).toMatch(/OPENAI_API_KEY/);
    const input = stepById('byok-provider').inputs?.find((i) => i.key === 'providerKey');
    expect(input?.kind).toBe('secret');
    expect(input?.needed({env: {}, answers: {}, facts: {}, results: {}})).toBe(true);
    expect(input?.needed({env: {OPENAI_API_KEY: 'x'}, answers: {}, facts: {}, results: {}})).toBe(
      false,
    );
  });

  test('evidence names each key only by provider, length and fingerprint', async () => {
    const key = synthetic.openai();
    const result = await step5({OPENAI_API_KEY: key});
    expect(result.evidence[0]).toMatch(
      /^openai key, 164 chars, fp:[0-9a-f]{8} \(env:OPENAI_API_KEY\) — /,
    );
    expect(JSON.stringify(result)).not.toContain(key.slice(8, 20));
  });
});

describe('step 8: model support and base URL', () => {
  test.each([
    ['gpt-4o-mini', 'pass', null],
    ['gpt-4o-mnii', 'fail', 'model'],
    ['o3-mini', 'warn', null],
    ['gpt-4.5-preview', 'fail', 'model'],
    ['gpt-4.1-nano', 'fail', 'model'],
  ] as const)('OpenAI model %s', async (model, status, layer) => {
    const server = await mock('openai');
    // A public-looking base URL would be flagged too; only the model is judged here.
    const {results} = await runSteps({env: server.env, answers: {models: {openai: model}}});
    const step8 = results['model-support']!;
    const line = step8.evidence.join('\n');
    if (status === 'pass') expect(line).toMatch(/is available to this key/);
    if (model === 'gpt-4o-mnii') expect(line).toMatch(/did you mean gpt-4o-mini/);
    if (model === 'gpt-4.5-preview') expect(line).toMatch(/retired/);
    if (model === 'o3-mini') expect(line).toMatch(/reasoning model/);
    if (model === 'gpt-4.1-nano') expect(line).toMatch(/another plan|usage tier/);
    if (status !== 'pass') expect(step8.status).toBe(status);
    if (layer) expect(step8.layer).toBe(layer);
  });

  test("Cursor's old Gemini verify model is reported retired", async () => {
    const server = await mock('google');
    const {results} = await runSteps({env: server.env, answers: {selectedModel: 'gemini-1.0-pro'}});
    expect(results['model-support']).toMatchObject({status: 'fail', layer: 'model'});
    expect(results['model-support']!.summary).toMatch(/gemini-1\.0-pro is retired/);
  });

  test('an OpenRouter key in the OpenAI field without its base URL fails at base-url', async () => {
    const server = await mock('openrouter');
    const {results} = await runSteps(
      {env: {OPENAI_API_KEY: server.key, OPENROUTER_BASE_URL: server.env.OPENROUTER_BASE_URL!}},
      ['model-support'],
    );
    expect(results['model-support']).toMatchObject({status: 'fail', layer: 'base-url'});
    expect(results['model-support']!.fix?.summary).toMatch(/https:\/\/openrouter\.ai\/api\/v1/);
  });

  test('http://, a missing /v1 and an OpenAI key sent elsewhere are flagged', async () => {
    // No request may leave: the fake runner answers every URL with a refusal.
    const runner = createFakeRunner();
    const context = makeContext({
      env: {
        OPENAI_API_KEY: synthetic.openai(),
        OPENAI_BASE_URL: 'http://llm-gateway.example.com/api',
      },
      runner,
    });
    const result = await stepById('model-support').check(context);
    const text = result.evidence.join('\n');
    expect(result).toMatchObject({status: 'fail', layer: 'base-url'});
    expect(text).toMatch(/uses http:\/\//);
    expect(text).toMatch(/no \/v1/);
    expect(text).toMatch(/only api\.openai\.com accepts OpenAI keys/);
  });

  test('steps 8 and 9 reuse step 7: no extra requests', async () => {
    const server = await mock('anthropic');
    await runSteps({env: server.env, answers: {models: {anthropic: 'claude-haiku-4-5'}}});
    expect(server.count()).toBe(2);
    expect(server.count('/v1/models')).toBe(1);
    expect(server.count('/v1/messages')).toBe(1);
  });

  test('run concurrently (as doctor may), steps 7, 8 and 9 share one probe', async () => {
    const server = await mock('openai');
    const runner = loopbackRunner();
    const probesInFlight = new Map();
    const ids = ['provider-test', 'model-support', 'quota'] as const;
    const results = await Promise.all(
      ids.map((id) => stepById(id).check(makeContext({env: server.env, runner, probesInFlight}))),
    );
    expect(results.map((r) => r.status)).toEqual(['pass', 'warn', 'pass']);
    expect(server.count()).toBe(2);
  });

  test('step 9 first (where a pasted quota error leads), then step 7: one completion, not two', async () => {
    const server = await mock('openai');
    const runner = loopbackRunner();
    // The person allowed the billable check at step 9 and re-checked it there.
    const nine = await stepById('quota').check({
      ...makeContext({env: server.env, runner}),
      recheck: true,
    });
    expect(server.count('/chat/completions')).toBe(1);
    const seven = await stepById('provider-test').check(
      makeContext({env: server.env, runner, facts: nine.facts}),
    );
    expect(seven.status).toBe('pass');
    expect(server.count('/chat/completions')).toBe(1);
    // Re-check at step 7 is the person's choice: then it is sent again.
    await stepById('provider-test').check({
      ...makeContext({env: server.env, runner, facts: nine.facts}),
      recheck: true,
    });
    expect(server.count('/chat/completions')).toBe(2);
  });

  test('step 7 started while step 9 re-checks shares its completion', async () => {
    const server = await mock('openai');
    const runner = loopbackRunner();
    const probesInFlight = new Map();
    await Promise.all([
      stepById('quota').check({
        ...makeContext({env: server.env, runner, probesInFlight}),
        recheck: true,
      }),
      stepById('provider-test').check(makeContext({env: server.env, runner, probesInFlight})),
    ]);
    expect(server.count('/chat/completions')).toBe(1);
  });

  test('the billable check allowed at step 9 also lets step 7 run: one completion between them', async () => {
    const server = await mock('openai');
    const runner = loopbackRunner();
    const probesInFlight = new Map();
    // The wizard starts queued runs in step order: step 7 (run ahead), then step 9's re-check.
    await Promise.all([
      stepById('provider-test').check(makeContext({env: server.env, runner, probesInFlight})),
      stepById('quota').check({
        ...makeContext({env: server.env, runner, probesInFlight}),
        recheck: true,
      }),
    ]);
    expect(server.count('/chat/completions')).toBe(1);
  });

  test('step 8 alone (no facts) probes once, for free', async () => {
    const server = await mock('google');
    await runSteps(
      {
        env: server.env,
        answers: {models: {google: 'gemini-2.5-pro'}},
        options: {noCompletion: true},
      },
      ['model-support'],
    );
    expect(server.count()).toBe(1);
  });
});

describe('step 9: retry rules', () => {
  const retry = () => stepById('quota').actions!.find((action) => action.id === 'retry-once')!;

  test('a 429 with retry-after ≤ 60 s is retried once by itself, then only when asked', async () => {
    const server = await mock('openai', {scenario: 'rate-limited', retryAfterSeconds: 0});
    const runner = loopbackRunner();
    const {results, facts} = await runSteps({
      env: server.env,
      runner,
      options: {interactive: true},
    });
    // Step 7's completion, then step 9's one retry by itself.
    expect(results.quota).toMatchObject({status: 'fail', layer: 'rate-limit'});
    expect(results.quota!.evidence[0]).toMatch(/Retried once by itself after 0 s/);
    expect(server.count('/chat/completions')).toBe(2);
    // Looking again does not retry again by itself.
    const again = await runSteps({env: server.env, runner, facts, options: {interactive: true}}, [
      'quota',
    ]);
    expect(again.results.quota).toMatchObject({status: 'fail', layer: 'rate-limit'});
    expect(server.count('/chat/completions')).toBe(2);
    server.scenario = 'valid';
    const after = await retry().run(
      makeContext({env: server.env, runner, facts, options: {interactive: true}}),
    );
    expect(server.count('/chat/completions')).toBe(3);
    expect(server.count('/models')).toBe(1);
    expect(after.status).toBe('pass');
    expect(after.evidence[0]).toMatch(/Retried once after 0 s/);
    expect(after.facts?.providerOutcomes?.[0]).toMatchObject({status: 'pass'});
  });

  test("the retry waits the provider's retry-after on the run's clock, not the test's", async () => {
    const server = await mock('openai', {scenario: 'rate-limited', retryAfterSeconds: 30});
    const clock = createFakeClock();
    const runner = loopbackRunner(openRealRun(process.env, {clock}).runner);
    const {results} = await runSteps({env: server.env, runner, options: {interactive: true}});
    expect(results.quota!.evidence[0]).toMatch(/Retried once by itself after 30 s/);
    expect(clock.slept).toBe(30_000);
    expect(server.count('/chat/completions')).toBe(2);
  });

  test('without a completion, quota is unknown, never pass', async () => {
    const server = await mock('openai', {scenario: 'out-of-quota'});
    const {results} = await runSteps({env: server.env, options: {noCompletion: true}});
    expect(results['provider-test']!.status).toBe('pass');
    expect(results.quota).toMatchObject({status: 'unknown'});
    expect(results.quota!.summary).toContain('quota shows only on a real request');
    expect(server.count('/chat/completions')).toBe(0);
  });

  test('401 and 403 are never retried', async () => {
    for (const scenario of ['invalid', 'no-permission'] as const) {
      const server = await mock('anthropic', {scenario});
      const runner = loopbackRunner();
      const {facts} = await runSteps({env: server.env, runner});
      const result = await retry().run(makeContext({env: server.env, runner, facts}));
      expect(server.count()).toBe(1);
      expect(result.evidence[0]).toMatch(/Nothing was retried/);
    }
  });

  test('a retry-after over 60 s (a daily quota) is never retried', async () => {
    const server = await mock('azure', {scenario: 'out-of-quota'});
    const runner = loopbackRunner();
    const {facts} = await runSteps({env: server.env, runner});
    await retry().run(makeContext({env: server.env, runner, facts}));
    expect(server.count()).toBe(2);
  });

  test('doctor mode never offers the retry', async () => {
    const server = await mock('anthropic', {scenario: 'rate-limited'});
    const {results} = await runSteps({env: server.env, options: {interactive: false}});
    expect(results.quota!.fix?.summary).not.toMatch(/Retry once/);
    expect(results.quota!.fix?.summary).toMatch(/Wait 1 s/);
    expect(server.count()).toBe(2);
  });

  test('rate-limit headers are shown', async () => {
    const server = await mock('openai');
    const {results} = await runSteps({env: server.env});
    expect(results.quota!.evidence.join('\n')).toMatch(
      /requests: 4999 of 5000 left, resets in 12ms/,
    );
  });
});

test('SigV4 matches the AWS test suite (get-vanilla)', () => {
  const headers = signV4({
    method: 'GET',
    url: 'https://example.amazonaws.com/',
    headers: {},
    body: '',
    region: 'us-east-1',
    service: 'service',
    credentials: {
      accessKeyId: 'AKIDEXAMPLE',
      secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
    },
    now: new Date('2015-08-30T12:36:00Z'),
  });
  expect(headers.authorization).toBe(
    'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31',
  );
});
