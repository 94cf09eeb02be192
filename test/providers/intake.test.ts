// Which keys a run finds in the environment, and whose they are, all read from the registry: a
// provider added as a spec alone is found too, with its own variables and credential chain.
import {describe, expect, test} from 'vitest';
import {
  collectProviderKeys,
  envProviderKeys,
  keyVariableNames,
  providerOf,
} from '../../source/core/providers/intake.js';
import {PROVIDER_SPECS} from '../../source/core/providers/registry/index.js';
import type {ProviderSpec} from '../../source/core/providers/registry/spec.js';
import {NO_KEY_FIX} from '../../source/core/providers/step-support.js';
import {Secret} from '../../source/core/secrets.js';
import type {Provider} from '../../source/core/vocabulary.js';

const OPENAI = `sk-proj-${'a'.repeat(74)}T3BlbkFJ${'b'.repeat(74)}`;
const GOOGLE = `AIza${'c'.repeat(35)}`;
const OTHER_GOOGLE = `AIza${'d'.repeat(35)}`;
const CURSOR = `key_${'e'.repeat(64)}`;
const ABSK = `ABSK${'QmVk'.repeat(30)}`;
const BARE_SK = `sk-${'f'.repeat(40)}`;
const SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY';

const found = (env: Record<string, string>) =>
  collectProviderKeys(env, {}).map((key) => ({
    slot: key.slot,
    source: key.source,
    notes: key.notes,
    mode: key.auth?.mode ?? null,
  }));

describe('keys in the environment', () => {
  test('one key per provider, in the registry’s order; Cursor’s own key is not a provider key', () => {
    const keys = found({
      AWS_BEARER_TOKEN_BEDROCK: ABSK,
      GOOGLE_API_KEY: GOOGLE,
      OPENAI_API_KEY: OPENAI,
      CURSOR_API_KEY: CURSOR,
    });
    expect(keys.map((key) => key.source)).toEqual([
      'env:OPENAI_API_KEY',
      'env:GOOGLE_API_KEY',
      'env:AWS_BEARER_TOKEN_BEDROCK',
    ]);
  });

  test('of two variables the SDK reads, the first set wins and the other is noted', () => {
    expect(found({GOOGLE_API_KEY: GOOGLE, GEMINI_API_KEY: GOOGLE})).toEqual([
      {
        slot: 'google',
        source: 'env:GOOGLE_API_KEY',
        notes: ['GEMINI_API_KEY holds the same key; GOOGLE_API_KEY is used'],
        mode: null,
      },
    ]);
    expect(found({GOOGLE_API_KEY: GOOGLE, GEMINI_API_KEY: OTHER_GOOGLE})[0]!.notes).toEqual([
      'GEMINI_API_KEY is also set and differs; the SDK uses GOOGLE_API_KEY and ignores it',
    ]);
    expect(found({GEMINI_API_KEY: GOOGLE})).toEqual([
      {slot: 'google', source: 'env:GEMINI_API_KEY', notes: [], mode: null},
    ]);
  });

  test('a credential chain: the API key, else the access key pair, else the profile', () => {
    const pair = {AWS_ACCESS_KEY_ID: 'AKIAQ3EGRAMPLE7X2Z4Y', AWS_SECRET_ACCESS_KEY: 's'.repeat(40)};
    expect(found({AWS_BEARER_TOKEN_BEDROCK: ABSK, ...pair, AWS_PROFILE: 'dev'})).toEqual([
      {slot: 'bedrock', source: 'env:AWS_BEARER_TOKEN_BEDROCK', notes: [], mode: 'bearer'},
    ]);
    expect(found({...pair, AWS_PROFILE: 'dev'})).toEqual([
      {slot: 'bedrock', source: 'env:AWS_ACCESS_KEY_ID', notes: [], mode: 'sigv4'},
    ]);
    expect(found({AWS_ACCESS_KEY_ID: pair.AWS_ACCESS_KEY_ID})[0]!.notes).toEqual([
      'AWS_ACCESS_KEY_ID is set without AWS_SECRET_ACCESS_KEY',
    ]);
    const [profile] = collectProviderKeys({AWS_PROFILE: ' dev-sso '}, {});
    expect(profile!.auth).toEqual({mode: 'profile', profile: 'dev-sso'});
  });

  test('the access key pair and the session token are held as secrets, paste damage removed', () => {
    const [key] = collectProviderKeys(
      {
        AWS_ACCESS_KEY_ID: 'AKIAQ3EGRAMPLE7X2Z4Y',
        AWS_SECRET_ACCESS_KEY: ` ${SECRET_ACCESS_KEY}\n`,
        AWS_SESSION_TOKEN: 'token-value',
      },
      {},
    );
    expect(key!.auth?.mode).toBe('sigv4');
    if (key!.auth?.mode !== 'sigv4') return;
    expect(key!.auth.secretAccessKey.reveal()).toBe(SECRET_ACCESS_KEY);
    expect(key!.auth.secretAccessKey.source).toBe('env:AWS_SECRET_ACCESS_KEY');
    expect(key!.auth.sessionToken?.source).toBe('env:AWS_SESSION_TOKEN');
  });
});

