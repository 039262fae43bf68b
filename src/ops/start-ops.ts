import type { AppConfig } from '../config.js';
import type { Logger } from '../core/ports/logger.js';
import { noMetrics, type Metrics } from '../core/ports/metrics.js';
import { startOpsServer } from './ops-server.js';
import { createPromMetrics } from './prom-metrics.js';
import { Readiness } from './readiness.js';

export { OpsPortError } from './ops-server.js';

export interface Ops {
  /** Where the bot reports what it does: Prometheus metrics with OPS_PORT, nowhere without. */
  readonly metrics: Metrics;
  readonly readiness: Readiness;
  /** The ops server's port (OPS_PORT=0 picks a free one); undefined when it is off. */
  readonly port?: number | undefined;
  close(): Promise<void>;
}

/**
 * The ops server on OPS_HOST:OPS_PORT, started before anything else so that /healthz answers and
 * /readyz says what the start is doing. Off (and nothing counted) when OPS_PORT is unset. Rejects
 * with an OpsPortError when the port cannot be opened.
 */
export async function startOps(config: AppConfig, logger: Logger): Promise<Ops> {
  const readiness = new Readiness();
  if (config.OPS_PORT === undefined)
    return { metrics: noMetrics, readiness, close: () => Promise.resolve() };
  const metrics = createPromMetrics();
  const server = await startOpsServer({
    port: config.OPS_PORT,
    host: config.OPS_HOST,
    readiness,
    metrics,
    logger: logger.child({ part: 'ops' }),
  });
  return { metrics, readiness, port: server.port, close: () => server.close() };
}
