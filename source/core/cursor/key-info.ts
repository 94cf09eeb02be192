// GET /v0/me: what the Cursor API says about a key (reference §6). Basic auth, key as the user
// name and an empty password, exactly like `curl -u KEY:`.
import type {NetworkFailure} from '../runner.js';
import {scrub, type Secret} from '../secrets.js';
import type {CheckContext} from '../step-model.js';
import {checkTransport} from '../gate/transport.js';
import {cursorApiBase} from './cli-env.js';
import {cursorGet, type CursorRequestContext} from './cursor-get.js';

export interface KeyInfo {
  apiKeyName: string | null;
  createdAt: string | null;
  /** Absent for service-account keys. */
  userEmail: string | null;
}

/**
 * `code` is the API's error code when the body carries one: the v1 envelope nests it,
 * `{"error":{"code":"plan_required","message":…}}`; older bodies have `error` as a plain string.
 */
export type KeyInfoOutcome =
  | {kind: 'ok'; info: KeyInfo}
  | {kind: 'unauthorized'; httpStatus: number; code: string | null; message: string}
  | {kind: 'forbidden'; httpStatus: number; code: string | null; message: string}
  | {
      kind: 'rate-limited';
      httpStatus: number;
      code: string | null;
      retryAfterSeconds: number | null;
    }
  | {kind: 'server-error'; httpStatus: number; code: string | null; message: string}
  | {kind: 'unexpected'; httpStatus: number; code: string | null; message: string}
  | {kind: 'network'; failure: NetworkFailure}
  /** `refused`: the URL would carry the key unencrypted, or is no web URL; nothing was sent. */
  | {kind: 'bad-url'; message: string; refused?: boolean};

export function basicAuthHeader(key: string): string {
  return `Basic ${Buffer.from(`${key}:`, 'utf8').toString('base64')}`;
}

interface ErrorBody {
  code: string | null;
  message: string;
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value.trim() : null;

/** The error in a key-info answer, whether `error` is an object (v1) or a plain string. */
function errorBody(body: string, key: Secret): ErrorBody {
  // Scrubbed before the cut, which could leave a key's first characters unrecognisable.
  let message = scrub(body.trim(), [key]).slice(0, 200);
  let code: string | null = null;
  try {
    const json = JSON.parse(body) as Record<string, unknown>;
    const error = json.error;
    if (error && typeof error === 'object') {
      const nested = error as Record<string, unknown>;
      code = text(nested.code);
      message = text(nested.message) ?? code ?? message;
    } else {
      const parts = [text(error), text(json.message)].filter((part) => part !== null);
      if (parts.length > 0) message = parts.join(': ');
    }
  } catch {
    // Not JSON: keep the start of the text.
  }
  const line = scrub(message.split('\n')[0] ?? '', [key]).slice(0, 200);
  return {code: code && /^[a-z][a-z0-9_]{0,60}$/i.test(code) ? code : null, message: line};
}

function field(json: Record<string, unknown>, name: string): string | null {
  const value = json[name];
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

export function keyInfoUrl(env: CheckContext['env']): string {
  return `${cursorApiBase(env)}/v0/me`;
}

export async function fetchKeyInfo(
  key: Secret,
  context: CursorRequestContext,
): Promise<KeyInfoOutcome> {
  const transport = checkTransport(keyInfoUrl(context.env), 'CURSORKEY_CURSOR_API_URL');
  if (!transport.ok && transport.reason !== 'not-a-url')
    return {kind: 'bad-url', message: transport.line, refused: true};
  const result = await cursorGet(context, keyInfoUrl(context.env), {
    headers: {authorization: basicAuthHeader(key.reveal()), accept: 'application/json'},
  });
  if (!result) return {kind: 'bad-url', message: `CURSORKEY_CURSOR_API_URL is not a URL`};
  if (!result.ok) {
    return {
      kind: 'network',
      failure: {...result.failure, message: scrub(result.failure.message, [key])},
    };
  }
  const {status, body, headers} = result.response;
  if (status === 200) {
    try {
      const json = JSON.parse(body) as Record<string, unknown>;
      // Something answered 200, but not with the key-info shape: no verdict on the key.
      if (!json || typeof json !== 'object' || !('apiKeyName' in json || 'createdAt' in json))
        return {
          kind: 'unexpected',
          httpStatus: status,
          code: null,
          message: 'a 200 answer that is not the Cursor API',
        };
      return {
        kind: 'ok',
        info: {
          apiKeyName: field(json, 'apiKeyName'),
          createdAt: field(json, 'createdAt'),
          userEmail: field(json, 'userEmail'),
        },
      };
    } catch {
      return {
        kind: 'unexpected',
        httpStatus: status,
        code: null,
        message: 'a 200 answer that is not JSON',
      };
    }
  }
  const error = {httpStatus: status, ...errorBody(body, key)};
  if (status === 401) return {kind: 'unauthorized', ...error};
  if (status === 403) return {kind: 'forbidden', ...error};
  if (status === 429) {
    const retry = Number(headers['retry-after']);
    return {
      kind: 'rate-limited',
      httpStatus: status,
      code: error.code,
      retryAfterSeconds: Number.isFinite(retry) && retry >= 0 ? retry : null,
    };
  }
  if (status >= 500) return {kind: 'server-error', ...error};
  return {kind: 'unexpected', ...error};
}

export function describeNetworkFailure(failure: NetworkFailure): string {
  const code = failure.code ? ` (${failure.code})` : '';
  return `${failure.kind}${code}: ${failure.message}`;
}
