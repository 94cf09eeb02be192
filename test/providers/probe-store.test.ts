// A probe in flight is shared within one run and never across runs, even on the same runner.
import {afterAll, beforeAll, expect, test} from 'vitest';
import {collectProviderKeys} from '../../source/core/providers/intake.js';
import {freshProbe, knownProbe} from '../../source/core/providers/probe-store.js';
import {startMockProvider, type MockProvider} from '../helpers/mock-providers/index.js';
import {loopbackRunner, makeContext} from './support.js';

let mock: MockProvider;
beforeAll(async () => {
  mock = await startMockProvider('anthropic', {latencyMs: 200});
});
afterAll(() => mock?.close());

test('a second reader in the same run waits for the probe in flight; another run asks again', async () => {
  const runner = loopbackRunner();
  const first = makeContext({env: mock.env, runner});
  const second = makeContext({env: mock.env, runner});
  const [key] = collectProviderKeys(first.env, first.answers);

  const probing = freshProbe(first, key!);
  const sameRun = knownProbe(first, key!);
  const otherRun = knownProbe(second, key!);
  const [a, b, c] = await Promise.all([probing, sameRun, otherRun]);

  expect(b).toBe(a);
  expect(c).not.toBe(a);
  expect(first.probesInFlight.size).toBe(0);
  // Two probes went out, one per run.
  const probes = runner.requests.length;
  expect(probes % 2).toBe(0);
  expect(probes).toBeGreaterThan(0);
});
