import { hostname } from 'node:os';
import { commands } from '../commands/index.js';
import { ContentDirectory, type LoadReport } from './article-files/content-directory.js';
import { contentRoot } from './article-files/list-content.js';
import type { AppConfig } from './config.js';
import { createDispatcher, type Dispatcher } from './core/commands/dispatch.js';
import type { Services } from './core/commands/define-command.js';
import { CommandRegistry } from './core/commands/registry.js';
import { createServices } from './core/create-services.js';
import { ClaimHolder } from './core/digests/claim-holder.js';
import { parseTime } from './core/digests/schedule.js';
import { catalogue } from './core/i18n/catalogue.js';
import type { ChannelPoster } from './core/ports/channel-poster.js';
import type { ChatLifecycle } from './core/ports/chat-lifecycle.js';
import { systemClock, type Clock } from './core/ports/clock.js';
import type { Logger } from './core/ports/logger.js';
import { EVERY_ARTICLE, type ArticleStore } from './core/ports/article-store.js';
import { noMetrics, type Metrics } from './core/ports/metrics.js';
import { instrumentDispatcher } from './core/commands/instrumented-dispatcher.js';
import { instrumentDigestStore } from './core/digests/instrumented-store.js';
import type { FeedHttp } from './feeds/feed-http.js';
import type { ChannelNotifier } from './feeds/feed-poller.js';
import { createFeeds, type Feeds } from './feeds/start-feeds.js';
import { openJobs } from './jobs/open-jobs.js';
import type { JobQueue } from './core/ports/job-queue.js';
import { DigestScheduler } from './scheduler/digest-scheduler.js';
import { openStorage, StorageError, type Storage } from './storage/open-storage.js';
import { createSummarizer } from './summarizers/create-summarizer.js';

export interface App {
  readonly services: Services;
  readonly dispatcher: Dispatcher;
  readonly content: ContentDirectory;
  readonly initialLoad: LoadReport;
  readonly storage: Storage;
  /** What adapters report about chats (gone, moved); kept in storage for digests and feeds alike. */
  readonly lifecycle: ChatLifecycle;
  readonly scheduler: DigestScheduler;
  readonly feeds: Feeds;
  /** Feed reads and due digests: in process (SQLite) or shared by the fleet (PostgreSQL). */
  readonly jobs: JobQueue;
  /** Lets the app post to chats (digests, feed pause notices) through the adapters that started. */
  attachPosters(posters: readonly ChannelPoster[]): void;
  close(): Promise<void>;
}

export interface AppOptions {
  readonly clock?: Clock;
  /** Follow CONTENT_DIR for changes (default true). */
  readonly watchContent?: boolean;
  /** Start polling feeds (default true). */
  readonly startFeeds?: boolean;
  /** The feed fetcher (tests inject one with their own address policy). */
  readonly feedHttp?: FeedHttp;
  /** Where the app reports what it does (commands, digests, feeds, summaries); default nowhere. */
  readonly metrics?: Metrics;
  /**
   * Resolves when the process is asked to stop: feed reads under way end at once, so a stop
   * during the first round of reads (which the start waits for) is not held by a slow server.
   */
  readonly stopping?: Promise<unknown>;
}

