import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../../core/ports/logger.js';
import type { SendBudget } from '../../core/ports/send-budget.js';
import { acquireSend } from '../../core/sending/acquire-send.js';

/** What @discordjs/ws asks before each IDENTIFY (its IIdentifyThrottler). */
export interface IdentifyThrottler {
  waitForIdentify(shardId: number, signal: AbortSignal): Promise<void>;
}

/** Discord lets `max_concurrency` shards identify per 5 seconds, bucketed by shard_id % max_concurrency. */
const IDENTIFY_WINDOW_MS = 5_000;

/**
 * IDENTIFYs paced for the whole fleet through the send budget: one per 5 s in each of the
 * `maxConcurrency` buckets, whichever process sends it (a fleet starting at once would otherwise
 * identify all its shards together, each process pacing only its own).
 */
export function fleetIdentifyThrottler(
  budget: SendBudget,
  botId: string,
  maxConcurrency: number,
  logger: Logger,
): IdentifyThrottler {
  const buckets = Math.max(1, maxConcurrency);
  return {
    waitForIdentify: (shardId, signal) =>
      acquireSend(
        budget,
        [
          {
            key: `dc:${botId}:identify:${shardId % buckets}`,
            rate: { count: 1, windowMs: IDENTIFY_WINDOW_MS },
            queued: true,
          },
        ],
        {
          logger,
          signal,
          // A fleet of many shards lines them all up: a minute and a half covers 16 shards a bucket.
          horizonMs: 90_000,
          sleep: (ms, abort) => sleep(ms, undefined, { signal: abort }),
        },
      ),
  };
}
