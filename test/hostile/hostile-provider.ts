// One loopback server that plays every provider, the Cursor key-info API and the Cursor backend
// at once, and answers like an attacker: escape sequences, Markdown, a megabyte field, echoes of
// every key it was sent and of every canary it knows, redirects, junk 2xx, slowloris and hangs.
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {ALL_SEQUENCES, echoesOf, hostileText, MARKDOWN, megaField} from './payloads.js';

export type HostileMode =
  'hostile' | 'mega' | 'redirect' | 'junk-2xx' | 'slowloris' | 'hang' | 'models-hostile';

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface HostileProvider {
  origin: string;
  requests: ReceivedRequest[];
  close(): Promise<void>;
}

const SENT_KEY_HEADERS = ['authorization', 'x-api-key', 'x-goog-api-key', 'api-key'];

function sentKeys(request: ReceivedRequest): string[] {
  return SENT_KEY_HEADERS.map((name) => request.headers[name])
    .filter((value): value is string => typeof value === 'string')
    .map((value) => value.replace(/^(Bearer|Basic)\s+/i, ''))
    .flatMap((value) => [value, Buffer.from(value, 'base64').toString('utf8').replace(/:$/, '')]);
}

function errorBody(request: ReceivedRequest, canaries: readonly string[], mega: boolean): string {
  const echoes = [...sentKeys(request), ...canaries].flatMap(echoesOf).join(' ');
  const message = `${hostileText()} ${echoes}`;
  return JSON.stringify({
    error: {
      message,
      type: ALL_SEQUENCES,
      code: mega ? megaField() : `invalid_api_key ${ALL_SEQUENCES} ${MARKDOWN}`,
      param: mega ? megaField() : null,
    },
    // Cursor's key-info and Anthropic/Gemini shapes read these.
    message,
    status: ALL_SEQUENCES,
  });
}

function keyInfo(canaries: readonly string[]): string {
  return JSON.stringify({
    apiKeyName: `${hostileText()} ${canaries.flatMap(echoesOf).join(' ')}`,
    createdAt: ALL_SEQUENCES,
    userEmail: 'victim.person@example.com',
    userId: 98765432,
    userFirstName: 'Vic',
    userLastName: 'Tim',
  });
}

function modelList(): string {
  return JSON.stringify({
    object: 'list',
    data: [
      {id: 'gpt-4o-mini', object: 'model'},
      {id: `evil-model ${ALL_SEQUENCES}`, object: 'model'},
      {id: MARKDOWN, object: 'model'},
      {id: megaField(), object: 'model'},
    ],
    models: [{name: `models/${ALL_SEQUENCES}`}],
    modelSummaries: [{modelId: ALL_SEQUENCES}],
  });
}

export async function startHostileProvider(
  mode: HostileMode,
  canaries: readonly string[] = [],
): Promise<HostileProvider> {
  const requests: ReceivedRequest[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request: ReceivedRequest = {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(request);
      const send = (status: number, body: string, headers: Record<string, string> = {}) => {
        res.writeHead(status, {'content-type': 'application/json', ...headers});
        res.end(body);
      };
      if (mode === 'hang') return;
      if (mode === 'slowloris') {
        res.writeHead(200, {'content-type': 'application/json'});
        res.write('{"data":[');
        const drip = setInterval(() => res.write(' '), 50);
        res.on('close', () => clearInterval(drip));
        return;
      }
      if (mode === 'redirect')
        return send(302, '', {location: 'http://evil.example/steal', 'x-request-id': 'req_[x](y)'});
      if (mode === 'junk-2xx')
        return send(200, `<html><title>${MARKDOWN}</title>captive portal</html>`, {
          'content-type': 'text/html',
        });
      if (request.url.includes('/v0/me') || request.url.includes('/v1/me'))
        return send(200, keyInfo(canaries));
      // Free probes succeed, with hostile model ids and key info, so the walk goes on to 8 and 9.
      if (mode === 'models-hostile' && request.method === 'GET') {
        if (request.url.endsWith('/key'))
          return send(200, JSON.stringify({data: {label: hostileText(), usage: 0, limit: null}}));
        return send(200, modelList());
      }
      send(401, errorBody(request, canaries, mode === 'mega'), {
        'x-request-id': `req_${'Z'.repeat(2000)}[x](http://evil.example/header)`,
      });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
