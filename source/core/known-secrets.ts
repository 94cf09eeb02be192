// Every credential this run can see, so output is scrubbed of their exact text whatever their
// shape (an unusual key format would slip past the shape patterns alone).
import {Secret} from './secrets.js';
import type {Env} from './step-model.js';

const CREDENTIAL_VARIABLES = [
  'CURSOR_API_KEY',
  'CURSOR_AUTH_TOKEN',
  'OPENAI_API_KEY',
  'OPENAI_ADMIN_KEY',
  'ANTHROPIC_API_KEY',
  'ANTHROPIC_AUTH_TOKEN',
  'CLAUDE_CODE_OAUTH_TOKEN',
  'GOOGLE_API_KEY',
  'GEMINI_API_KEY',
  'OPENROUTER_API_KEY',
  'AZURE_OPENAI_API_KEY',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_BEARER_TOKEN_BEDROCK',
] as const;

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
