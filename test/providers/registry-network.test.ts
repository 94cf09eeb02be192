import {describe, expect, test} from 'vitest';
import {PROVIDER_SPECS, providerSpec} from '../../source/core/providers/registry/index.js';
import type {Provider} from '../../source/core/vocabulary.js';

/** A host each provider is known by, as a pasted error shows it. */
const SEEN_HOST: Record<Provider, string> = {
  cursor: 'POST https://api2.cursor.sh/aiserver.v1.ChatService/StreamChat',
  openai: 'getaddrinfo ENOTFOUND api.openai.com',
  anthropic: 'see https://docs.claude.com/en/api/errors',
  google: 'https://generativelanguage.googleapis.com/v1beta/models',
  openrouter: 'https://openrouter.ai/api/v1/chat/completions',
  azure: 'https://my-resource.openai.azure.com/openai/deployments/x',
  bedrock: 'https://bedrock-runtime.us-east-1.amazonaws.com/model/x/converse',
};

/** The providers a text shows, after a more specific provider hides the one it narrows. */
function providersIn(text: string, field: 'hosts' | 'textNames'): string[] {
  const seen = PROVIDER_SPECS.filter((spec) => spec[field]?.test(text));
  const hidden = new Set<string | null>(
    seen.map((spec) => ('narrows' in spec ? spec.narrows : null)),
  );
  return seen.map((spec) => spec.id).filter((id) => !hidden.has(id));
}

describe('provider registry: how a provider shows in a text', () => {
  test('each provider is known by its own host and by no other provider’s', () => {
    for (const spec of PROVIDER_SPECS) {
      expect(providersIn(SEEN_HOST[spec.id], 'hosts'), spec.id).toEqual([spec.id]);
    }
  });

  test('Azure’s name contains OpenAI’s, and Azure is the one meant', () => {
    expect(providerSpec('openai').textNames?.test('Azure OpenAI: 401 Access denied')).toBe(true);
    expect(providersIn('Azure OpenAI: 401 Access denied', 'textNames')).toEqual(['azure']);
    expect(providersIn('Incorrect API key provided (OpenAI)', 'textNames')).toEqual(['openai']);
  });

  test('model names and “OpenAI-compatible” do not name a provider', () => {
    expect(providersIn('claude-sonnet-4 via an OpenAI-compatible server', 'textNames')).toEqual([]);
  });

  test('an API host is matched as a whole host, not as part of another', () => {
    expect(providerSpec('openai').apiHost?.test('api.openai.com')).toBe(true);
    expect(providerSpec('openai').apiHost?.test('api.openai.com.example.net')).toBe(false);
    expect(providerSpec('bedrock').apiHost?.test('bedrock-runtime.eu-west-1.amazonaws.com')).toBe(
      true,
    );
    expect(providerSpec('azure').apiHost).toBeNull();
  });
});
