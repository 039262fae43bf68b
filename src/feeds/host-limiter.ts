/** Runs tasks with at most `perHost` at once for one host and `total` at once overall. */
export interface HostLimiter {
  run<T>(host: string, task: () => Promise<T>): Promise<T>;
}

export function createHostLimiter(perHost: number, total: number): HostLimiter {
  const running = new Map<string, number>();
  let runningTotal = 0;
  const waiting: { host: string; start: () => void }[] = [];

  const canStart = (host: string) => runningTotal < total && (running.get(host) ?? 0) < perHost;

  const begin = (host: string) => {
    runningTotal++;
    running.set(host, (running.get(host) ?? 0) + 1);
  };

  const end = (host: string) => {
    runningTotal--;
    const left = (running.get(host) ?? 1) - 1;
    if (left === 0) running.delete(host);
    else running.set(host, left);
    const next = waiting.findIndex((w) => canStart(w.host));
    if (next !== -1) waiting.splice(next, 1)[0]?.start();
  };

  return {
    async run(host, task) {
      if (canStart(host)) begin(host);
      else
        await new Promise<void>((resolve) =>
          waiting.push({
            host,
            start: () => {
              begin(host);
              resolve();
            },
          }),
        );
      try {
        return await task();
      } finally {
        end(host);
      }
    },
  };
}
