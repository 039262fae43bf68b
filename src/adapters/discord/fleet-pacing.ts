import type { REST } from 'discord.js';
import type { Logger } from '../../core/ports/logger.js';
import type { SendBucket, SendBudget } from '../../core/ports/send-budget.js';
import { acquireTurn } from '../../core/sending/acquire-send.js';
import { FLEET_RATES } from './limits.js';

/** The fleet's send budget and the bot it paces. */
export interface DiscordFleet {
  readonly budget: SendBudget;
  readonly botId: string;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * How far ahead a request's turn may be reserved: the digests a fleet sends at once (64 a process)
 * get their turns in one call and wait for them, instead of asking the database again and again
 * (that load on the processes and the database made sends late, and late sends bunch).
 */
export const DISCORD_HORIZON_MS = 5_000;

/**
 * The buckets of one REST request of the bot: the global 50 a second, which every request counts
 * against (GET /channels/{id} as much as a post), and for a message post its channel's bucket.
 */
export function discordBuckets(botId: string, messageChannel?: string): SendBucket[] {
  return [
    { key: `dc:${botId}:all`, rate: FLEET_RATES.global, queued: true },
    ...(messageChannel === undefined
      ? []
      : [{ key: `dc:${botId}:channel:${messageChannel}`, rate: FLEET_RATES.channelMessages }]),
  ];
}

/**
 * Waits for the fleet's turn of one request (a message post to `messageChannel` if given), up to
 * `leadMs` before it, and returns its instant (`Date.now()` time; undefined without a fleet).
 */
export async function waitForFleet(
  fleet: DiscordFleet | undefined,
  logger: Logger,
  messageChannel?: string,
  leadMs = 0,
): Promise<number | undefined> {
  if (!fleet) return undefined;
  const early = await acquireTurn(fleet.budget, discordBuckets(fleet.botId, messageChannel), {
    logger,
    sleep,
    horizonMs: DISCORD_HORIZON_MS,
    leadMs,
  });
  return Date.now() + early;
}

/** How long discord.js still holds a REST client's requests after a global 429 (ms). */
export function globalHoldOf(rest: Pick<REST, 'globalRemaining' | 'globalReset'>): () => number {
  return () => (rest.globalRemaining <= 0 ? Math.max(0, rest.globalReset - Date.now()) : 0);
}

/**
 * GET /channels/{id} through the fleet's global budget: a lookup of a channel another process's
 * shard holds counts against the bot's 50 requests a second like a post, so N processes looking
 * up channels unpaced would push the fleet's paced posts into 429s.
 */
export function fleetPacedGet(
  rest: Pick<REST, 'get'>,
  fleet: DiscordFleet | undefined,
  logger: Logger,
): Pick<REST, 'get'> {
  return {
    async get(route, options) {
      await waitForFleet(fleet, logger);
      return rest.get(route, options);
    },
  };
}
