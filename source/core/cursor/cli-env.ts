// The environment every Cursor CLI child gets. The runner merges it over the parent's
// environment, so anything the wizard's own env says wins, and credentials the call does not need
// are removed rather than inherited: a 2026 CLI given CURSOR_AUTH_TOKEN saves it as the login.
import type {CheckContext} from '../step-model.js';

const NEVER_INHERITED = ['CURSOR_API_KEY', 'CURSOR_AUTH_TOKEN'] as const;

export function cliEnv(
  context: Pick<CheckContext, 'env'>,
  extra: Readonly<Record<string, string | undefined>> = {},
): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(context.env)) {
    if (value !== undefined) env[name] = value;
  }
  for (const name of NEVER_INHERITED) env[name] = undefined;
  return {...env, ...extra};
}

/** The backend the CLI talks to, as the CLI itself reads it. */
export function cursorEndpoint(env: CheckContext['env']): string {
  const value = env.CURSOR_API_ENDPOINT?.trim();
  return value ? value.replace(/\/+$/, '') : 'https://api2.cursor.sh';
}

/** Base of the public Cursor API that describes a key. */
export function cursorApiBase(env: CheckContext['env']): string {
  const value = env.CURSORKEY_CURSOR_API_URL?.trim();
  return value ? value.replace(/\/+$/, '') : 'https://api.cursor.com';
}
