// What the quota step says from what the provider told: credit left under a key limit, and the
// rate-limit headers in each provider's own spelling.
import {afterEach, expect, test} from 'vitest';
import {startMockProvider, type MockProvider} from '../helpers/mock-providers/index.js';
import {runSteps} from './support.js';

const mocks: MockProvider[] = [];
afterEach(async () => {
  await Promise.all(mocks.splice(0).map((mock) => mock.close()));
});

test('a key with no credit left under its limit: add credits at the provider’s billing page', async () => {
  const mock = await startMockProvider('openrouter', {scenario: 'out-of-quota'});
  mocks.push(mock);
  const {results} = await runSteps({env: mock.env, options: {noCompletion: true}}, [
    'provider-test',
    'quota',
  ]);
  expect(results.quota).toMatchObject({status: 'warn', layer: 'quota'});
  expect(results.quota?.fix?.summary).toBe(
    'Raise the key limit or add credits at openrouter.ai/settings/credits. Do not rotate the key.',
  );
});

test('a provider’s own rate-limit headers are read as well as the common ones', async () => {
  const mock = await startMockProvider('anthropic');
  mocks.push(mock);
  const {results} = await runSteps({env: mock.env}, ['provider-test', 'quota']);
  const evidence = results.quota?.evidence.join('\n') ?? '';
  expect(evidence).toMatch(/limit: requests: 49 of 50 left, resets at 2025-08-21T12:40:59Z/);
  expect(evidence).toMatch(/limit: tokens: 29990 of 30000 left/);
});
