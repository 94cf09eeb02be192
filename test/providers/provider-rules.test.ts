// The provider-specific rules the registry's specs carry, pinned by what a person reads: the
// base-URL findings, the model choice, the hint for a host that does not resolve and the notes
// of a credential chain that cannot sign.
import {describe, expect, test} from 'vitest';
import {diagnoseNetworkFailure} from '../../source/core/network-diagnosis.js';
import {signingOf} from '../../source/core/providers/aws-credentials.js';
import {checkBaseUrl} from '../../source/core/providers/base-url-check.js';
import {checkModel} from '../../source/core/providers/model-check.js';
import {providerOfModelName, selectedModelFor} from '../../source/core/providers/model-choice.js';
import {providerSpec} from '../../source/core/providers/registry/index.js';
import type {Runner} from '../../source/core/runner.js';
import {Secret} from '../../source/core/secrets.js';

const lines = (input: Parameters<typeof checkBaseUrl>[0]) =>
  checkBaseUrl(input).map((finding) => `${finding.status}: ${finding.line}`);

describe('base URL rules', () => {
  test('an OpenRouter key in the OpenAI field needs OpenRouter’s base URL there', () => {
    const env = {OPENAI_BASE_URL: 'https://api.openai.com/v1'};
    expect(lines({provider: 'openrouter', keyProvider: 'openrouter', slot: 'openai', env})).toEqual(
      [
        "fail: an OpenRouter key in the OpenAI field needs OpenRouter's own base URL: turn on Override OpenAI Base URL with https://openrouter.ai/api/v1 (OPENAI_BASE_URL is https://api.openai.com/v1)",
      ],
    );
    expect(
      lines({
        provider: 'openrouter',
        keyProvider: 'openrouter',
        slot: 'openai',
        env: {OPENAI_BASE_URL: 'https://openrouter.ai/api/v1'},
      }),
    ).toEqual([]);
  });

  test('a Bedrock key in the OpenAI field is not held to that rule (it has a field of its own)', () => {
    expect(lines({provider: 'bedrock', keyProvider: 'bedrock', slot: 'openai', env: {}})).toEqual(
      [],
    );
  });

  test('an OpenAI key sent elsewhere than api.openai.com, and a base URL without /v1', () => {
    const env = {OPENAI_BASE_URL: 'https://gateway.example.com/api'};
    expect(lines({provider: 'openai', keyProvider: 'openai', slot: 'openai', env})).toEqual([
      'warn: OPENAI_BASE_URL has no /v1 at the end of its path (/api): OpenAI-compatible clients append /models and /chat/completions to it',
      'warn: an OpenAI key is sent to gateway.example.com: only api.openai.com accepts OpenAI keys; a proxy there needs its own key',
    ]);
    // A key given outside any Cursor field may be the proxy's own.
    expect(lines({provider: 'openai', keyProvider: 'openai', slot: null, env})).toHaveLength(1);
  });

  test('OpenRouter and Azure base URLs on hosts that are not theirs', () => {
    expect(
      lines({
        provider: 'openrouter',
        keyProvider: 'openrouter',
        slot: null,
        env: {OPENROUTER_BASE_URL: 'https://relay.example.com/v1'},
      }),
    ).toEqual(['warn: OPENROUTER_BASE_URL points at relay.example.com, not openrouter.ai']);
    expect(
      lines({
        provider: 'azure',
        keyProvider: 'azure',
        slot: 'azure',
        env: {AZURE_OPENAI_ENDPOINT: 'https://my-resource.example.com'},
      }),
    ).toEqual([
      'warn: AZURE_OPENAI_ENDPOINT host my-resource.example.com is not an Azure OpenAI host (*.openai.azure.com)',
    ]);
    expect(
      lines({
        provider: 'azure',
        keyProvider: 'azure',
        slot: 'azure',
        env: {AZURE_OPENAI_ENDPOINT: 'https://my-resource.openai.azure.com'},
      }),
    ).toEqual([]);
  });
});

