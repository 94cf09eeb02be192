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
    if (state.forceStatus === 429) {
      return json(
        429,
        {error: 'Too Many Requests', message: 'Rate limit exceeded.'},
        {'retry-after': '7'},
      );
    }
    if (state.forceStatus !== null)
      return json(state.forceStatus, {error: 'Forced', message: 'forced'});
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

/** A loopback URL nothing listens on, for network-failure cases. */
export async function closedUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
