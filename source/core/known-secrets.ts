// Every credential this run can see, so output is scrubbed of their exact text whatever their
// shape (an unusual key format would slip past the shape patterns alone).
import {credentialVariables} from './providers/registry/index.js';
import {findKeyShapes, scrub, Secret} from './secrets.js';
import type {Answers, Env} from './step-model.js';

const CREDENTIAL_VARIABLES = credentialVariables();

export function knownSecrets(env: Env, extra: readonly (Secret | undefined)[] = []): Secret[] {
  const secrets: Secret[] = [];
  for (const name of CREDENTIAL_VARIABLES) {
    const value = env[name];
    if (!value) continue;
    secrets.push(new Secret(value, `env:${name}`));
    // Checks often show the key as they sent it, without paste damage.
    if (value.trim() !== value && value.trim())
      secrets.push(new Secret(value.trim(), `env:${name}`));
  }
  for (const secret of extra) {
    if (!secret) continue;
    secrets.push(secret);
    const trimmed = secret.reveal().trim();
    if (trimmed && trimmed !== secret.reveal()) secrets.push(new Secret(trimmed, secret.source));
  }
  return secrets;
}

/** Every credential of a wizard session: the environment's and the keys typed into it. */
export function sessionSecrets(env: Env, answers: Answers): Secret[] {
  const typed = Object.values(answers).filter((value): value is Secret => value instanceof Secret);
  return knownSecrets(env, typed);
}

/**
 * True when text that should hold no key (a model name) carries one: a key's shape, or any key
 * this session holds, whatever its shape (an Azure key has no prefix to recognise).
 */
export function carriesKey(text: string, secrets: readonly Secret[]): boolean {
  return findKeyShapes(text).length > 0 || scrub(text, secrets) !== text;
}
