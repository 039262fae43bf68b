import { z } from 'zod';
import type { ArticleStore } from '../core/ports/article-store.js';
import type { Clock } from '../core/ports/clock.js';
import type { FeedService } from '../core/ports/feed-service.js';
import type { FeedStore } from '../core/ports/feed-store.js';
import type { Logger } from '../core/ports/logger.js';
import type { JobQueue } from '../core/ports/job-queue.js';
import type { Metrics } from '../core/ports/metrics.js';
import { createFeedHttp, type FeedHttp } from './feed-http.js';
import { FEED_LIST_FILE, readFeedList } from './feed-list-file.js';
import { FeedPoller, type ChannelNotifier } from './feed-poller.js';
import { createFeedService } from './feed-service.js';
import { displayUrl } from './feed-url.js';
import { createLimiter } from '../core/async/limiter.js';
import { addressPolicy } from './safe-address.js';

/** How often the poller looks for due feeds (each feed has its own, longer interval). */
export const POLL_TICK_MS = 30_000;
/** A poll job's data, checked: it came through the database. */
const pollJob = z.object({ url: z.string() });
/** The job queue of feed reads: one job per due feed, whichever process runs it. */
export const FEED_POLL_QUEUE = 'feed-poll';
/** Reads one process runs at once (the limiter also keeps 8 requests overall, 2 per host). */
const POLL_JOBS_AT_ONCE = 16;
/** How long `start()` waits for the first round of reads (digests sent at start-up need them). */
export const FIRST_ROUND_LIMIT_MS = 20_000;

/** Runs a task after a delay; returns a function that cancels it. Injected so tests need no timers. */
export interface Scheduler {
  after(ms: number, task: () => void): () => void;
}

export const timerScheduler: Scheduler = {
  after(ms, task) {
    const timer = setTimeout(task, ms);
    timer.unref();
    return () => clearTimeout(timer);
  },
};

export interface FeedsOptions {
  readonly contentDir: string;
  readonly allowPrivate: boolean;
  readonly store: FeedStore;
  readonly index: ArticleStore;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly notify: ChannelNotifier;
  readonly http?: FeedHttp;
  readonly scheduler?: Scheduler;
  /** How long `start()` waits for the first round (default FIRST_ROUND_LIMIT_MS). */
  readonly firstRoundLimitMs?: number;
  readonly metrics?: Metrics | undefined;
  /** Feed articles older than this many days leave memory and storage (FEED_RETENTION_DAYS). */
  readonly retentionDays?: number | undefined;
  /** Where feed reads are queued: in process (SQLite) or shared by the fleet (PostgreSQL). */
  readonly jobs: JobQueue;
  /** The interval between reads of a feed that asks for none (FEED_POLL_INTERVAL_SECONDS). */
  readonly intervalSeconds?: number | undefined;
  /** A read taking longer is taken over by another process (JOB_LEASE_SECONDS). */
  readonly leaseSeconds?: number | undefined;
}

export interface Feeds {
  readonly service: FeedService;
  readonly poller: FeedPoller;
  /**
   * Reads feeds.txt, takes up every subscribed feed, and starts polling; resolves when the first
   * round of reads is done (their articles are in memory), or after a time limit.
   */
  start(): Promise<void>;
  /** Stops polling, waits for reads under way, closes connections. */
  stop(): Promise<void>;
}

