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
