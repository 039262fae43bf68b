import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export interface SeenRequest {
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
}

/** A loopback HTTP server (127.0.0.1, ephemeral port) serving whatever routes a test gives it. */
export interface FixtureServer {
  readonly origin: string;
  readonly port: number;
  url(path: string): string;
  route(path: string, handler: Handler): void;
  readonly requests: SeenRequest[];
  count(path: string): number;
  close(): Promise<void>;
}

export async function startFixtureServer(
  routes: Record<string, Handler> = {},
): Promise<FixtureServer> {
  const table = new Map(Object.entries(routes));
  const requests: SeenRequest[] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push({ path, headers: request.headers });
    const handler = table.get(path) ?? table.get(path.split('?')[0] ?? path);
    if (handler) handler(request, response);
    else response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (path) => `${origin}${path}`,
    route: (path, handler) => table.set(path, handler),
    requests,
    count: (path) => requests.filter((r) => r.path === path).length,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Answers with a body and headers (content type XML unless given). */
export function send(
  body: string | Buffer,
  headers: Record<string, string> = {},
  status = 200,
): Handler {
  return (_request, response) => {
    response.writeHead(status, {
      'content-type': 'application/rss+xml; charset=utf-8',
      ...headers,
    });
    response.end(body);
  };
}

/** Answers 304 when the request carries the ETag, else the body with that ETag. */
export function withEtag(
  body: string,
  etag: string,
  headers: Record<string, string> = {},
): Handler {
  return (request, response) => {
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { etag, ...headers }).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/rss+xml', etag, ...headers });
    response.end(body);
  };
}

export function redirect(location: string, status = 302): Handler {
  return (_request, response) => {
    response.writeHead(status, { location }).end();
  };
}

/** Sends headers, then nothing until `ms` has passed (a server too slow to answer). */
export function slow(ms: number, body = '<rss/>'): Handler {
  return (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/rss+xml' });
    response.write('<?xml version="1.0"?>');
    const timer = setTimeout(() => response.end(body), ms);
    response.on('close', () => clearTimeout(timer));
  };
}

/** Streams `bytes` bytes without a Content-Length (the cap must be enforced while reading). */
export function huge(bytes: number): Handler {
  return (_request, response) => {
    response.writeHead(200, { 'content-type': 'application/rss+xml' });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    const pump = () => {
      while (sent < bytes) {
        sent += chunk.length;
        if (!response.write(chunk)) {
          response.once('drain', pump);
          return;
        }
      }
      response.end();
    };
    response.on('close', () => (sent = bytes));
    pump();
  };
}
