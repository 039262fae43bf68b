/**
 * Runs tasks with at most `perKey` at once for one key and `total` at once overall. A task that
 * must wait starts as soon as both allow, in the order the tasks came: with `perKey: 1` the tasks
 * of one key run one after another, in order (a chat's answers), while other keys go on.
 * Briefly's one concurrency helper: per chat (Telegram), per host (feeds), digest fan-out.
 */
export interface Limiter {
  /** Resolves or rejects as `task` does; a failing task never blocks the ones after it. */
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
  /** Tasks running now. */
  readonly active: number;
  /** Tasks waiting for a turn. */
  readonly waiting: number;
}

export interface LimiterOptions {
  /** At most this many tasks at once over all keys (default: no limit). */
  readonly total?: number;
  /** At most this many tasks at once for one key (default: no limit). */
  readonly perKey?: number;
}

export function createLimiter(options: LimiterOptions): Limiter {
  const total = options.total ?? Infinity;
  const perKey = options.perKey ?? Infinity;
  if (!(total >= 1) || !(perKey >= 1)) throw new RangeError('limits must be at least 1');
  const running = new Map<string, number>();
  let active = 0;
  const queue: { key: string; start: () => void }[] = [];

  const canStart = (key: string) => active < total && (running.get(key) ?? 0) < perKey;

  const begin = (key: string) => {
    active++;
    running.set(key, (running.get(key) ?? 0) + 1);
  };

  const end = (key: string) => {
    active--;
    const left = (running.get(key) ?? 1) - 1;
    if (left === 0) running.delete(key);
    else running.set(key, left);
    // The first waiting task that may start now; index 0 in the common case (shift is cheap).
    const next = queue.findIndex((waiter) => canStart(waiter.key));
    if (next === -1) return;
    const [waiter] = next === 0 ? [queue.shift()] : queue.splice(next, 1);
    waiter?.start();
  };

  return {
    async run(key, task) {
      if (canStart(key)) begin(key);
      else
        await new Promise<void>((resolve) =>
          queue.push({
            key,
            start: () => {
              begin(key);
              resolve();
            },
          }),
        );
      try {
        return await task();
      } finally {
        end(key);
      }
    },
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
  };
}
