// Finds every provider key this run can test: the variables the official SDKs read, and the key
// typed into the wizard's masked field. Keys stay in memory as Secret instances.
import {Secret} from '../secrets.js';
import type {Answers, Env} from '../step-model.js';
import {isProvider, type Provider} from '../vocabulary.js';
import {detectKeyFormat} from './key-format.js';
import {cleanKey} from './paste-forensics.js';
import {keyVariableOf} from './registry/index.js';
import type {ProviderKey} from './types.js';

function present(env: Env, name: string): string | null {
  const value = env[name];
  return value !== undefined && value !== '' ? value : null;
}

function makeKey(
  raw: string,
  source: string,
  slot: Provider | null,
  envName: string,
  notes: string[] = [],
): ProviderKey {
  const secret = new Secret(raw, source);
  return {id: `${source}#${secret.fingerprint}`, slot, secret, source, envName, notes};
}

function bedrockKeys(env: Env): ProviderKey[] {
  const bearer = present(env, 'AWS_BEARER_TOKEN_BEDROCK');
  if (bearer) {
    const key = makeKey(
      bearer,
      'env:AWS_BEARER_TOKEN_BEDROCK',
      'bedrock',
      'AWS_BEARER_TOKEN_BEDROCK',
    );
    return [{...key, bedrock: {mode: 'bearer'}}];
  }
  const accessKeyId = present(env, 'AWS_ACCESS_KEY_ID');
  const secretAccessKey = present(env, 'AWS_SECRET_ACCESS_KEY');
  if (accessKeyId) {
    const key = makeKey(accessKeyId, 'env:AWS_ACCESS_KEY_ID', 'bedrock', 'AWS_ACCESS_KEY_ID');
    if (!secretAccessKey) {
      key.notes.push('AWS_ACCESS_KEY_ID is set without AWS_SECRET_ACCESS_KEY');
    }
    const token = present(env, 'AWS_SESSION_TOKEN');
    return [
      {
        ...key,
        bedrock: {
          mode: 'sigv4',
          secretAccessKey: new Secret(cleanKey(secretAccessKey ?? ''), 'env:AWS_SECRET_ACCESS_KEY'),
          sessionToken: token ? new Secret(cleanKey(token), 'env:AWS_SESSION_TOKEN') : null,
        },
      },
    ];
  }
  const profile = present(env, 'AWS_PROFILE');
  if (profile) {
    const key = makeKey(profile, 'env:AWS_PROFILE', 'bedrock', 'AWS_PROFILE');
    return [{...key, bedrock: {mode: 'profile', profile: profile.trim()}}];
  }
  return [];
}

/** Every provider key found, environment first, then the typed key. */
export function collectProviderKeys(env: Env, answers: Answers): ProviderKey[] {
  const keys: ProviderKey[] = [];
  const fromEnv = (provider: Provider) => {
    const name = keyVariableOf(provider);
    const value = present(env, name);
    if (value) keys.push(makeKey(value, `env:${name}`, provider, name));
  };
  fromEnv('openai');
  fromEnv('anthropic');
  const google = present(env, 'GOOGLE_API_KEY');
  const gemini = present(env, 'GEMINI_API_KEY');
  if (google) {
    const notes = gemini
      ? [
          gemini === google
            ? 'GEMINI_API_KEY holds the same key; GOOGLE_API_KEY is used'
            : 'GEMINI_API_KEY is also set and differs; the SDK uses GOOGLE_API_KEY and ignores it',
        ]
      : [];
    keys.push(makeKey(google, 'env:GOOGLE_API_KEY', 'google', 'GOOGLE_API_KEY', notes));
  } else if (gemini) {
    keys.push(makeKey(gemini, 'env:GEMINI_API_KEY', 'google', 'GEMINI_API_KEY'));
  }
  fromEnv('openrouter');
  fromEnv('azure');
  keys.push(...bedrockKeys(env));

  const typed = answers.providerKey;
  if (typed && typed.length > 0) {
    const field = answers.byokField;
    const slot = typeof field === 'string' && isProvider(field) ? field : null;
    const detected = detectKeyFormat(cleanKey(typed.reveal())).provider;
    const envProvider = slot ?? (detected && detected !== 'cursor' ? detected : null);
    const key: ProviderKey = {
      id: `${typed.source}#${typed.fingerprint}`,
      slot,
      secret: typed,
      source: typed.source,
      envName: envProvider ? keyVariableOf(envProvider) : 'PROVIDER_API_KEY',
      notes: [],
    };
    if (envProvider === 'bedrock' && detected === 'bedrock') key.bedrock = {mode: 'bearer'};
    // The same key in the environment and typed in is one key: test it once.
    if (!keys.some((other) => other.secret.fingerprint === typed.fingerprint)) keys.push(key);
  }
  return keys;
}

/** The provider a key is tested against: what its characters say, else where it was given. */
export function providerOf(key: ProviderKey): Provider | null {
  if (key.bedrock) return 'bedrock';
  const format = detectKeyFormat(cleanKey(key.secret.reveal()));
  if (format.provider === 'cursor') return null;
  // A bare sk- key may belong to any OpenAI-compatible vendor: trust where it was given.
  if (format.fallback) return key.slot ?? 'openai';
  // Otherwise the characters win, so a key in the wrong field is tested where it would work.
  return format.provider ?? key.slot;
}

/** The key's characters after paste cleaning, as a Secret with the same source. */
export function sentSecret(key: ProviderKey): Secret {
  const cleaned = cleanKey(key.secret.reveal());
  return cleaned === key.secret.reveal() ? key.secret : new Secret(cleaned, key.source);
}
