/**
 * Work shared by every process of one bot: feed polls and due digests are jobs. With PostgreSQL a
 * job engine in the database hands each job to one live process (src/jobs/pg-boss-jobs.ts); with
 * SQLite, which one process uses, the same jobs run in that process (src/jobs/in-process-jobs.ts).
 * One contract suite (tests/contracts/job-queue.contract.ts) holds both to the rules below.
 */
export interface JobQueue {
  readonly kind: 'in-process' | 'postgres';
  /**
   * Declares a queue and starts this process's worker for it. Must come before `enqueue` to it.
   * A handler that throws is logged and its job is done: the callers re-enqueue what is still due
   * on their next tick (a feed whose poll time came, a digest slot not settled in the ledger).
   */
  work(queue: string, options: WorkOptions, handler: JobHandler): Promise<void>;
  /**
   * Adds jobs. A job whose key already waits in the queue is not added again. Two jobs of one key
   * may run at once (one added while the other ran): what must happen once is claimed by the
   * handler where it is recorded (the feed's next poll time, the delivery ledger).
   */
  enqueue(queue: string, jobs: readonly QueuedJob<unknown>[]): Promise<void>;
  /** Resolves when no job of the queue waits (anywhere) and none runs in this process. */
  idle(queue: string): Promise<void>;
  /** Takes no more jobs, waits for this process's running ones (handing back what cannot finish). */
  stop(): Promise<void>;
}

/** Runs one job. Its data came through the database: check its shape before use. */
export type JobHandler = (data: unknown) => Promise<void>;

export interface QueuedJob<T> {
  /** What makes two jobs the same (a feed's URL, a channel and slot). */
  readonly key: string;
  /** Plain JSON: it may travel through the database to another process. */
  readonly data: T;
  /**
   * Runs before the jobs already waiting (a dead process's digests, taken over late): not at the
   * back of a fan-out of thousands. A key already waiting keeps its place.
   */
  readonly first?: boolean;
}

export interface WorkOptions {
  /** How many of the queue's jobs this process runs at once. */
  readonly concurrency: number;
  /**
   * A job running longer than this is taken for lost (its process died) and recorded as failed.
   * Longer than any job can honestly take; the handler's own claim decides who redoes its work.
   */
  readonly leaseSeconds: number;
}
