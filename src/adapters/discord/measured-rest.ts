import type { REST } from 'discord.js';
import type { Metrics } from '../../core/ports/metrics.js';

const PLATFORM = { platform: 'discord' } as const;

/**
 * discord.js's REST client as the channel poster uses it, reporting the posts under way (waiting
 * in discord.js's rate-limited queue or on the wire) as the outbound queue's depth, and how long
 * each took until Discord answered (rate-limit waits included) as its wait.
 */
export function measuredRest(
  rest: Pick<REST, 'post' | 'patch'>,
  metrics: Metrics,
): Pick<REST, 'post' | 'patch'> {
  let depth = 0;
  metrics.gauge('briefly_outbound_queue_depth', PLATFORM, () => depth);
  return {
    // Reopening an archived thread: rare, and not a post of the queue.
    patch: (route, options) => rest.patch(route, options),
    async post(route, options) {
      depth++;
      const started = performance.now();
      try {
        return await rest.post(route, options);
      } finally {
        depth--;
        metrics.observe(
          'briefly_outbound_wait_seconds',
          PLATFORM,
          (performance.now() - started) / 1000,
        );
      }
    },
  };
}

/** Counts Discord's 429 answers and the requests discord.js itself tried again (5xx, network). */
export function countRestResponses(rest: Pick<REST, 'on'>, metrics: Metrics): void {
  rest.on('response', (request, response) => {
    if (response.status === 429) metrics.increment('briefly_platform_rate_limited_total', PLATFORM);
    if (request.retries > 0) metrics.increment('briefly_platform_retries_total', PLATFORM);
  });
}
