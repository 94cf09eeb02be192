// Reads `agent status` output (reference §3.1, §3.2). The exit code says nothing about the login,
// so only the words count: JSON from the first `{` when there is JSON, else the text.
import {balancedObjects} from '../balanced-braces.js';
import {stripAnsi} from './text.js';

export type CliAuthState =
  | {state: 'logged-in'; email: string | null; userId: string | null}
  /** Tokens are stored but the account could not be read: `reason` says which case. */
  | {state: 'unverified'; reason: 'unable-to-fetch' | 'no-details'}
  | {state: 'logged-out'}
  | {state: 'partial'}
  | {state: 'error'; message: string}
  | {state: 'unrecognised'};

export interface ParsedStatus {
  auth: CliAuthState;
  /** Which form was read, for evidence. */
  form: 'json' | 'text';
}

/** Old builds reject `--format` as an unknown option (commander's wording). */
export function rejectsFormatOption(output: string): boolean {
  return /unknown option\s+['"`]?--format/i.test(stripAnsi(output));
}

function firstJsonObject(text: string): Record<string, unknown> | null {
  for (const candidate of balancedObjects(text, 4)) {
    try {
      const value: unknown = JSON.parse(candidate);
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        return value as Record<string, unknown>;
      }
    } catch {
      // Not JSON after all (a brace in a notice); try the next object.
    }
  }
  return null;
}

function asString(value: unknown): string | null {
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (typeof value === 'number') return String(value);
  return null;
}

function fromJson(json: Record<string, unknown>): CliAuthState | null {
  const status = asString(json.status);
  const message = asString(json.message) ?? '';
  if (status === 'error') return {state: 'error', message};
  if (status === 'unauthenticated') return {state: 'logged-out'};
  if (status === 'partially-authenticated') return {state: 'partial'};
  if (status === 'authenticated' || json.isAuthenticated === true) {
    if (/unable to fetch user details/i.test(message)) {
      return {state: 'unverified', reason: 'unable-to-fetch'};
    }
    const info = (json.userInfo ?? {}) as Record<string, unknown>;
    const email = asString(info.email);
    const userId = asString(info.userId);
    if (email || userId) return {state: 'logged-in', email, userId};
    return {state: 'unverified', reason: 'no-details'};
  }
  if (json.isAuthenticated === false) {
    return json.hasAccessToken === true ? {state: 'partial'} : {state: 'logged-out'};
  }
  return null;
}

export function parseStatusText(output: string): CliAuthState {
  const text = stripAnsi(output);
  const error = /Status check error:\s*(.*)/i.exec(text);
  if (error) return {state: 'error', message: (error[1] ?? '').trim()};
  // "Not logged in" contains "logged in": the negative phrase must be tried first.
  if (/\bNot logged in\b/i.test(text)) return {state: 'logged-out'};
  if (/Partially authenticated/i.test(text)) return {state: 'partial'};
  if (/unable to fetch user details/i.test(text)) {
    return {state: 'unverified', reason: 'unable-to-fetch'};
  }
  const userId = /Logged in as user id\s+(\S+)/i.exec(text);
  if (userId) return {state: 'logged-in', email: null, userId: userId[1] ?? null};
  const email = /Logged in as\s+(\S+@\S+)/i.exec(text);
  if (email) return {state: 'logged-in', email: email[1] ?? null, userId: null};
  if (/user details not available|Login successful|\bLogged in\b/i.test(text)) {
    return {state: 'unverified', reason: 'no-details'};
  }
  return {state: 'unrecognised'};
}

export function parseStatusOutput(output: string): ParsedStatus {
  const json = firstJsonObject(stripAnsi(output));
  const fromObject = json ? fromJson(json) : null;
  if (fromObject) return {auth: fromObject, form: 'json'};
  return {auth: parseStatusText(output), form: 'text'};
}