describe('model rules', () => {
  test('a model name says its provider; a router’s vendor/model form wins', () => {
    expect(providerOfModelName('gpt-4o-mini')).toBe('openai');
    expect(providerOfModelName('claude-sonnet-4-5')).toBe('anthropic');
    expect(providerOfModelName('gemini-2.5-flash')).toBe('google');
    expect(providerOfModelName('us.anthropic.claude-3-haiku-20240307-v1:0')).toBe('bedrock');
    expect(providerOfModelName('anthropic/claude-sonnet-4')).toBe('openrouter');
    expect(providerOfModelName('models/gemini-2.5-flash')).toBe('openrouter');
    expect(providerOfModelName('my-deployment')).toBeNull();
  });

  test('an Azure deployment is any typed name, or one named after an OpenAI model', () => {
    const env = {};
    expect(selectedModelFor('azure', {selectedModel: 'prod-chat'}, env)).toBe('prod-chat');
    expect(selectedModelFor('azure', {selectedModel: 'gpt-4o'}, env)).toBe('gpt-4o');
    expect(
      selectedModelFor('azure', {selectedModel: 'gpt-4o'}, {AZURE_OPENAI_DEPLOYMENT: 'prod'}),
    ).toBe('prod');
    expect(selectedModelFor('azure', {}, {AZURE_OPENAI_DEPLOYMENT: ' prod '})).toBe('prod');
    expect(selectedModelFor('openai', {selectedModel: 'prod-chat'}, env)).toBeNull();
  });

  test('retired, not in Cursor, and gated models', () => {
    expect(checkModel('google', 'gemini-1.5-pro', ['gemini-2.5-flash']).line).toBe(
      'gemini-1.5-pro is retired; select gemini-2.5-flash instead',
    );
    expect(checkModel('openai', 'o3-mini', ['o3-mini']).layer).toBe('feature');
    expect(checkModel('bedrock', 'us.amazon.nova-pro-v1:0', ['amazon.nova-pro-v1:0']).status).toBe(
      'pass',
    );
    expect(checkModel('anthropic', 'claude-opus-4-1', ['claude-haiku-4-5']).line).toBe(
      'claude-opus-4-1 is not offered to this key: it may need another plan or usage tier, model access, or another region',
    );
  });
});

test('a host that does not resolve: Azure’s comes from the resource name', () => {
  const failure = {kind: 'dns' as const, code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND'};
  const azure = diagnoseNetworkFailure(failure, {
    provider: 'azure',
    url: 'https://typo.openai.azure.com/openai/models',
  });
  expect(azure.action).toBe(
    'The name typo.openai.azure.com does not resolve (ENOTFOUND): check the base URL for a typo, the connection, or DNS filtering. For Azure, check the resource name in AZURE_OPENAI_ENDPOINT.',
  );
  const openai = diagnoseNetworkFailure(failure, {
    provider: 'openai',
    url: 'https://api.openai.com',
  });
  expect(openai.action).not.toMatch(/resource name/);
});

describe('signing a credential found through the chain', () => {
  const chain = providerSpec('bedrock').credentialChain ?? [];
  const context = {
    runner: {} as Runner,
    timeoutMs: 1_000,
    signal: new AbortController().signal,
  };
  const secret = new Secret('AKIAIOSFODNN7EXAMPLE', 'env:AWS_ACCESS_KEY_ID');

  test('an access key without its secret cannot sign, in the words of the chain', async () => {
    const auth = {
      mode: 'sigv4' as const,
      secretAccessKey: new Secret('', 'env'),
      sessionToken: null,
    };
    expect(await signingOf(context, auth, secret, chain)).toEqual({
      ok: false,
      note: 'AWS_SECRET_ACCESS_KEY is not set, so requests cannot be signed.',
    });
  });

  test('a profile without the optional SDK names what else could be set', async () => {
    expect(await signingOf(context, {mode: 'profile', profile: 'dev'}, secret, chain)).toEqual({
      ok: false,
      note: 'AWS_PROFILE=dev needs the optional package @aws-sdk/credential-providers (not installed): install it, or set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or AWS_BEARER_TOKEN_BEDROCK instead.',
    });
  });
});
