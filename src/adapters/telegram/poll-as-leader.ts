import type { Telegraf } from 'telegraf';
import { leadWhileHeld } from '../../core/fleet/lead-while-held.js';
import type { FleetLocks } from '../../core/ports/fleet-locks.js';
import type { Logger } from '../../core/ports/logger.js';
import type { Metrics } from '../../core/ports/metrics.js';
import { startPolling, type Receiver } from './receive-updates.js';

export interface ElectedPollingOptions {
  /** How often a process that does not poll asks for the poll lock (default 5 s). */
  readonly retryMs: number;
  /** How soon the poller polls again after a 409 (a leftover of the previous poller). */
  readonly conflictRetryMs: number;
  readonly errorRetryMs: number;
}

/**
 * Long polling in a fleet: Telegram lets one client poll a token (a second one makes both see 409
 * Conflict), so the processes elect the poller with the fleet lock `tg-poll:<bot id>` (number 0) and only its
 * holder polls. The others stand by and ask every `retryMs`; when the poller dies its database
 * session ends, the lock is freed and the next to ask polls. A poller whose lock connection fails
 * stops polling at once, so two processes never poll for long. Every process still sends (digests,
 * answers to the commands it received) through the fleet's send budget.
 */
export function pollWhenElected(
  bot: Telegraf,
  botId: string,
  locks: FleetLocks,
  logger: Logger,
  options: ElectedPollingOptions,
  metrics?: Metrics,
): Receiver {
  let current: Receiver | undefined;
  const leadership = leadWhileHeld(
    locks,
    `tg-poll:${botId}`,
    async (signal) => {
      logger.info({ pid: process.pid }, 'Telegram: this process long-polls for the fleet');
      const receiver = startPolling(bot, logger, {
        conflictRetryMs: options.conflictRetryMs,
        errorRetryMs: options.errorRetryMs,
        elected: true,
      });
      current = receiver;
      signal.addEventListener('abort', () => void receiver.stop(), { once: true });
      try {
        await receiver.done;
      } finally {
        current = undefined;
        logger.info({ pid: process.pid }, 'Telegram: this process no longer polls');
      }
    },
    { retryMs: options.retryMs, logger },
  );
  metrics?.gauge('briefly_telegram_polling', {}, () => (leadership.leading() ? 1 : 0));
  logger.info(
    { retryInMs: options.retryMs },
    "Telegram: long polling by the process that holds the fleet's poll lock",
  );
  return {
    done: leadership.done,
    // A process standing by is ready: it sends, and takes the polling over when needed.
    problem: () => current?.problem?.(),
    stop: () => leadership.stop(),
  };
}
