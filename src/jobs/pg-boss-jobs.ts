import PgBoss from 'pg-boss';
import type { JobHandler, JobQueue, QueuedJob, WorkOptions } from '../core/ports/job-queue.js';
import type { Logger } from '../core/ports/logger.js';
import { Batcher } from '../core/async/batcher.js';

export interface PgBossJobsOptions {
  /** DATABASE_URL (postgres://…); its `options=-c search_path=X` puts the job tables in schema X. */
  readonly databaseUrl: string;
  readonly logger: Logger;
  /**
   * How often one process of the fleet fails jobs whose lease ran out (their process died), so
   * that another may take their key. Shorter in tests.
   */
  readonly maintenanceSeconds?: number;
  /** How often an idle worker looks for new jobs (pg-boss's minimum is 0.5 s). */
  readonly pollSeconds?: number;
}

/** Jobs fetched and run at once per worker: a batch is one round trip. */
const INSERT_CHUNK = 1000;
/** How often `idle` looks whether a queue has emptied (sooner when this process's last job ends). */
const IDLE_CHECK_MS = 200;
/** How long `stop` waits for running jobs before handing them back (failed, re-enqueued by a tick). */
const STOP_TIMEOUT_MS = 20_000;

/**
 * The fleet's job queue: pg-boss on the bot's own PostgreSQL (its tables in the bot's schema, no
 * other server). Each job is fetched by one process (`FOR UPDATE SKIP LOCKED`); the `short` policy
 * keeps one waiting job per key. A job whose process died is failed when its lease runs out; its
 * work is redone by a later job of its key, which the callers' ticks enqueue (pg-boss's `stately`
 * policy, one active job per key, would let one stuck key block every fetch of the queue).
 */
