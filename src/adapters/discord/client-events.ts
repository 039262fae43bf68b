import { Events, RESTEvents, type Client, type REST } from 'discord.js';
import type { Logger } from '../../core/ports/logger.js';

/** Close codes after which Discord will not take the session back: the configuration is wrong. */
export const FATAL_CLOSE_CODES: Readonly<Record<number, string>> = {
  4004: 'Authentication failed (the token)',
  4010: 'Invalid shard (DISCORD_SHARD_COUNT)',
  4011: 'Sharding required (set DISCORD_SHARD_COUNT higher, or leave it unset)',
  4012: 'Invalid API version',
  4013: 'Invalid intents',
  4014: 'Disallowed intents',
};

/**
 * Logs one shard's client: errors, warnings, debug lines (never one naming the token), and its
 * gateway's ready, disconnects, reconnects and resumes. A session Discord will not take back
 * (a fatal close code, an invalidated session) is reported through `onFatal`.
 */
export function logClientEvents(
  client: Client,
  logger: Logger,
  onFatal: (reason: string) => void,
): void {
  client.on(Events.Error, (error) => logger.error({ err: error }, 'Discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'Discord client warning'));
  client.on(Events.Debug, (message) => {
    // discord.js names part of the token in one debug line; tokens never reach the logs.
    if (!/token/i.test(message)) logger.debug({ message }, 'discord.js');
  });
  client.on(Events.ShardReady, (shard) => logger.info({ shard }, 'Discord gateway ready'));
  client.on(Events.ShardError, (error, shard) =>
    logger.error({ err: error, shard }, 'Discord gateway error'),
  );
  client.on(Events.ShardDisconnect, (event, shard) => {
    logger.warn({ shard, code: event.code }, 'Discord gateway disconnected');
    const fatal = FATAL_CLOSE_CODES[event.code];
    if (fatal) onFatal(`Discord closed shard ${shard} with ${event.code}: ${fatal}`);
  });
  client.on(Events.ShardReconnecting, (shard) =>
    logger.warn({ shard }, 'Discord gateway reconnecting'),
  );
  client.on(Events.ShardResume, (shard, replayed) =>
    logger.info({ shard, replayed }, 'Discord gateway resumed'),
  );
  client.on(Events.Invalidated, () => onFatal('Discord session invalidated'));
}

/** Logs each request that waits out a rate limit. */
export function logRateLimits(rest: REST, logger: Logger): void {
  rest.on(RESTEvents.RateLimited, (info) =>
    logger.warn(
      {
        route: info.route,
        method: info.method,
        retryAfterMs: info.retryAfter,
        global: info.global,
        scope: info.scope,
        limit: info.limit,
      },
      'Discord rate limit: request waits',
    ),
  );
}
