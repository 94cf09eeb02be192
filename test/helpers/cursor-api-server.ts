// A loopback stand-in for the Cursor API (/v0/me) and the Cursor backend: tests never reach a
// real Cursor host. It records what it was asked, minus the key itself.
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';

export interface CursorApiServer {
  url: string;
  /** Method, path and whether an Authorization header came, per request. */
  requests: {method: string; path: string; authScheme: string | null}[];
  /** Set to answer /v0/me with a fixed status instead of checking the key. */
  forceStatus: number | null;
  /** With forceStatus, the body to send instead of the generic one (see V1_ERRORS). */
  forceBody: unknown;
  close(): Promise<void>;
}

export interface KeyRecord {
  apiKeyName: string;
  createdAt: string;
  userEmail?: string;
}

export async function startCursorApiServer(
  keys: Record<string, KeyRecord>,
): Promise<CursorApiServer> {
  const state: CursorApiServer = {
    url: '',
    requests: [],
    forceStatus: null,
    forceBody: undefined,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server: Server = createServer((request, response) => {
    const auth = request.headers.authorization ?? null;
    state.requests.push({
      method: request.method ?? '',
      path: request.url ?? '',
      authScheme: auth ? (auth.split(' ')[0] ?? null) : null,
    });
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      response.writeHead(status, {'content-type': 'application/json', ...headers});
      response.end(JSON.stringify(body));
    };
    if (request.url !== '/v0/me') return json(404, {error: 'Not Found'});
    if (state.forceStatus === 429 && state.forceBody === undefined) {
      return json(
        429,
        {error: 'Too Many Requests', message: 'Rate limit exceeded.'},
        {'retry-after': '7'},
      );
    }
    if (state.forceStatus !== null)
      return json(state.forceStatus, state.forceBody ?? {error: 'Forced', message: 'forced'});
    const match = /^Basic (.+)$/.exec(auth ?? '');
    const decoded = match ? Buffer.from(match[1]!, 'base64').toString('utf8') : '';
    const key = decoded.endsWith(':') ? decoded.slice(0, -1) : null;
    const record = key !== null ? keys[key] : undefined;
    if (!record) return json(401, {error: 'Unauthorized', message: 'Invalid API key'});
    return json(200, record);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}

/**
 * Error bodies of the API's v1 envelope, `{"error":{"code","message"}}`, with codes of
 * https://github.com/api-evangelist/anysphere/blob/main/errors/anysphere-error-codes.yml
 * (derived 2026-07-17; the messages are placeholders), and a v0 plain-string error as captured in
 * https://github.com/getsentry/sentry/issues/107489 (2026-02-03).
 */
export const V1_ERRORS = {
  unauthorized: {error: {code: 'unauthorized', message: 'Invalid API key'}},
  apiKeyNotFound: {error: {code: 'api_key_not_found', message: 'API key not found'}},
  planRequired: {error: {code: 'plan_required', message: 'This feature requires a paid plan'}},
  roleForbidden: {error: {code: 'role_forbidden', message: 'Your role does not allow this'}},
  usageLimitExceeded: {error: {code: 'usage_limit_exceeded', message: 'Usage limit exceeded'}},
  v0PlainString: {error: "Model 'gpt-5-high' is not available or invalid."},
} as const;

/** A loopback URL nothing listens on, for network-failure cases. */
export async function closedUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
