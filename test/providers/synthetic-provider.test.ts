// Adding a provider is one spec file plus its registry line. Here a made-up provider's spec takes
// the registry line of a real one (the module it is imported from is replaced), and everything
// derived from the registry serves it with no other change: key format, base URL, its requests,
// the answer shape, its diagnoser, its model names and its error texts, against a loopback mock.
import {afterEach, beforeEach, describe, expect, test, vi} from 'vitest';
import {classifyError} from '../../source/core/classify/index.js';
import {checkBaseUrl} from '../../source/core/providers/base-url-check.js';
import {configuredBaseUrl} from '../../source/core/providers/endpoints.js';
import {detectKeyFormat} from '../../source/core/providers/key-format.js';
import {providerOfModelName} from '../../source/core/providers/model-choice.js';
import {probeKey} from '../../source/core/providers/probe.js';
import {PROVIDER_SPECS} from '../../source/core/providers/registry/index.js';
import type {ProviderKey} from '../../source/core/providers/types.js';
import {Secret} from '../../source/core/secrets.js';
import type {Provider} from '../../source/core/vocabulary.js';
import {
  startLoopbackServer,
  type LoopbackServer,
  type Reply,
} from '../helpers/mock-providers/server.js';
import {acme} from '../helpers/synthetic-provider.js';
import {makeContext} from './support.js';

vi.mock('../../source/core/providers/registry/openrouter.js', async () => ({
  openrouter: (await import('../helpers/synthetic-provider.js')).acme,
}));

const ACME = 'acme' as Provider;
const KEY = `acme-${'0123456789abcdef'.repeat(2)}`;

function acmeKey(): ProviderKey {
  return {
    id: 'env:ACME_API_KEY',
    slot: ACME,
    secret: new Secret(KEY, 'env:ACME_API_KEY'),
    source: 'env:ACME_API_KEY',
    envName: 'ACME_API_KEY',
    notes: [],
  };
}

let server: LoopbackServer;
let replies: Record<string, Reply>;

beforeEach(async () => {
  replies = {};
  server = await startLoopbackServer(
    (request) => replies[`${request.method} ${request.url}`] ?? {status: 404, body: '{}'},
  );
});

afterEach(async () => {
  await server.close();
});

function probe() {
  const env = {ACME_BASE_URL: `${server.origin}/v2`};
  return probeKey(makeContext({env}), acmeKey());
}

describe('a provider added as one spec file', () => {
  test('the registry lists it, and its key, base URL and model names are its own', () => {
    expect(PROVIDER_SPECS.map((spec) => spec.id)).toContain('acme');
    expect(detectKeyFormat(KEY).provider).toBe('acme');
    expect(configuredBaseUrl(ACME, {})).toEqual({
      url: 'https://api.acme.invalid/v2',
      variable: 'ACME_BASE_URL (default)',
    });
    expect(providerOfModelName('acme-large')).toBe('acme');
    expect(
      checkBaseUrl({
        provider: ACME,
        keyProvider: ACME,
        slot: ACME,
        env: {ACME_BASE_URL: 'https://relay.example.com/v2'},
      }).map((finding) => finding.line),
    ).toEqual(['ACME_BASE_URL points at relay.example.com, not Acme']);
  });

  test('its free probe and its completion go out as its own call plan says, and pass', async () => {
    replies['GET /v2/models'] = {status: 200, body: '{"items":[{"id":"acme-mini"}]}'};
    replies['POST /v2/reply'] = {status: 200, body: '{"reply":{"text":"p"}}'};
    const record = await probe();
    expect(record.provider).toBe('acme');
    expect(record.cheap).toMatchObject({ok: true, httpStatus: 200});
    expect(record.models).toEqual(['acme-mini']);
    expect(record.completionModel).toBe(acme.defaultModel);
    expect(record.completion).toMatchObject({ok: true, httpStatus: 200});
    expect(record.cheap?.curl).toBe(
      `curl -sS "${server.origin}/v2/models" -H "x-acme-key: $ACME_API_KEY"`,
    );
    expect(server.requests.map((request) => request.headers['x-acme-key'])).toEqual([KEY, KEY]);
    expect(JSON.parse(server.requests[1]!.body)).toEqual({
      model: 'acme-mini',
      prompt: 'ping',
      limit: 1,
    });
  });

  test('without its default model listed, the completion calls one of its small models', async () => {
    replies['GET /v2/models'] = {
      status: 200,
      body: '{"items":[{"id":"acme-large"},{"id":"acme-tiny"}]}',
    };
    replies['POST /v2/reply'] = {status: 200, body: '{"reply":{"text":"p"}}'};
    const record = await probe();
    expect(record.completionModel).toBe('acme-tiny');
  });

  test('a 200 without its answer field is not its API', async () => {
    replies['GET /v2/models'] = {status: 200, body: '{"data":[{"id":"acme-mini"}]}'};
    const record = await probe();
    expect(record.cheap).toMatchObject({ok: false, notTheApi: true});
    expect(record.cheap?.diagnosis?.action).toMatch(/but not Acme AI's API: check the base URL/);
  });

  test('a refusal is read by its own diagnoser', async () => {
    replies['GET /v2/models'] = {status: 401, body: '{"error":{"message":"key revoked"}}'};
    const record = await probe();
    expect(record.cheap?.diagnosis).toMatchObject({
      provider: 'acme',
      layer: 'provider-key',
      code: 'acme_bad_key',
      action: 'Acme refused the key: key revoked',
    });
  });

  test('its known error text, pasted alone, is read as its own', () => {
    expect(classifyError({text: 'Error: Acme key revoked'})).toMatchObject({
      provider: 'acme',
      layer: 'provider-key',
      code: 'acme_bad_key',
    });
  });
});