describe('whose key it is', () => {
  const typed = (raw: string, byokField?: Provider) =>
    collectProviderKeys(
      {},
      {providerKey: new Secret(raw, 'input'), ...(byokField ? {byokField} : {})},
    )[0]!;

  test('a typed key takes the variable of the provider its field or its characters name', () => {
    expect(typed(ABSK).envName).toBe('AWS_BEARER_TOKEN_BEDROCK');
    expect(typed(OPENAI, 'anthropic').envName).toBe('ANTHROPIC_API_KEY');
    expect(typed(CURSOR).envName).toBe('PROVIDER_API_KEY');
  });

  test('characters win, a bare sk- key trusts its field, and a Cursor key is no provider’s', () => {
    expect(providerOf(typed(OPENAI, 'anthropic'))).toBe('openai');
    expect(providerOf(typed(ABSK))).toBe('bedrock');
    expect(providerOf(typed(BARE_SK, 'openrouter'))).toBe('openrouter');
    expect(providerOf(typed(BARE_SK))).toBe('openai');
    expect(providerOf(typed(CURSOR, 'openai'))).toBeNull();
  });

  test('a credential found through a chain is its provider’s, whatever it looks like', () => {
    const [key] = collectProviderKeys({AWS_PROFILE: CURSOR}, {});
    expect(providerOf(key!)).toBe('bedrock');
  });
});

describe('a provider added as a spec alone', () => {
  const acme: ProviderSpec = {
    // The network side is not under test here: borrow it.
    ...PROVIDER_SPECS[1],
    id: 'acme',
    name: 'Acme AI',
    keyVariables: ['ACME_API_KEY', 'ACME_KEY'],
    credentialVariables: ['ACME_API_KEY', 'ACME_KEY'],
    byok: true,
  };
  const vault: ProviderSpec = {
    ...PROVIDER_SPECS[1],
    id: 'vault',
    name: 'Vault AI',
    keyVariables: ['VAULT_TOKEN'],
    credentialVariables: ['VAULT_TOKEN', 'VAULT_ID', 'VAULT_SECRET'],
    byok: true,
    credentialChain: [
      {mode: 'bearer', variable: 'VAULT_TOKEN'},
      {
        mode: 'sigv4',
        variable: 'VAULT_ID',
        secretVariable: 'VAULT_SECRET',
        sessionVariable: 'VAULT_SESSION',
      },
    ],
  };
  const specs = [...PROVIDER_SPECS, acme, vault];

  test('its key variables are read in its SDK’s order', () => {
    const keys = envProviderKeys(
      {ACME_KEY: 'one', ACME_API_KEY: 'two', OPENAI_API_KEY: OPENAI},
      specs,
    );
    expect(keys.map((key) => [key.slot, key.source, key.notes])).toEqual([
      ['openai', 'env:OPENAI_API_KEY', []],
      [
        'acme',
        'env:ACME_API_KEY',
        ['ACME_KEY is also set and differs; the SDK uses ACME_API_KEY and ignores it'],
      ],
    ]);
  });

  test('its credential chain is followed', () => {
    const [key] = envProviderKeys({VAULT_ID: 'id', VAULT_SECRET: 'secret'}, specs);
    expect(key).toMatchObject({slot: 'vault', source: 'env:VAULT_ID', auth: {mode: 'sigv4'}});
  });

  test('its variables reach the help text', () => {
    expect(keyVariableNames(specs).slice(-3)).toEqual([
      'ACME_API_KEY',
      'VAULT_TOKEN',
      'VAULT_ID/VAULT_SECRET',
    ]);
  });
});

test('the help text names every provider’s variable, as before', () => {
  expect(NO_KEY_FIX.summary).toBe(
    'Export the key the way its SDK reads it (OPENAI_API_KEY, ANTHROPIC_API_KEY, GOOGLE_API_KEY, OPENROUTER_API_KEY, AZURE_OPENAI_API_KEY, AWS_BEARER_TOKEN_BEDROCK or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY), or paste it when the wizard asks at step 5.',
  );
});
