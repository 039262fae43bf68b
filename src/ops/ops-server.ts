import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../core/ports/logger.js';
import type { PromMetrics } from './prom-metrics.js';
import type { Readiness } from './readiness.js';

export interface OpsServerOptions {
  readonly port: number;
  readonly host: string;
  readonly readiness: Readiness;
  readonly metrics: PromMetrics;
  readonly logger: Logger;
}

export interface OpsServer {
  readonly port: number;
  close(): Promise<void>;
}

/** The ops port cannot be opened; the message is the one line the start prints (exit code 2). */
export class OpsPortError extends Error {
  override readonly name = 'OpsPortError';
}

const TEXT = 'text/plain; charset=utf-8';

/**
 * /healthz, /readyz and /metrics on a port of their own. Only GET and HEAD; nothing but the three
 * paths; no configuration in any answer. A scraper that reads slowly or never sends its request
 * costs one socket, closed after 10 s of silence, and at most 64 are open at once: Node writes the
 * answer into the socket's buffer and the bot's event loop never waits for a client.
 */
export async function startOpsServer(options: OpsServerOptions): Promise<OpsServer> {
  const server = createServer(
    { requestTimeout: 10_000, headersTimeout: 5_000, keepAliveTimeout: 5_000, maxHeaderSize: 8192 },
    (req, res) => {
      handle(req, res, options).catch((error: unknown) => {
        options.logger.error({ err: error, path: pathOf(req) }, 'ops request failed');
        if (!res.headersSent) send(req, res, 500, TEXT, 'internal error\n');
        else res.destroy();
      });
    },
  );
  server.maxConnections = 64;
  server.setTimeout(10_000, (socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error) => reject(listenError(error, options.host, options.port)));
    server.listen(options.port, options.host, () => resolve());
  });
  server.on('error', (error) => options.logger.error({ err: error }, 'ops server error'));
  const { port } = server.address() as AddressInfo;
  options.logger.info(
    { host: options.host, port },
    'ops server listening: /healthz /readyz /metrics',
  );
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, options: OpsServerOptions) {
  const path = pathOf(req);
  if (!['/healthz', '/readyz', '/metrics'].includes(path)) {
    send(req, res, 404, TEXT, 'not found: try /healthz, /readyz or /metrics\n');
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    send(req, res, 405, TEXT, 'only GET and HEAD\n');
    return;
  }
  if (path === '/healthz') {
    // Answering at all shows the process is alive and its event loop turns.
    send(req, res, 200, TEXT, 'ok\n');
  } else if (path === '/readyz') {
    const report = await options.readiness.report();
    send(
      req,
      res,
      report.ready ? 200 : 503,
      TEXT,
      report.ready ? 'ready\n' : `not ready\n${report.reasons.map((r) => `- ${r}\n`).join('')}`,
    );
  } else {
    const { body, contentType } = await options.metrics.render();
    send(req, res, 200, contentType, body);
  }
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  type: string,
  body: string,
) {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function pathOf(req: IncomingMessage): string {
  const url = req.url ?? '/';
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

function listenError(error: Error, host: string, port: number): Error {
  const code = (error as NodeJS.ErrnoException).code;
  const where = `${host}:${port}`;
  if (code === 'EADDRINUSE') return new OpsPortError(`OPS_PORT: ${where} is already in use`);
  if (code === 'EACCES') return new OpsPortError(`OPS_PORT: not allowed to listen on ${where}`);
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return new OpsPortError(`OPS_HOST: ${host} is not an address of this machine`);
  return new OpsPortError(`OPS_PORT: cannot listen on ${where} (${code ?? error.message})`);
}
