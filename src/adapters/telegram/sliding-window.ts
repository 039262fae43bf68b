/** "At most `count` events in any `windowMs`": a limiter that says when the next event may happen. */
export class SlidingWindow {
  private readonly stamps: number[] = [];

  constructor(
    readonly count: number,
    readonly windowMs: number,
  ) {}

  /** The earliest time, at or after `now`, at which one more event stays within the limit. */
  nextAllowed(now: number): number {
    if (this.stamps.length < this.count) return now;
    const oldest = this.stamps[this.stamps.length - this.count] ?? now;
    return Math.max(now, oldest + this.windowMs);
  }

  record(at: number): void {
    this.stamps.push(at);
    if (this.stamps.length > this.count) this.stamps.shift();
  }

  /** Whether the limiter remembers nothing that still matters at `now`. */
  isIdle(now: number): boolean {
    const last = this.stamps.at(-1);
    return last === undefined || now - last >= this.windowMs;
  }
}

/**
 * An even pace of one event per `intervalMs` (the generic cell rate algorithm): an event may come
 * up to `toleranceMs` before its ideal time, so late timers do not make the pace drift slower.
 */
export class Pace {
  private ideal = -Infinity;

  constructor(
    readonly intervalMs: number,
    readonly toleranceMs: number,
  ) {}

  nextAllowed(now: number): number {
    return Math.max(now, this.ideal - this.toleranceMs);
  }

  record(at: number): void {
    this.ideal = Math.max(this.ideal, at) + this.intervalMs;
  }

  isIdle(now: number): boolean {
    return now >= this.ideal;
  }
}