/** Builds the platform-neutral part of Briefly: storage, articles, feeds, services, dispatcher, scheduler. */
export async function createApp(
  config: AppConfig,
  logger: Logger,
  options: AppOptions = {},
): Promise<App> {
  const clock = options.clock ?? systemClock;
  // A missing CONTENT_DIR stops the start before anything is opened (ContentDirectoryError).
  contentRoot(config.CONTENT_DIR);
  const storage = await openStorage(config.DATABASE_URL, logger.child({ part: 'storage' }));
  const jobs = await openJobs(config.DATABASE_URL, logger.child({ part: 'jobs' })).catch(
    async (error: unknown) => {
      await storage.close();
      throw new StorageError(
        `DATABASE_URL: the job tables could not be set up: ${error instanceof Error ? error.message : String(error)}`,
      );
    },
  );
  const articles = storage.articles;
  const metrics = options.metrics ?? noMetrics;
  metrics.gauge('briefly_articles', {}, articleCounter(articles, logger));
  const posters = new Map<string, ChannelPoster>();
  // A fleet's processes take a dead one's digest claims over at once (see ClaimHolder).
  const holder =
    jobs.kind === 'postgres'
      ? new ClaimHolder({
          locks: storage.fleetLocks,
          store: storage.digests,
          logger,
          resendable: () =>
            [...posters.values()].filter((p) => p.idempotent === true).map((p) => p.platform),
        })
      : undefined;
  const notify: ChannelNotifier = async (chat, compose) => {
    const t = catalogue.translator(await services.digests.channelLocale(chat));
    const outcome = await posters.get(chat.platform)?.post(chat, compose(t));
    if (!outcome?.ok)
      logger.warn({ chat, reason: outcome?.reason ?? 'no adapter' }, 'notice not delivered');
  };
  const feeds = createFeeds({
    contentDir: config.CONTENT_DIR,
    allowPrivate: config.FEEDS_ALLOW_PRIVATE,
    retentionDays: config.FEED_RETENTION_DAYS,
    intervalSeconds: config.FEED_POLL_INTERVAL_SECONDS,
    leaseSeconds: config.JOB_LEASE_SECONDS,
    jobs,
    store: storage.feeds,
    index: articles,
    clock,
    logger: logger.child({ part: 'feeds' }),
    notify,
    metrics,
    ...(options.feedHttp ? { http: options.feedHttp } : {}),
  });
  const services = createServices({
    articles,
    summarizer: createSummarizer(config, logger, { metrics }),
    feeds: feeds.service,
    clock,
    logger,
    digestStore: instrumentDigestStore(storage.digests, metrics),
    filterStore: storage.filters,
    digestDefaults: {
      minuteOfDay: parseTime(config.DIGEST_DEFAULT_TIME) ?? 480,
      timezone: config.DIGEST_DEFAULT_TIMEZONE,
      size: 5,
    },
    catchUpMinutes: config.DIGEST_CATCH_UP_MINUTES,
    owner: `${hostname()}:${process.pid}:${Date.now().toString(36)}`,
    metrics,
    // A dead process's work is taken over after the job lease: its digest claims too (at most 2 min).
    claimLeaseMs: config.JOB_LEASE_SECONDS * 1000,
    claimHolder: holder && (() => holder.current()),
  });
  const content = new ContentDirectory(
    config.CONTENT_DIR,
    articles,
    logger.child({ part: 'content' }),
  );
  const initialLoad = await content.load();
  if (options.watchContent ?? true) await content.watch();
  void options.stopping
    ?.then(() => feeds.stop())
    .catch((error: unknown) => logger.warn({ err: error }, 'feeds did not stop cleanly'));
  if (options.startFeeds ?? true) await feeds.start();
  const dispatcher = instrumentDispatcher(
    createDispatcher(new CommandRegistry(commands), services),
    metrics,
  );
  // Before any claim: until it is open, claims carry no holder and wait for their lease.
  await holder?.open();
  const scheduler = new DigestScheduler(
    services.digests,
    clock,
    logger.child({ part: 'scheduler' }),
    jobs,
    holder,
  );
  return {
    services,
    dispatcher,
    content,
    initialLoad,
    storage,
    lifecycle: storage.lifecycle,
    scheduler,
    feeds,
    jobs,
    attachPosters(list) {
      for (const poster of list) {
        posters.set(poster.platform, poster);
        services.digests.registerPoster(poster);
      }
    },
    async close() {
      await scheduler.stop();
      await jobs.stop();
      // After the jobs: while its session lives, this process's claims are not taken over.
      await holder?.close();
      await feeds.stop();
      await content.close();
      await storage.close();
    },
  };
}

/** How old the articles gauge's count may be before a scrape asks the store again. */
export const ARTICLE_COUNT_MAX_AGE_MS = 15_000;

/**
 * The number of stored articles for the gauge. A COUNT over the articles table grows with it, and a
 * scrape must stay cheap whatever the database holds: a scrape gets the last count at once, and
 * one older than ARTICLE_COUNT_MAX_AGE_MS is refreshed in the background (one query at a time).
 * Only the first scrape waits for the query. A failed count is logged and leaves the last one.
 */
export function articleCounter(articles: ArticleStore, logger: Logger): () => Promise<number> {
  let last: { value: number; at: number } | undefined;
  let pending: Promise<number> | undefined;
  const refresh = () =>
    (pending ??= articles
      .count(EVERY_ARTICLE)
      .then(
        (value) => {
          last = { value, at: performance.now() };
          return value;
        },
        (error: unknown) => {
          logger.warn({ err: error }, 'articles not counted');
          throw error;
        },
      )
      .finally(() => (pending = undefined)));
  return () => {
    if (!last) return refresh();
    if (performance.now() - last.at > ARTICLE_COUNT_MAX_AGE_MS) refresh().catch(() => undefined);
    return Promise.resolve(last.value);
  };
}
