// A tiny loopback HTTP CONNECT proxy: it tunnels, or refuses with a status, and records the
// targets it was asked for, so a test can prove a request went through HTTPS_PROXY.
import {once} from 'node:events';
import http from 'node:http';
import net, {type AddressInfo} from 'node:net';

export interface ConnectProxy {
  url: string;
  /** host:port of every CONNECT received. */
  connects: string[];
  close(): Promise<void>;
}

export async function startConnectProxy(
  options: {refuseWith?: number} = {},
): Promise<ConnectProxy> {
  const connects: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = http.createServer((_req, res) => {
    res.writeHead(405).end();
  });
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    sockets.add(client);
    connects.push(req.url ?? '');
    if (options.refuseWith) {
      client.end(
        `HTTP/1.1 ${options.refuseWith} Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="test"\r\nContent-Length: 0\r\n\r\n`,
      );
      return;
    }
    const [host, port] = (req.url ?? '').split(':');
    const upstream = net.connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    connects,
    async close() {
      for (const socket of sockets) socket.destroy();
      server.close();
      await once(server, 'close').catch(() => undefined);
    },
  };
}
