import type { JobHandler, JobQueue, QueuedJob, WorkOptions } from '../core/ports/job-queue.js';
import type { Logger } from '../core/ports/logger.js';

interface Queue {
  readonly options: WorkOptions;
  readonly handler: JobHandler;
  /** Keys waiting, in the order they came, with their data. */
  readonly waiting: Map<string, unknown>;
  /** Keys running, with how many of each. */
  readonly running: Map<string, number>;
  active: number;
  readonly idlers: (() => void)[];
}

/**
 * The job queue of a bot that runs as one process (SQLite): jobs wait in memory and run here, with
 * the same rules as the PostgreSQL engine (a waiting key is not added twice). No process can die under a job here, so leases have nothing to do.
 */
export function createInProcessJobs(logger: Logger): JobQueue {
  const queues = new Map<string, Queue>();
  let stopped = false;

  const settle = (queue: Queue) => {
    if (queue.active > 0 || queue.waiting.size > 0) return;
    for (const resolve of queue.idlers.splice(0)) resolve();
  };

  const pump = (name: string, queue: Queue) => {
    for (const [key, data] of queue.waiting) {
      if (stopped || queue.active >= queue.options.concurrency) break;
      queue.waiting.delete(key);
      queue.active++;
      queue.running.set(key, (queue.running.get(key) ?? 0) + 1);
      void queue
        .handler(data)
        .catch((error: unknown) => logger.error({ err: error, queue: name, key }, 'job failed'))
        .finally(() => {
          queue.active--;
          const left = (queue.running.get(key) ?? 1) - 1;
          if (left > 0) queue.running.set(key, left);
          else queue.running.delete(key);
          pump(name, queue);
          settle(queue);
        });
    }
  };

  const queueOf = (name: string) => {
    const queue = queues.get(name);
    if (!queue) throw new Error(`job queue "${name}" has no worker: call work() first`);
    return queue;
  };

  return {
    kind: 'in-process',
    work(name: string, options: WorkOptions, handler: JobHandler) {
      if (queues.has(name)) throw new Error(`job queue "${name}" already has a worker`);
      if (!(options.concurrency >= 1)) throw new RangeError('concurrency must be at least 1');
      queues.set(name, {
        options,
        handler,
        waiting: new Map(),
        running: new Map(),
        active: 0,
        idlers: [],
      });
      return Promise.resolve();
    },
    enqueue(name: string, jobs: readonly QueuedJob<unknown>[]) {
      const queue = queueOf(name);
      if (stopped) return Promise.resolve();
      const firsts = jobs.filter((job) => job.first === true && !queue.waiting.has(job.key));
      if (firsts.length > 0) {
        // A Map keeps insertion order: the waiting keys go back in after these.
        const waiting = [...queue.waiting];
        queue.waiting.clear();
        for (const job of firsts)
          if (!queue.waiting.has(job.key)) queue.waiting.set(job.key, job.data);
        for (const [key, data] of waiting) queue.waiting.set(key, data);
      }
      for (const job of jobs) if (!queue.waiting.has(job.key)) queue.waiting.set(job.key, job.data);
      pump(name, queue);
      return Promise.resolve();
    },
    idle(name) {
      const queue = queueOf(name);
      return new Promise<void>((resolve) => {
        queue.idlers.push(resolve);
        settle(queue);
      });
    },
    async stop() {
      stopped = true;
      for (const queue of queues.values()) queue.waiting.clear();
      await Promise.all(
        [...queues.values()].map(
          (queue) =>
            new Promise<void>((resolve) => {
              queue.idlers.push(resolve);
              settle(queue);
            }),
        ),
      );
    },
  };
}