export async function createPgBossJobs(options: PgBossJobsOptions): Promise<JobQueue> {
  const { logger } = options;
  const boss = new PgBoss({
    connectionString: options.databaseUrl,
    schema: schemaOf(options.databaseUrl),
    application_name: 'briefly-jobs',
    max: 4,
    supervise: true,
    schedule: false,
    migrate: true,
    maintenanceIntervalSeconds: options.maintenanceSeconds ?? 30,
    // Finished jobs are only a record; the delivery ledger and the feed records keep what matters.
    archiveCompletedAfterSeconds: 3600,
    deleteAfterDays: 1,
  });
  // Connection errors (a PostgreSQL restart) come here; pg-boss keeps trying, the bot keeps running.
  boss.on('error', (error: Error) => logger.warn({ err: error }, 'job engine error; retrying'));
  await boss.start();
  const running = new Map<string, number>();
  const pollMs = (options.pollSeconds ?? 1) * 1000;
  const workers: Promise<void>[] = [];
  let stopping = false;
  /** Each queue's workers of this process, woken when a job ends, is added, or all stop. */
  const wakers = new Map<string, Set<() => void>>();
  const wakeWorkers = (queue: string) => wakers.get(queue)?.forEach((wakeUp) => wakeUp());
  /** Those waiting in `idle`, told when a queue's last running job of this process ends. */
  const idlers = new Map<string, Set<() => void>>();

  /**
   * Fetches up to the free slots, runs each job on its own and completes or fails it alone, so one
   * slow job never holds the others back (pg-boss's own worker waits for a whole batch). The jobs
   * that end in one turn of the event loop are completed in one statement and refilled by one
   * fetch: a fan-out of 10,000 short jobs took two statements each (a complete, a fetch for the
   * one free slot), 13 s in all. (Fetching only once a quarter of the slots were free measured the
   * same, and left slots idle for up to a poll while jobs waited.)
   */
  const runWorker = async (queue: string, concurrency: number, handler: JobHandler) => {
    const active = new Set<Promise<void>>();
    const completes = new Batcher(async (ids: readonly string[]) => {
      await boss.complete(queue, [...ids]);
      return ids.map(() => undefined);
    });
    let wake: (() => void) | undefined;
    // A wake that comes while the worker fetches is kept: it looks again instead of sleeping a poll.
    let woken = false;
    const wakeMe = () => {
      woken = true;
      wake?.();
    };
    // Read through a call: both change while the worker awaits its fetch.
    const maySleep = () => !woken && !stopping;
    const mine = wakers.get(queue) ?? new Set();
    wakers.set(queue, mine.add(wakeMe));
    while (!stopping) {
      woken = false;
      let fetched = 0;
      if (active.size < concurrency) {
        try {
          const jobs = await boss.fetch<unknown>(queue, { batchSize: concurrency - active.size });
          for (const job of jobs) {
            fetched++;
            running.set(queue, (running.get(queue) ?? 0) + 1);
            const task = handler(job.data)
              .then(
                () => completes.load(job.id),
                (error: unknown) => {
                  logger.error({ err: error, queue, job: job.id }, 'job failed');
                  return boss.fail(queue, job.id, { message: String(error) });
                },
              )
              .catch((error: unknown) =>
                logger.warn({ err: error, queue, job: job.id }, 'job outcome not recorded'),
              )
              .finally(() => {
                const left = (running.get(queue) ?? 1) - 1;
                running.set(queue, left);
                active.delete(task);
                wakeMe();
                if (left === 0) idlers.get(queue)?.forEach((tell) => tell());
              });
            active.add(task);
          }
        } catch (error) {
          logger.warn({ err: error, queue }, 'jobs not fetched; trying again');
        }
      }
      // Full, or nothing to do: wait for a job to end or for the next look.
      if (fetched === 0 || active.size >= concurrency) {
        if (maySleep())
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, pollMs);
            wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
        // The jobs that end in the same turn free their slots together: one fetch for them all.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    }
    await Promise.all(active);
    mine.delete(wakeMe);
  };

  return {
    kind: 'postgres',
    async work(queue: string, work: WorkOptions, handler: JobHandler) {
      // Processes starting together create the queue at once; pg-boss's create may then fail
      // (a deadlock on its tables): whoever lost finds the queue made, or tries again.
      for (let attempt = 1; !(await boss.getQueue(queue)); attempt++) {
        try {
          await boss.createQueue(queue, {
            name: queue,
            policy: 'short',
            expireInSeconds: work.leaseSeconds,
            retryLimit: 0,
          });
        } catch (error) {
          if (attempt >= 5) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100 * attempt * Math.random()));
        }
      }
      workers.push(runWorker(queue, work.concurrency, handler));
    },
    async enqueue(queue: string, jobs: readonly QueuedJob<unknown>[]) {
      for (let start = 0; start < jobs.length; start += INSERT_CHUNK) {
        await boss.insert(
          jobs.slice(start, start + INSERT_CHUNK).map((job) => ({
            name: queue,
            data: job.data as object,
            singletonKey: job.key,
            // Fetched in priority order, then oldest first.
            ...(job.first === true ? { priority: 1 } : {}),
          })),
        );
        // This process's idle worker starts on them now, not at its next look (up to a poll later).
        wakeWorkers(queue);
      }
    },
    async idle(queue) {
      for (;;) {
        const waiting = await boss.getQueueSize(queue);
        if (waiting === 0 && (running.get(queue) ?? 0) === 0) return;
        await new Promise<void>((resolve) => {
          const tell = () => {
            clearTimeout(timer);
            idlers.get(queue)?.delete(tell);
            resolve();
          };
          const timer = setTimeout(tell, IDLE_CHECK_MS);
          const list = idlers.get(queue) ?? new Set();
          idlers.set(queue, list.add(tell));
        });
      }
    },
    async stop() {
      stopping = true;
      for (const queue of wakers.keys()) wakeWorkers(queue);
      await Promise.all(workers);
      await boss.stop({ graceful: true, wait: true, timeout: STOP_TIMEOUT_MS });
    },
  };
}

/** The first schema of the URL's search_path (`options=-c search_path=X`), else pg-boss's own. */
export function schemaOf(databaseUrl: string): string {
  const options = new URL(databaseUrl).searchParams.get('options') ?? '';
  const match = /search_path\s*=\s*"?([A-Za-z_][A-Za-z0-9_]*)/.exec(options);
  return match?.[1] ?? 'pgboss';
}
