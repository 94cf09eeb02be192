// Finds every provider key this run can test: the variables the official SDKs read, and the key
// typed into the wizard's masked field. Keys stay in memory as Secret instances.
import {Secret} from '../secrets.js';
import type {Answers, Env} from '../step-model.js';
import {isProvider, type Provider} from '../vocabulary.js';
import {detectKeyFormat} from './key-format.js';
import {cleanKey} from './paste-forensics.js';
import type {ChainLink} from './registry/credential-chain.js';
import {keyVariableOf, PROVIDER_SPECS, providerSpec} from './registry/index.js';
import type {ProviderSpec} from './registry/spec.js';
import type {ProviderKey} from './types.js';

function present(env: Env, name: string): string | null {
  const value = env[name];
  return value !== undefined && value !== '' ? value : null;
}

function makeKey<Id extends string>(
  raw: string,
  source: string,
  slot: Id | null,
  envName: string,
  notes: string[] = [],
): ProviderKey<Id> {
  const secret = new Secret(raw, source);
  return {id: `${source}#${secret.fingerprint}`, slot, secret, source, envName, notes};
}

/** The first credential of the chain that is set, with how it authenticates. */
function chainKey<Id extends string>(
  env: Env,
  provider: Id,
  chain: readonly ChainLink[],
): ProviderKey<Id> | null {
  for (const link of chain) {
    const value = present(env, link.variable);
    if (!value) continue;
    const key = makeKey(value, `env:${link.variable}`, provider, link.variable);
    if (link.mode === 'bearer') return {...key, auth: {mode: 'bearer'}};
    if (link.mode === 'profile') return {...key, auth: {mode: 'profile', profile: value.trim()}};
    const secret = present(env, link.secretVariable);
    if (!secret) key.notes.push(`${link.variable} is set without ${link.secretVariable}`);
    const token = present(env, link.sessionVariable);
    const secretOf = (raw: string, name: string) => new Secret(cleanKey(raw), `env:${name}`);
    return {
      ...key,
      auth: {
        mode: 'sigv4',
        secretAccessKey: secretOf(secret ?? '', link.secretVariable),
        sessionToken: token ? secretOf(token, link.sessionVariable) : null,
      },
    };
  }
  return null;
}

/** The first key variable set, in the SDK's order; a later one set too is noted, not tested. */
function variableKey<Id extends string>(
  env: Env,
  provider: Id,
  variables: readonly string[],
): ProviderKey<Id> | null {
  const set = variables.filter((name) => present(env, name));
  const [used, ...ignored] = set;
  if (!used) return null;
  const value = present(env, used)!;
  const notes = ignored.map((name) =>
    present(env, name) === value
      ? `${name} holds the same key; ${used} is used`
      : `${name} is also set and differs; the SDK uses ${used} and ignores it`,
  );
  return makeKey(value, `env:${used}`, provider, used, notes);
}

/** The key of each provider the environment holds, as its SDK would pick it. */
export function envProviderKeys<Id extends string>(
  env: Env,
  specs: readonly ProviderSpec<Id>[],
): ProviderKey<Id>[] {
  return specs
    .filter((spec) => spec.byok)
    .flatMap((spec) => {
      const key = spec.credentialChain
        ? chainKey(env, spec.id, spec.credentialChain)
        : variableKey(env, spec.id, spec.keyVariables);
      return key ? [key] : [];
    });
}

/** Every provider key found, environment first, then the typed key. */
export function collectProviderKeys(env: Env, answers: Answers): ProviderKey[] {
  const keys: ProviderKey[] = envProviderKeys(env, PROVIDER_SPECS);

  const typed = answers.providerKey;
  if (typed && typed.length > 0) {
    const field = answers.byokField;
    const slot = typeof field === 'string' && isProvider(field) ? field : null;
    const detected = detectKeyFormat(cleanKey(typed.reveal())).provider;
    const envProvider = slot ?? (detected && providerSpec(detected).byok ? detected : null);
    const key: ProviderKey = {
      id: `${typed.source}#${typed.fingerprint}`,
      slot,
      secret: typed,
      source: typed.source,
      envName: envProvider ? keyVariableOf(envProvider) : 'PROVIDER_API_KEY',
      notes: [],
    };
    // The same key in the environment and typed in is one key: test it once.
    if (!keys.some((other) => other.secret.fingerprint === typed.fingerprint)) keys.push(key);
  }
  return keys;
}

/** The provider a key is tested against: what its characters say, else where it was given. */
export function providerOf(key: ProviderKey): Provider | null {
  // A credential found through its provider's chain is that provider's, whatever it looks like.
  if (key.auth) return key.slot;
  const format = detectKeyFormat(cleanKey(key.secret.reveal()));
  if (format.provider && !providerSpec(format.provider).byok) return null;
  // A shared prefix (a bare sk- key) may belong to any compatible vendor: trust where it was given.
  if (format.fallback) return key.slot ?? format.provider;
  // Otherwise the characters win, so a key in the wrong field is tested where it would work.
  return format.provider ?? key.slot;
}

/** The key's characters after paste cleaning, as a Secret with the same source. */
export function sentSecret(key: ProviderKey): Secret {
  const cleaned = cleanKey(key.secret.reveal());
  return cleaned === key.secret.reveal() ? key.secret : new Secret(cleaned, key.source);
}

/**
 * The variables a person exports a provider key in, one per provider as its SDK names it (and
 * the pair a request is signed with, where there is one), for help text.
 */
export function keyVariableNames(specs: readonly ProviderSpec[] = PROVIDER_SPECS): string[] {
  return specs
    .filter((spec) => spec.byok)
    .flatMap((spec) => [
      spec.keyVariables[0]!,
      ...(spec.credentialChain ?? []).flatMap((link) =>
        link.mode === 'sigv4' ? [`${link.variable}/${link.secretVariable}`] : [],
      ),
    ]);
}
