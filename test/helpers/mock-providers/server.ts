// A loopback HTTP(S) server that records every request, for the provider mocks. Tests read the
// records to count requests and to prove no key travelled in a URL.
import {once} from 'node:events';
import http from 'node:http';
import https from 'node:https';
import type {AddressInfo} from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body: string;
}

export interface LoopbackServer {
  /** `http://127.0.0.1:PORT` (or https). */
  origin: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export type Handler = (request: RecordedRequest) => Reply | 'hang' | 'reset';

export async function startLoopbackServer(
  handler: Handler,
  tls?: {key: string; cert: string},
  /** Every reply waits this long first, like a distant host (the bench's doctor runs). */
  latencyMs = 0,
): Promise<LoopbackServer> {
  const requests: RecordedRequest[] = [];
  const listener: http.RequestListener = (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => (latencyMs > 0 ? setTimeout(answer, latencyMs) : answer()));
    const answer = () => {
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(recorded);
      const reply = handler(recorded);
      // Hanging keeps the socket open without answering, for timeout tests.
      if (reply === 'hang') return;
      if (reply === 'reset') {
        req.socket.resetAndDestroy();
        return;
      }
      const body = Buffer.from(reply.body, 'utf8');
      res.writeHead(reply.status, {
        'content-type': 'application/json',
        'content-length': String(body.length),
        ...reply.headers,
      });
      res.end(body);
    };
  };
  const server = tls ? https.createServer(tls, listener) : http.createServer(listener);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const {port} = server.address() as AddressInfo;
  return {
    origin: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    requests,
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close').catch(() => undefined);
    },
  };
}
