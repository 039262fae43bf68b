import { createLimiter, type Limiter } from '../async/limiter.js';
import type { ChannelPoster } from '../ports/channel-poster.js';

/**
 * Sends under way at once per platform (from the `sending` mark to the outcome's write, which lands
 * in order before the next mark), whatever the fan-out: a process killed mid fan-out leaves at most
 * this many sends unknown per platform. Per platform: digests waiting in one platform's
 * rate-limited queue never hold the other's turns.
 */
const SENDS_AT_ONCE = 64;
/**
 * The same for a poster that marks each send right before its platform call (`announcesSends`):
 * a kill leaves only the sends on the wire unknown, however many wait in its queue. Each group of
 * sends under way is marked in one ledger statement and recorded in the next: 256 at once need a
 * quarter of the statements (and of their waits) of 64. A poster may ask for its own number
 * (`sendsAtOnce`: the Telegram and Discord adapters keep the 64 their fleet pacing was measured
 * with).
 */
const ANNOUNCED_SENDS_AT_ONCE = 256;

/** How many of a poster's digests a process sends at once (no poster: the plain default). */
export function sendsAtOnce(poster: ChannelPoster | undefined): number {
  return (
    poster?.sendsAtOnce ??
    (poster?.announcesSends === true ? ANNOUNCED_SENDS_AT_ONCE : SENDS_AT_ONCE)
  );
}

/** Each platform's limit of sends under way, made for its first poster and kept. */
export class SendLimits {
  private readonly limits = new Map<string, Limiter>();

  of(poster: ChannelPoster): Limiter {
    let limiter = this.limits.get(poster.platform);
    if (!limiter) {
      limiter = createLimiter({ perKey: sendsAtOnce(poster) });
      this.limits.set(poster.platform, limiter);
    }
    return limiter;
  }
}
