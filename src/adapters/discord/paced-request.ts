import { RateLimitError, Routes, type REST } from 'discord.js';
import type { Logger } from '../../core/ports/logger.js';
import { waitForFleet, type DiscordFleet } from './fleet-pacing.js';
import { failedAttempt, type Attempt } from './post-places.js';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * How late after its turn a request may still go: the fleet's pacing leaves about 3 sends a
 * second of Discord's 50 spare, 60 ms. A later one asks for a new turn, LATE_TURNS times at most.
 */
const LATE_TURN_MS = 45;
const LATE_TURNS = 3;
/**
 * The `sending` mark (a database write) is asked for this long before the post's turn: written by
 * then, it does not make the post late, and a process killed while its posts wait for their turns
 * leaves them claimed (taken over) rather than sending.
 */
const MARK_LEAD_MS = 300;
/** Rate-limit waits of one channel post before it is given up (a later retry of the slot may send it). */
const RATE_LIMIT_WAITS = 10;

/**
 * discord.js's `rejectOnRateLimit` for the channel poster's route: a 429 (or discord.js's own
 * wait) on POST /channels/{id}/messages is handed back to the poster instead of retried inside
 * discord.js, out of the fleet's pacing. Interaction answers keep discord.js's own waits.
 */
export function rejectChannelPostLimits(data: { method: string; route: string }): boolean {
  return data.method.toUpperCase() === 'POST' && data.route === '/channels/:id/messages';
}

export interface PacedRequestOptions {
  /** discord.js's REST client: it waits out rate limits and retries server and network failures. */
  readonly rest: Pick<REST, 'post' | 'patch'>;
  readonly logger: Logger;
  /** The fleet's send budget and this bot's id: requests then keep Discord's limits for all processes. */
  readonly fleet?: DiscordFleet | undefined;
  /** How long discord.js still holds this process's requests after a global 429 (ms, 0: none). */
  readonly restHeldForMs?: (() => number) | undefined;
}

/** The channel poster's REST calls, each in its turn of the fleet's budget. */
export function pacedRequest(options: PacedRequestOptions) {
  const { rest, logger } = options;
  /**
   * One REST call; it first waits for the fleet's budget (every request counts against the bot's
   * global limit), and a post asks `beforeSend` (the digest's `sending` mark) MARK_LEAD_MS before
   * its turn: refused, nothing is sent (`undefined`).
   */
  async function request(
    method: 'post' | 'patch',
    route: `/${string}`,
    body: object,
    channelId: string,
    beforeSend?: () => Promise<boolean>,
  ): Promise<Attempt | undefined> {
    try {
      let late = 0;
      for (let waits = 0; ; waits++) {
        // The channel's bucket is its message route's (a forum post's route has another).
        const messages = method === 'post' && route === Routes.channelMessages(channelId);
        // After a global 429 discord.js holds every request of this process for the Retry-After:
        // a turn reserved meanwhile would be lost (the request rejected unsent).
        const held = options.restHeldForMs?.() ?? 0;
        if (held > 0) await sleep(held);
        const mark = method === 'post' ? beforeSend : undefined;
        const turn = await waitForFleet(
          options.fleet,
          logger,
          messages ? channelId : undefined,
          mark ? MARK_LEAD_MS : 0,
        );
        if (mark && !(await mark())) return undefined;
        if (turn !== undefined && turn > Date.now()) await sleep(turn - Date.now());
        // Late for its turn (the mark took longer than the wait, or this process stalled): sent
        // now, the request would bunch with the ones after it, past the limit. It asks for a new
        // turn instead (the mark is written already), a few times at most.
        if (turn !== undefined && Date.now() - turn > LATE_TURN_MS && late++ < LATE_TURNS) {
          waits--;
          continue;
        }
        try {
          return { ok: true, body: (await rest[method](route, { body })) as { id: string } };
        } catch (error) {
          // A rate limit of a channel post comes back here (rejectChannelPostLimits) rather than
          // being retried inside discord.js: the retry then waits for the fleet's budget too, so
          // retries never pile on top of the fleet's paced sends.
          if (!(error instanceof RateLimitError) || waits >= RATE_LIMIT_WAITS) throw error;
          logger.warn(
            { channel: channelId, retryInMs: error.retryAfter, global: error.global },
            'Discord rate limit on a channel post; waiting, then asking the fleet budget again',
          );
          await sleep(Math.max(error.retryAfter, error.timeToReset, 50));
        }
      }
    } catch (error) {
      return failedAttempt(error);
    }
  }
  return request;
}
