/**
 * Discord's REST rate limits as the peer enforces them (off unless a test turns them on): the
 * global limit of a bot (50 requests a second, interaction responses exempt) and the per-route
 * bucket of POST /channels/{id}/messages (5 in 5 seconds per channel), each a sliding window. Every
 * answer carries the bucket's X-RateLimit headers as Discord's do, so discord.js can wait ahead
 * of a 429; a request over a limit gets 429 with retry_after (`global: true` for the global one).
 */
export interface DiscordRateLimits {
  readonly global: { readonly count: number; readonly windowMs: number };
  readonly channelMessages: { readonly count: number; readonly windowMs: number };
}

export const DISCORD_RATE_LIMITS: DiscordRateLimits = {
  global: { count: 50, windowMs: 1000 },
  channelMessages: { count: 5, windowMs: 5000 },
};

export type RateVerdict =
  | { readonly ok: true; readonly headers: Record<string, string> }
  | {
      readonly ok: false;
      readonly status: 429;
      /** Refused by the bot's global limit (else by the route's bucket). */
      readonly global: boolean;
      readonly body: object;
      readonly headers: Record<string, string>;
    };

export class PeerDiscordLimits {
  private readonly stamps = new Map<string, number[]>();
  /** 429s answered, by scope. */
  readonly refused = { global: 0, route: 0 };

  constructor(readonly limits: DiscordRateLimits = DISCORD_RATE_LIMITS) {}

  /** Checks one request and counts it when it passes. */
  check(method: string, path: string, now = Date.now()): RateVerdict {
    // Interaction responses are exempt from the global limit (Discord's docs).
    if (/^\/(interactions|webhooks)\//.test(path)) return { ok: true, headers: {} };
    const channel = method === 'POST' ? /^\/channels\/(\d+)\/messages$/.exec(path)?.[1] : undefined;
    const global = this.wait('global', this.limits.global, now);
    if (global > 0) {
      this.refused.global++;
      return this.refuse(global, true, {});
    }
    const route = this.limits.channelMessages;
    const key = channel === undefined ? undefined : `messages:${channel}`;
    if (key !== undefined) {
      const wait = this.wait(key, route, now);
      if (wait > 0) {
        this.refused.route++;
        return this.refuse(wait, false, this.routeHeaders(key, route, now, 0));
      }
    }
    this.record('global', now);
    if (key === undefined) return { ok: true, headers: {} };
    this.record(key, now);
    const used = this.stamps.get(key)?.length ?? 0;
    return { ok: true, headers: this.routeHeaders(key, route, now, route.count - used) };
  }

  private routeHeaders(
    key: string,
    rate: DiscordRateLimits['channelMessages'],
    now: number,
    remaining: number,
  ): Record<string, string> {
    const oldest = this.stamps.get(key)?.[0] ?? now;
    const resetAfter = Math.max(0, oldest + rate.windowMs - now) / 1000;
    return {
      'x-ratelimit-limit': String(rate.count),
      'x-ratelimit-remaining': String(Math.max(0, remaining)),
      'x-ratelimit-reset': ((now + resetAfter * 1000) / 1000).toFixed(3),
      'x-ratelimit-reset-after': resetAfter.toFixed(3),
      'x-ratelimit-bucket': 'peer-channel-messages',
    };
  }

  private refuse(waitMs: number, global: boolean, headers: Record<string, string>): RateVerdict {
    const after = Math.max(waitMs, 1) / 1000;
    return {
      ok: false,
      status: 429,
      global,
      body: { message: 'You are being rate limited.', retry_after: after, global },
      headers: {
        ...headers,
        'retry-after': String(Math.ceil(after)),
        'x-ratelimit-scope': global ? 'global' : 'user',
        ...(global ? { 'x-ratelimit-global': 'true' } : {}),
      },
    };
  }

  private wait(key: string, rate: { count: number; windowMs: number }, now: number): number {
    const recent = (this.stamps.get(key) ?? []).filter((t) => t > now - rate.windowMs);
    this.stamps.set(key, recent);
    if (recent.length < rate.count) return 0;
    return (recent[recent.length - rate.count] ?? now) + rate.windowMs - now;
  }

  private record(key: string, now: number): void {
    const list = this.stamps.get(key) ?? [];
    list.push(now);
    this.stamps.set(key, list);
  }
}
