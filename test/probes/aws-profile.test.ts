// The AWS SDK's credential chain behind the runner: a missing SDK, a chain that never answers, a
// cancel, and credentials that come back. The SDK is stood in for by the loader.
import {afterEach, expect, test, vi} from 'vitest';
import {awsProfileCredentials} from '../../source/probes/aws-profile.js';

afterEach(() => {
  vi.useRealTimers();
});

const chain = (answer: () => Promise<unknown>) => async () => ({
  fromNodeProviderChain: () => answer,
});

test('without the optional SDK, says so', async () => {
  const result = await awsProfileCredentials({profile: 'dev', timeoutMs: 1000}, async () => {
    throw new Error('Cannot find package');
  });
  expect(result).toMatchObject({ok: false, reason: 'no-sdk'});
});

test('a chain that never answers is abandoned at the timeout', async () => {
  vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']});
  const pending = awsProfileCredentials(
    {profile: 'sso', timeoutMs: 5000},
    chain(() => new Promise(() => undefined)),
  );
  await vi.advanceTimersByTimeAsync(5000);
  expect(await pending).toMatchObject({ok: false, reason: 'timeout'});
});

test('a cancel ends the wait at once', async () => {
  const controller = new AbortController();
  const pending = awsProfileCredentials(
    {profile: 'sso', timeoutMs: 60_000, signal: controller.signal},
    chain(() => new Promise(() => undefined)),
  );
  controller.abort();
  expect(await pending).toMatchObject({ok: false, reason: 'cancelled'});
});

test('credentials and a failing chain’s first line come back as they are', async () => {
  const ok = await awsProfileCredentials(
    {profile: 'dev', timeoutMs: 1000},
    chain(async () => ({accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'secret'})),
  );
  expect(ok).toEqual({
    ok: true,
    accessKeyId: 'AKIAEXAMPLE',
    secretAccessKey: 'secret',
    sessionToken: null,
  });
  const failed = await awsProfileCredentials(
    {profile: 'dev', timeoutMs: 1000},
    chain(async () => {
      throw new Error('The SSO session has expired\nstack…');
    }),
  );
  expect(failed).toEqual({
    ok: false,
    reason: 'no-credentials',
    message: 'The SSO session has expired',
  });
});
