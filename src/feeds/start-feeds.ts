import type { ArticleIndex } from '../core/articles/article-index.js';
import type { Clock } from '../core/ports/clock.js';
import type { FeedService } from '../core/ports/feed-service.js';
import type { FeedStore } from '../core/ports/feed-store.js';
import type { Logger } from '../core/ports/logger.js';
import { createFeedHttp, type FeedHttp } from './feed-http.js';
import { FEED_LIST_FILE, readFeedList } from './feed-list-file.js';
import { FeedPoller, type ChannelNotifier } from './feed-poller.js';
import { createFeedService } from './feed-service.js';
import { displayUrl } from './feed-url.js';
import { createHostLimiter } from './host-limiter.js';
import { addressPolicy } from './safe-address.js';

/** How often the poller looks for due feeds (each feed has its own, longer interval). */
export const POLL_TICK_MS = 30_000;

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
  readonly index: ArticleIndex;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly notify: ChannelNotifier;
  readonly http?: FeedHttp;
  readonly scheduler?: Scheduler;
}

export interface Feeds {
  readonly service: FeedService;
  readonly poller: FeedPoller;
  /** Reads feeds.txt, takes up every subscribed feed, and starts polling. */
  start(): Promise<void>;
  /** Stops polling, waits for reads under way, closes connections. */
  stop(): Promise<void>;
}

/** Everything feeds need, wired: safe HTTP, the poller, the `/feeds` service. */
export function createFeeds(options: FeedsOptions): Feeds {
  const logger = options.logger;
  const http = options.http ?? createFeedHttp({ policy: addressPolicy(options.allowPrivate) });
  const scheduler = options.scheduler ?? timerScheduler;
  const poller = new FeedPoller({
    store: options.store,
    index: options.index,
    http,
    limiter: createHostLimiter(2, 8),
    clock: options.clock,
    logger,
    notify: options.notify,
  });
  const operatorFeeds = new Set<string>();
  const service = createFeedService({
    store: options.store,
    poller,
    index: options.index,
    clock: options.clock,
    operatorFeeds,
  });
  let stopped = false;
  let cancel: (() => void) | undefined;

  const loop = async () => {
    try {
      await poller.runDue();
    } catch (error) {
      logger.error({ err: error }, 'feed polling round failed');
    }
    if (!stopped) cancel = scheduler.after(POLL_TICK_MS, () => void loop());
  };

  return {
    service,
    poller,
    async start() {
      const list = await readFeedList(options.contentDir);
      for (const problem of list.problems)
        logger.warn(
          { file: FEED_LIST_FILE, ...problem },
          `${FEED_LIST_FILE} line ${problem.line}: ${problem.reason}`,
        );
      for (const url of list.urls) operatorFeeds.add(url);
      for (const url of [...list.urls, ...(await options.store.subscribedFeedUrls())])
        poller.track(url);
      logger.info(
        { operatorFeeds: list.urls.map(displayUrl), feeds: poller.trackedCount },
        'feeds polled',
      );
      cancel = scheduler.after(0, () => void loop());
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
