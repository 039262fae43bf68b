import type { PeerLimitName, PeerLimits, Rate } from './peer-types.js';

/** Telegram's limits as the peer enforces them: per chat, per group (negative ids) and overall. */
export class PeerRateLimits {
  private readonly stamps = new Map<string, number[]>();

  constructor(public limits: PeerLimits) {}

  /** How long this send must still wait under the limits (0: it may go now). */
  wait(chatId: number, now: number): number {
    return this.check(chatId, now).waitMs;
  }

  /** How long this send must still wait, and the limit that holds it longest (none: it may go now). */
  check(chatId: number, now: number): { waitMs: number; limit?: PeerLimitName } {
    const checks: [PeerLimitName, string, Rate | undefined][] = [
      ['chat', `chat:${chatId}`, this.limits.perChat],
      ['group', `group:${chatId}`, chatId < 0 ? this.limits.perGroup : undefined],
      ['overall', 'overall', this.limits.overall],
    ];
    let held: { waitMs: number; limit?: PeerLimitName } = { waitMs: 0 };
    for (const [name, key, rate] of checks) {
      if (!rate) continue;
      const recent = (this.stamps.get(key) ?? []).filter((t) => t > now - rate.windowMs);
      this.stamps.set(key, recent);
      if (recent.length < rate.count) continue;
      const wait = (recent[recent.length - rate.count] ?? now) + rate.windowMs - now;
      if (wait > held.waitMs) held = { waitMs: wait, limit: name };
    }
    return held;
  }

  record(chatId: number, now: number): void {
    for (const key of [`chat:${chatId}`, `group:${chatId}`, 'overall']) {
      const list = this.stamps.get(key) ?? [];
      list.push(now);
      this.stamps.set(key, list);
    }
  }
}