/** Everything feeds need, wired: safe HTTP, the poller, the `/feeds` service. */
export function createFeeds(options: FeedsOptions): Feeds {
  const logger = options.logger;
  const http = options.http ?? createFeedHttp({ policy: addressPolicy(options.allowPrivate) });
  const scheduler = options.scheduler ?? timerScheduler;
  const operatorFeeds = new Set<string>();
  const poller = new FeedPoller({
    isOperatorFeed: (url) => operatorFeeds.has(url),
    store: options.store,
    index: options.index,
    http,
    limiter: createLimiter({ perKey: 2, total: 8 }),
    clock: options.clock,
    logger,
    notify: options.notify,
    metrics: options.metrics,
    retentionMs:
      options.retentionDays === undefined ? undefined : options.retentionDays * 86_400_000,
    intervalMs: options.intervalSeconds === undefined ? undefined : options.intervalSeconds * 1000,
    claimMs: options.leaseSeconds === undefined ? undefined : options.leaseSeconds * 1000,
  });
  const { jobs } = options;
  // A short interval or lease (a test fleet) is looked at more often than every 30 s: a dead
  // process's read is taken over at the first tick after its lease ends.
  const tickMs = Math.max(
    200,
    Math.min(
      POLL_TICK_MS,
      ((options.intervalSeconds ?? Infinity) * 1000) / 4,
      (options.leaseSeconds ?? Infinity) * 1000,
    ),
  );
  const service = createFeedService({
    store: options.store,
    poller,
    index: options.index,
    clock: options.clock,
    operatorFeeds,
  });
  let stopped = false;
  let cancel: (() => void) | undefined;

  /**
   * Polls every feed someone reads now: another process may have added a channel's feed, or removed
   * the last subscription to one (the operator's feeds are always read).
   */
  const follow = async () => {
    const before = poller.trackedUrls();
    const wanted = new Set([...operatorFeeds, ...(await options.store.subscribedFeedUrls())]);
    for (const url of wanted) if (!poller.isTracked(url)) poller.track(url);
    for (const url of before) if (!wanted.has(url)) await poller.untrack(url);
  };

  const loop = async () => {
    try {
      await follow();
    } catch (error) {
      logger.error({ err: error }, 'feed subscriptions not read; polling the known feeds');
    }
    try {
      await poller.pruneIfDue();
      const due = await poller.dueForJobs();
      if (!stopped)
        await jobs.enqueue(
          FEED_POLL_QUEUE,
          due.map((url) => ({ key: url, data: { url } })),
        );
    } catch (error) {
      logger.error({ err: error }, 'feed polling round failed');
    }
    if (!stopped) cancel = scheduler.after(tickMs, () => void loop());
  };

  /** Resolves true when `round` ends within the limit, false when the limit comes first. */
  const within = (round: Promise<void>, ms: number) =>
    new Promise<boolean>((resolve) => {
      let late = false;
      const cancelTimer = scheduler.after(ms, () => {
        late = true;
        resolve(false);
      });
      void round.then(() => {
        if (!late) cancelTimer();
        resolve(true);
      });
    });

  return {
    service,
    poller,
    async start() {
      const list = await readFeedList(options.contentDir);
      for (const problem of list.problems)
        logger.warn(
          { file: FEED_LIST_FILE, ...problem },
          problem.line === 0
            ? `${FEED_LIST_FILE}: ${problem.reason}`
            : `${FEED_LIST_FILE} line ${problem.line}: ${problem.reason}`,
        );
      for (const url of list.urls) operatorFeeds.add(url);
      const limit = options.firstRoundLimitMs ?? FIRST_ROUND_LIMIT_MS;
      await jobs.work(
        FEED_POLL_QUEUE,
        {
          concurrency: POLL_JOBS_AT_ONCE,
          // pg-boss's record of a lost job; the feed's own claim decides when its read is redone.
          leaseSeconds: Math.max(60, 2 * (options.leaseSeconds ?? 300)),
        },
        async (data) => {
          await poller.pollClaimed(pollJob.parse(data).url);
        },
      );
      const done = await within(
        loop().then(() => jobs.idle(FEED_POLL_QUEUE)),
        limit,
      );
      logger.info(
        { operatorFeeds: list.urls.map(displayUrl), feeds: poller.trackedCount },
        'feeds polled',
      );
      if (!done)
        logger.warn(
          { limitSeconds: limit / 1000 },
          'first feed reads not done in time; starting without them (their items go to later digests)',
        );
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      cancel?.();
      await poller.idle();
      await http.close();
    },
  };
}
