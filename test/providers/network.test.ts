// Network failures through the real undici client against loopback servers: each ends as layer
// `network` with its precise cause, and a proxy set in the environment is really used.
import net from 'node:net';
import {once} from 'node:events';
import {afterEach, describe, expect, test} from 'vitest';
import {createHttpClient} from '../../source/probes/http-runner.js';
import {openRealRun} from '../../source/probes/real-runner.js';
import {
  selfSignedCertificate,
  startConnectProxy,
  startMockProvider,
  type MockProvider,
} from '../helpers/mock-providers/index.js';
import {loopbackRunner, runSteps} from './support.js';
import {systemClock} from '../../source/probes/clock.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

async function mock(...args: Parameters<typeof startMockProvider>): Promise<MockProvider> {
  const started = await startMockProvider(...args);
  cleanups.push(() => started.close());
  return started;
}

async function closedPort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const {port} = server.address() as net.AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

function runnerWithEnv(env: Record<string, string>) {
  return loopbackRunner({...openRealRun().runner, http: createHttpClient(env, systemClock)});
}

describe('network failures end in layer network with a precise cause', () => {
  test('connection refused', async () => {
    const port = await closedPort();
    const {results, facts} = await runSteps({
      env: {OPENAI_API_KEY: 'sk-proj-abc', OPENAI_BASE_URL: `http://127.0.0.1:${port}/v1`},
    });
    const step7 = results['provider-test']!;
    expect(step7.status).toBe('unknown');
    expect(step7.layer).toBe('network');
    expect(step7.summary).toMatch(/ECONNREFUSED/);
    expect(facts.providerOutcomes?.[0]).toMatchObject({
      status: 'unknown',
      layer: 'network',
      httpStatus: null,
    });
  });

  test('timeout: the server accepts and never answers', async () => {
    const server = await mock('anthropic', {scenario: 'hang'});
    const {results} = await runSteps({env: server.env, timeoutMs: 300}, ['provider-test']);
    expect(results['provider-test']).toMatchObject({status: 'unknown', layer: 'network'});
    expect(results['provider-test']!.summary).toMatch(/did not answer in time/);
    expect(server.count()).toBe(1);
  });

  test('connection reset', async () => {
    const server = await mock('google', {scenario: 'reset'});
    const {results} = await runSteps({env: server.env}, ['provider-test']);
    expect(results['provider-test']).toMatchObject({status: 'unknown', layer: 'network'});
    expect(results['provider-test']!.summary).toMatch(/cut|closed/);
  });

  test('DNS failure names the host and hints at the base URL', async () => {
    const {results} = await runSteps(
      {
        env: {
          OPENROUTER_API_KEY: 'sk-or-v1-' + 'a'.repeat(64),
          OPENROUTER_BASE_URL: 'https://nonexistent-host.invalid/api/v1',
        },
      },
      ['provider-test'],
    );
    expect(results['provider-test']).toMatchObject({status: 'unknown', layer: 'network'});
    expect(results['provider-test']!.summary).toMatch(/nonexistent-host\.invalid does not resolve/);
  });

  test('TLS interception: an untrusted certificate gives NODE_EXTRA_CA_CERTS advice, --insecure only as development-only', async () => {
    const server = await mock('openai', {tls: selfSignedCertificate()});
    expect(server.origin).toMatch(/^https:/);
    const {results} = await runSteps({env: server.env}, ['provider-test']);
    const step7 = results['provider-test']!;
    expect(step7).toMatchObject({status: 'unknown', layer: 'network'});
    expect(step7.summary).toMatch(/DEPTH_ZERO_SELF_SIGNED_CERT/);
    expect(step7.fix?.summary).toMatch(/NODE_EXTRA_CA_CERTS/);
    expect(step7.fix?.summary).toMatch(/--insecure.*development only/);
    // The handshake failed, so the mock never saw a request.
    expect(server.count()).toBe(0);
  });
});

describe('proxies are honoured as curl honours them', () => {
  test('HTTPS_PROXY/HTTP_PROXY: the request is tunnelled through the proxy and succeeds', async () => {
    const server = await mock('openai');
    const proxy = await startConnectProxy();
    cleanups.push(() => proxy.close());
    const runner = runnerWithEnv({HTTP_PROXY: proxy.url});
    const {results} = await runSteps({env: server.env, runner}, ['provider-test']);
    expect(results['provider-test']!.status).toBe('pass');
    expect(proxy.connects.length).toBeGreaterThanOrEqual(1);
    expect(proxy.connects[0]).toBe(new URL(server.origin).host);
    expect(server.count()).toBe(2);
  });

  test('a proxy that wants credentials (407) is reported as a proxy problem', async () => {
    const server = await mock('openai');
    const proxy = await startConnectProxy({refuseWith: 407});
    cleanups.push(() => proxy.close());
    const runner = runnerWithEnv({http_proxy: proxy.url});
    const {results} = await runSteps({env: server.env, runner}, ['provider-test']);
    const step7 = results['provider-test']!;
    expect(step7).toMatchObject({status: 'unknown', layer: 'network'});
    expect(step7.summary).toMatch(/proxy/i);
    expect(server.count()).toBe(0);
  });

  test('NO_PROXY bypasses the proxy', async () => {
    const server = await mock('openai');
    const proxy = await startConnectProxy({refuseWith: 407});
    cleanups.push(() => proxy.close());
    const runner = runnerWithEnv({HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1'});
    const {results} = await runSteps({env: server.env, runner}, ['provider-test']);
    expect(results['provider-test']!.status).toBe('pass');
    expect(proxy.connects).toEqual([]);
  });
});
