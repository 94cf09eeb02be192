import {describe, expect, test} from 'vitest';
import {knownSecrets} from '../../source/core/known-secrets.js';
import {
  keyVariableOf,
  PROVIDER_SPECS,
  providerName,
} from '../../source/core/providers/registry/index.js';
import {PROVIDERS} from '../../source/core/vocabulary.js';

describe('provider registry', () => {
  test('the vocabulary lists the registry’s providers in the contract’s order', () => {
    expect([...PROVIDERS]).toEqual([
      'cursor',
      'openai',
      'anthropic',
      'google',
      'openrouter',
      'azure',
      'bedrock',
    ]);
  });

  test('each spec is complete and its key variables are scrubbed as credentials', () => {
    for (const spec of PROVIDER_SPECS) {
      expect(spec.name, spec.id).not.toBe('');
      expect(spec.keyVariables.length, spec.id).toBeGreaterThan(0);
      for (const name of spec.keyVariables) expect(spec.credentialVariables).toContain(name);
    }
  });

  test('one name per provider, everywhere', () => {
    expect(providerName('google')).toBe('Google Gemini');
    expect(providerName(null)).toBe('an unknown provider');
    expect(keyVariableOf('bedrock')).toBe('AWS_BEARER_TOKEN_BEDROCK');
  });

  test('every credential variable a spec names is scrubbed from output', () => {
    const env = Object.fromEntries(
      PROVIDER_SPECS.flatMap((spec) =>
        spec.credentialVariables.map((name) => [name, `value-of-${name}`]),
      ),
    );
    const scrubbed = knownSecrets(env).map((secret) => secret.reveal());
    for (const [name, value] of Object.entries(env)) expect(scrubbed, name).toContain(value);
  });
});
