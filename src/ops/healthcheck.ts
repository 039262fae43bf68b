import { loadConfigOrReport } from '../config.js';

/**
 * The container's HEALTHCHECK: asks the running bot's /healthz and exits 0 when it answers 200
 * within 4 s, else 1 (the slim image has no curl or wget). `node dist/src/ops/healthcheck.js`.
 */
async function check(): Promise<number> {
  const config = loadConfigOrReport();
  if (!config) return 1;
  if (config.OPS_PORT === undefined) {
    process.stderr.write('OPS_PORT is not set: the ops server is off, nothing to check\n');
    return 1;
  }
  // A server on every interface answers on loopback too.
  const host = ['0.0.0.0', '::'].includes(config.OPS_HOST) ? '127.0.0.1' : config.OPS_HOST;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${config.OPS_PORT}/healthz`;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(4000) });
    if (response.ok) return 0;
    process.stderr.write(`${url} answered ${response.status}\n`);
  } catch (error) {
    process.stderr.write(`${url}: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  return 1;
}

process.exitCode = await check();
