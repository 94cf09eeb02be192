// A provider that refuses one request for what it carries (the context is too long) is the
// `request` layer at step 7, not a key problem: the key is fine, and step 8 owns the fix.
import {afterEach, describe, expect, test} from 'vitest';
import {startMockProvider, type MockProvider} from '../helpers/mock-providers/index.js';
import {loopbackRunner, runSteps} from './support.js';

const mocks: MockProvider[] = [];
afterEach(async () => {
  while (mocks.length > 0) await mocks.pop()!.close();
});

describe.each(['openai', 'anthropic'] as const)('%s: 400 context too long', (provider) => {
  test('step 7 fails on the request layer with a request fix; step 9 does not call it quota', async () => {
    const mock = await startMockProvider(provider, {scenario: 'prompt-too-long'});
    mocks.push(mock);
    const {results, facts} = await runSteps({env: mock.env, runner: loopbackRunner()});
    const step7 = results['provider-test']!;
    expect(step7).toMatchObject({status: 'fail', layer: 'request'});
    expect(step7.fix?.summary).toMatch(/new chat.*shorter context.*another model/);
    expect(facts.providerOutcomes?.[0]).toMatchObject({
      provider,
      status: 'fail',
      layer: 'request',
      httpStatus: 400,
    });
    expect(results.quota?.layer).toBe('request');
    expect(results.quota?.status).not.toBe('pass');
  });
});

describe('azure: 400 content_filter', () => {
  test('step 7 fails on the request layer with a request fix, not on the key', async () => {
    const mock = await startMockProvider('azure', {scenario: 'content-filtered'});
    mocks.push(mock);
    const {results, facts} = await runSteps({env: mock.env, runner: loopbackRunner()});
    const step7 = results['provider-test']!;
    expect(step7).toMatchObject({status: 'fail', layer: 'request'});
    // A filter's own fix: what to change in the request, and that the key is not to blame.
    expect(step7.fix?.summary).toMatch(/content filter.*another model.*the key is fine/);
    expect(facts.providerOutcomes?.[0]).toMatchObject({
      provider: 'azure',
      status: 'fail',
      layer: 'request',
      httpStatus: 400,
      code: 'content_filter',
    });
  });
});
