import type { PeerLimits, Rate } from './peer-types.js';

/** Telegram's limits as the peer enforces them: per chat, per group (negative ids) and overall. */
export class PeerRateLimits {
  private readonly stamps = new Map<string, number[]>();

  constructor(public limits: PeerLimits) {}

  /** How long this send must still wait under the limits (0: it may go now). */
  wait(chatId: number, now: number): number {
    const checks: [string, Rate | undefined][] = [
      [`chat:${chatId}`, this.limits.perChat],
      [`group:${chatId}`, chatId < 0 ? this.limits.perGroup : undefined],
      ['overall', this.limits.overall],
    ];
    let wait = 0;
    for (const [key, rate] of checks) {
      if (!rate) continue;
      const recent = (this.stamps.get(key) ?? []).filter((t) => t > now - rate.windowMs);
      this.stamps.set(key, recent);
      if (recent.length >= rate.count) {
        wait = Math.max(wait, (recent[recent.length - rate.count] ?? now) + rate.windowMs - now);
      }
    }
    return wait;
  }

  record(chatId: number, now: number): void {
    for (const key of [`chat:${chatId}`, `group:${chatId}`, 'overall']) {
      const list = this.stamps.get(key) ?? [];
      list.push(now);
      this.stamps.set(key, list);
    }
  }
}
