import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/ports/logger.js';
import { OpsPortError, startOpsServer, type OpsServer } from '../../src/ops/ops-server.js';
import { createPromMetrics } from '../../src/ops/prom-metrics.js';
import { Readiness } from '../../src/ops/readiness.js';

let servers: OpsServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function start(
  readiness = new Readiness(),
  metrics = createPromMetrics({ defaults: false }),
) {
  const server = await startOpsServer({
    port: 0,
    host: '127.0.0.1',
    readiness,
    metrics,
    logger: silentLogger,
  });
  servers.push(server);
  const url = (path: string) => `http://127.0.0.1:${server.port}${path}`;
  return { server, readiness, metrics, url };
}

describe('the ops server', () => {
  it('answers /healthz, and /metrics in Prometheus text format with what was counted', async () => {
    const { url, metrics } = await start();
    metrics.increment('briefly_commands_total', { command: 'news', outcome: 'answer' }, 3);
    metrics.observe('briefly_command_duration_seconds', { command: 'news' }, 0.004);
    let depth = 7;
    metrics.gauge('briefly_outbound_queue_depth', { platform: 'telegram' }, () => depth);
    const health = await fetch(url('/healthz'));
    expect(health.status).toBe(200);
    expect(await health.text()).toBe('ok\n');
    const scrape = await fetch(url('/metrics'));
    expect(scrape.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await scrape.text();
    expect(text).toContain('briefly_commands_total{command="news",outcome="answer"} 3');
    expect(text).toContain('briefly_command_duration_seconds_bucket{le="0.005",command="news"} 1');
    expect(text).toContain('briefly_outbound_queue_depth{platform="telegram"} 7');
    depth = 2;
    expect(await (await fetch(url('/metrics'))).text()).toContain(
      'briefly_outbound_queue_depth{platform="telegram"} 2',
    );
  });

  it('answers /readyz 503 with the reason while starting, when a check fails, and while stopping', async () => {
    const { url, readiness } = await start();
    readiness.starting('opening the database');
    let answer = await fetch(url('/readyz'));
    expect(answer.status).toBe(503);
    expect(await answer.text()).toBe('not ready\n- starting: opening the database\n');

    let telegram: string | undefined = 'another instance is polling with this token (409)';
    let database: Error | undefined = Object.assign(
      new Error('connect ECONNREFUSED 10.0.0.5:5432 user=briefly'),
      { code: 'ECONNREFUSED' },
    );
    readiness.add('database', () =>
      database ? Promise.reject(database) : Promise.resolve(undefined),
    );
    readiness.add('telegram', () => telegram);
    readiness.started();
    answer = await fetch(url('/readyz'));
    expect(answer.status).toBe(503);
    const text = await answer.text();
    expect(text).toBe(
      'not ready\n- database: failed (ECONNREFUSED)\n- telegram: another instance is polling with this token (409)\n',
    );
    expect(text).not.toContain('10.0.0.5');

    telegram = undefined;
    database = undefined;
    answer = await fetch(url('/readyz'));
    expect([answer.status, await answer.text()]).toEqual([200, 'ready\n']);

    readiness.markStopping();
    answer = await fetch(url('/readyz'));
    expect([answer.status, await answer.text()]).toEqual([503, 'not ready\n- stopping\n']);
  });

  it('answers only GET and HEAD, and only its three paths', async () => {
    const { url } = await start();
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const answer = await fetch(url('/metrics'), { method });
      expect(answer.status, method).toBe(405);
      expect(answer.headers.get('allow')).toBe('GET, HEAD');
    }
    const head = await fetch(url('/metrics'), { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    for (const path of ['/', '/env', '/config', '/metrics/../.env', '/healthz/x'])
      expect((await fetch(url(path))).status, path).toBe(404);
    expect((await fetch(url('/healthz?verbose=1'))).status).toBe(200);
  });

  it('keeps answering while a client holds a connection open without finishing its request', async () => {
    const { server, url } = await start();
    const slow = connect(server.port, '127.0.0.1');
    await new Promise<void>((resolve) => slow.once('connect', resolve));
    slow.write('GET /metrics HTTP/1.1\r\nHost: x\r\n'); // headers never finished
    const answer = await fetch(url('/healthz'));
    expect(answer.status).toBe(200);
    slow.destroy();
  });

  it('refuses a port already taken with a one-line error', async () => {
    const { server } = await start();
    const error = await startOpsServer({
      port: server.port,
      host: '127.0.0.1',
      readiness: new Readiness(),
      metrics: createPromMetrics({ defaults: false }),
      logger: silentLogger,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpsPortError);
    expect((error as Error).message).toBe(`OPS_PORT: 127.0.0.1:${server.port} is already in use`);
  });
});

describe('prom metrics', () => {
  it('exports process and Node defaults, and folds label sets past the bound into "other"', async () => {
    const metrics = createPromMetrics();
    for (let i = 0; i < 600; i++)
      metrics.increment('briefly_commands_total', { command: `c${i}`, outcome: 'answer' });
    metrics.gauge('briefly_articles', {}, () => {
      throw new Error('index closed');
    });
    const { body } = await metrics.render();
    expect(body).toMatch(/process_cpu_user_seconds_total \d/);
    expect(body).toMatch(/nodejs_eventloop_lag_seconds \d/);
    expect(body).toContain('briefly_commands_total{command="other",outcome="other"} 100');
    expect(body.match(/^briefly_commands_total\{/gm)?.length).toBe(501);
    expect(body).toMatch(/^briefly_articles 0$/m); // a reading that fails is left out
  });
});
