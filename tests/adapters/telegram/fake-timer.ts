import type { QueueTimer } from '../../../src/adapters/telegram/queue-limits.js';

/** A queue timer whose time moves only when told to, jumping from one sleeper to the next. */
export class FakeTimer implements QueueTimer {
  private time = 0;
  private readonly sleepers = new Set<{ at: number; resolve: () => void }>();

  now(): number {
    return this.time;
  }

  sleep(ms: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      const sleeper = { at: this.time + Math.max(0, ms), resolve };
      this.sleepers.add(sleeper);
      signal.addEventListener('abort', () => {
        this.sleepers.delete(sleeper);
        reject(new Error('aborted'));
      });
    });
  }

  /** Runs everything that is due, moving time forward sleeper by sleeper, up to `limitMs`. */
  async run(limitMs = 3_600_000): Promise<void> {
    const end = this.time + limitMs;
    for (;;) {
      await settle();
      const next = [...this.sleepers].sort((a, b) => a.at - b.at)[0];
      if (!next || next.at > end) break;
      this.time = Math.max(this.time, next.at);
      this.sleepers.delete(next);
      next.resolve();
    }
    await settle();
  }

  /** Moves time forward by `ms`, waking every sleeper due on the way. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    await this.run(ms);
    this.time = end;
    await settle();
  }
}

/** Lets pending promise callbacks and I/O callbacks run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
}
