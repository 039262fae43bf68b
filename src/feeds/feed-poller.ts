import type { ArticleStore } from '../core/ports/article-store.js';
import type { ChatRef } from '../core/ports/chat-memory.js';
import type { Clock } from '../core/ports/clock.js';
import type { FeedRecord, FeedStore } from '../core/ports/feed-store.js';
import type { Logger } from '../core/ports/logger.js';
import { noMetrics, type Metrics } from '../core/ports/metrics.js';
import type { Reply } from '../core/replies/reply.js';
import type { FeedHttp, HttpRequest } from './feed-http.js';
import { displayUrl } from './feed-url.js';
import type { Limiter } from '../core/async/limiter.js';
import type { PageContent } from './extract-page.js';
import type { ParsedFeed } from './parse-feed.js';
import { pausedNotice } from './paused-notice.js';
import type { Translator } from '../core/i18n/translator.js';

/** How many stored feed articles a retention round reads at a time. */
const PRUNE_BATCH = 500;
import {
  failureDelay,
  MAX_POLL_INTERVAL_MS,
  PAUSE_AFTER_FAILURES,
  succeeded,
  successInterval,
} from './poll-interval.js';

export const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';
const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';

/** Tells a channel something nobody asked for (a feed paused); the app routes it to the adapter. */
/** Posts a notice to a channel; `compose` writes it in the channel's language. */
export type ChannelNotifier = (chat: ChatRef, compose: (t: Translator) => Reply) => Promise<void>;

export type PollResult =
  | { readonly ok: true; readonly title: string; readonly items: number; readonly fresh: number }
  | { readonly ok: true; readonly notModified: true }
  | { readonly ok: false; readonly reason: string };

export interface FeedPollerDeps {
  readonly store: FeedStore;
  readonly index: ArticleStore;
  readonly http: FeedHttp;
  /** At most 2 requests at once to one host and 8 overall (start-feeds.ts). */
  readonly limiter: Limiter;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly notify: ChannelNotifier;
  /** Feeds of the operator's list: their version of a story shared with a channel's feed wins. */
  readonly isOperatorFeed?: (url: string) => boolean;
  /** Where feed reads are counted by outcome. */
  readonly metrics?: Metrics | undefined;
  /** Feed articles and item records published longer ago than this are dropped (FEED_RETENTION_DAYS). */
  readonly retentionMs?: number | undefined;
  /** The interval between reads when the feed asks for none (FEED_POLL_INTERVAL_SECONDS). */
  readonly intervalMs?: number | undefined;
  /** How long a claimed read may take before another process takes it over (JOB_LEASE_SECONDS). */
  readonly claimMs?: number | undefined;
}

/** A claimed read that takes longer than this is taken over by another process. */
export const DEFAULT_CLAIM_MS = 5 * 60_000;

/** How often retention runs: articles expire by the day, so an hour late is no matter. */
const PRUNE_EVERY_MS = 3_600_000;

/**
 * Reads feeds when they are due: each on its own interval, conditional requests, backoff after
 * failures, pause (and one notice to the subscribed channels) after repeated failures.
 */
export class FeedPoller {
  private readonly tracked = new Set<string>();
  /**
   * This process's own schedule and validators per feed. Articles live in each process's memory,
   * so each process keeps its own poll times and ETag / Last-Modified: a feed it has not read yet
   * (after a restart) is read at once and without validators, and another process sharing the
   * database can neither make it skip a poll nor answer it with a 304 for content it never saw.
   * The stored record keeps what is shared: failures, pauses, what /feeds shows. Item identities,
   * also stored, keep old items from counting as new.
   */
  private readonly local = new Map<
    string,
    Pick<FeedRecord, 'nextPollAt' | 'etag' | 'lastModified'>
  >();
  /** When this process last read each feed successfully (its items are in memory since then). */
  private readonly readAt = new Map<string, Date>();
  private readonly inFlight = new Map<string, Promise<PollResult>>();
  private readonly metrics: Metrics;
  private lastPrune = -Infinity;

  constructor(private readonly deps: FeedPollerDeps) {
    this.metrics = deps.metrics ?? noMetrics;
  }

  /** Polls this feed from now on (its state comes from the store). */
  track(url: string): void {
    this.tracked.add(url);
  }

  /** Stops polling a feed and removes the articles that came only from it. */
  async untrack(url: string): Promise<void> {
    this.tracked.delete(url);
    this.local.delete(url);
    this.readAt.delete(url);
    const { index } = this.deps;
    for (const key of await index.keysOfFeed(url)) await index.remove(key);
  }

  /**
   * Retention: feed articles published before `now` minus the retention leave memory, and their
   * item records storage (ingestion skips items that old, so none comes back as new). Returns how
   * many articles left memory.
   */
  async prune(now: Date): Promise<number> {
    const { retentionMs, index, store, logger } = this.deps;
    if (retentionMs === undefined) return 0;
    const cutoff = now.getTime() - retentionMs;
    let removed = 0;
    try {
      // Feed articles live in the article store: read them a batch at a time, so pruning never
      // holds every stored article in memory at once.
      const keys = [...(await index.contentHashes('feed')).keys()];
      for (let start = 0; start < keys.length; start += PRUNE_BATCH) {
        const batch = await index.getManyByKey(keys.slice(start, start + PRUNE_BATCH));
        for (const [key, article] of batch)
          if (article.publishedAt.getTime() < cutoff && (await index.remove(key))) removed++;
      }
    } catch (error) {
      logger.warn({ err: error }, 'old feed articles not dropped; tried again in an hour');
    }
    try {
      const forgotten = await store.forgetItemsPublishedBefore(new Date(cutoff));
      if (removed > 0 || forgotten > 0)
        logger.info({ articles: removed, records: forgotten }, 'old feed items dropped');
    } catch (error) {
      logger.warn({ err: error }, 'old feed item records not dropped; tried again in an hour');
    }
    return removed;
  }

  isTracked(url: string): boolean {
    return this.tracked.has(url);
  }

  get trackedCount(): number {
    return this.tracked.size;
  }

  trackedUrls(): string[] {
    return [...this.tracked];
  }

  /**
   * When this process last read the feed successfully, if it has: every item the feed carried
   * then has its article in memory.
   */
  lastReadAt(url: string): Date | undefined {
    return this.readAt.get(url);
  }

  /** Retention, at most once an hour. */
  async pruneIfDue(): Promise<void> {
    const now = this.deps.clock.now().getTime();
    if (now - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = now;
    await this.prune(new Date(now));
  }

  /** Tracked feeds a poll job should be enqueued for: due by their stored record, or never read. */
  async dueForJobs(): Promise<string[]> {
    const now = this.deps.clock.now().getTime();
    const times = await this.deps.store.pollTimes();
    return [...this.tracked].filter((url) => {
      const next = times.get(url);
      return next === undefined || next.getTime() <= now;
    });
  }

  /**
   * A poll job: reads the feed when this process wins its claim (due fleet-wide, see
   * FeedStore.claimPoll), so the fleet reads each feed once per interval whatever the number of
   * processes. Its items go to the article store, where every process finds them, so the read is
   * conditional on the stored ETag / Last-Modified of whichever process read it last. Undefined when
   * another process has the read.
   */
  async pollClaimed(url: string): Promise<PollResult | undefined> {
    if (!this.tracked.has(url)) return undefined;
    const now = this.deps.clock.now();
    // When the read was due: the next one is planned from it (see nextReadAt). Read before the
    // claim, which moves it; a claim won means nobody moved it in between (it was still due).
    const dueAt = (await this.deps.store.getFeed(url))?.nextPollAt;
    const until = new Date(now.getTime() + (this.deps.claimMs ?? DEFAULT_CLAIM_MS));
    const won = await this.deps.store.claimPoll(url, now, until);
    if (!won) return undefined;
    return this.poll(url, { shared: true, dueAt });
  }

  /** Polls every tracked feed that is due; resolves when all of them are done. */
  async runDue(): Promise<void> {
    await this.pruneIfDue();
    const now = this.deps.clock.now().getTime();
    const due: string[] = [];
    for (const url of this.tracked) {
      const mine = this.local.get(url);
      if (!mine || mine.nextPollAt.getTime() <= now) due.push(url);
    }
    await Promise.all(due.map((url) => this.poll(url)));
  }

  /**
   * Reads one feed now. `validate`: an unconditional read for `/feeds add` whose failure changes
   * nothing stored (the feed is not subscribed yet).
   */
  poll(
    url: string,
    options: { validate?: boolean; shared?: boolean; dueAt?: Date | undefined } = {},
  ): Promise<PollResult> {
    const running = this.inFlight.get(url);
    if (running && !options.validate) return running;
    const task = this.read(url, options).finally(() => {
      if (this.inFlight.get(url) === task) this.inFlight.delete(url);
    });
    this.inFlight.set(url, task);
    return task;
  }

  /** Resolves when no read is running. */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight.values()]);
  }

  /** Fetches a page through the same safety checks and limits: its main text and og:image. */
  async fetchFullText(url: string): Promise<PageContent | undefined> {
    const page = await this.get(url, { accept: PAGE_ACCEPT });
    if (page.kind !== 'body') {
      if (page.kind === 'failure')
        this.deps.logger.info({ page: displayUrl(url), reason: page.message }, 'page not fetched');
      return undefined;
    }
    // A link to a PDF, an image or a feed is no article page.
    if (page.contentType && !/html/i.test(page.contentType)) return undefined;
    return (await parsing()).readPage(page.text, page.url);
  }

  /**
   * `shared`: validators from the stored record (a fleet's read), else this process's own.
   * `dueAt`: when the read was due, which the next one is planned from.
   */
  private async read(
    url: string,
    options: { validate?: boolean; shared?: boolean; dueAt?: Date | undefined },
  ): Promise<PollResult> {
    const { store, clock } = this.deps;
    const validate = options.validate ?? false;
    const shared = options.shared ?? false;
    const now = clock.now();
    const plan = { now, dueAt: options.dueAt };
    const stored = await store.getFeed(url);
    const record: FeedRecord = stored ?? {
      url,
      nextPollAt: now,
      consecutiveFailures: 0,
      paused: false,
      moderatorsTold: false,
    };
    const mine = validate ? undefined : shared ? stored : this.local.get(url);
    const outcome = await this.get(url, {
      accept: FEED_ACCEPT,
      etag: mine?.etag,
      lastModified: mine?.lastModified,
    });
    // A read ended because the bot is stopping says nothing about the feed: nothing is recorded.
    if (outcome.kind === 'failure' && outcome.failure === 'stopped')
      return { ok: false, reason: outcome.message };
    if (outcome.kind === 'failure') {
      this.countRead(REFUSALS.has(outcome.failure) ? 'refused' : 'error');
      if (!validate) await this.failed(record, outcome.message, outcome.retryAfterSeconds);
      return { ok: false, reason: outcome.message };
    }
    if (outcome.kind === 'not-modified') {
      this.countRead('304');
      await this.save(succeeded(record, plan, successInterval(outcome, this.deps.intervalMs)));
      this.readAt.set(url, clock.now());
      return { ok: true, notModified: true };
    }
    const { parseFeedDocument, ingestFeed } = await parsing();
    const parsed = parseFeedDocument(outcome.text, outcome.url);
    if (!parsed.ok) {
      this.countRead('error');
      if (!validate) await this.failed(record, parsed.reason);
      return { ok: false, reason: parsed.reason };
    }
    this.countRead('200', parsed.feed.items.length);
    const siteName = siteNameOf(parsed.feed, url);
    const ingested = await ingestFeed(
      { ...this.deps, fullText: (link) => this.fetchFullText(link) },
      { url, siteName },
      parsed.feed,
    );
    const interval = successInterval(
      { ttlMinutes: parsed.feed.ttlMinutes, maxAgeSeconds: outcome.maxAgeSeconds },
      this.deps.intervalMs,
    );
    await this.save({
      ...succeeded(record, plan, interval),
      title: parsed.feed.title ?? siteName,
      siteName,
      etag: outcome.etag,
      lastModified: outcome.lastModified,
    });
    this.readAt.set(url, clock.now());
    this.deps.logger.debug({ feed: displayUrl(url), ...ingested }, 'feed read');
    return { ok: true, title: parsed.feed.title ?? siteName, ...ingested };
  }

  private countRead(outcome: '200' | '304' | 'error' | 'refused', items = 0): void {
    this.metrics.increment('briefly_feed_fetches_total', { outcome });
    if (items > 0) this.metrics.increment('briefly_feed_items_found_total', {}, items);
  }

  /** Stores a feed's record and keeps this process's schedule and validators in step with it. */
  private async save(record: FeedRecord): Promise<void> {
    await this.deps.store.saveFeed(record);
    this.local.set(record.url, {
      nextPollAt: record.nextPollAt,
      etag: record.etag,
      lastModified: record.lastModified,
    });
  }

  private get(url: string, request: HttpRequest) {
    return this.deps.limiter.run(hostOf(url), () => this.deps.http.get(url, request));
  }

  private async failed(record: FeedRecord, reason: string, retryAfterSeconds?: number) {
    const { store, clock, logger } = this.deps;
    const now = clock.now();
    const failures = record.consecutiveFailures + 1;
    const pause = failures >= PAUSE_AFTER_FAILURES;
    const delay = pause ? MAX_POLL_INTERVAL_MS : failureDelay(failures, retryAfterSeconds);
    const tell = pause && !record.moderatorsTold;
    await this.save({
      ...record,
      consecutiveFailures: failures,
      lastErrorAt: now,
      lastError: reason,
      nextPollAt: new Date(now.getTime() + delay),
      paused: pause,
      moderatorsTold: record.moderatorsTold || tell,
    });
    logger.warn(
      { feed: displayUrl(record.url), failures, reason, paused: pause },
      'feed read failed',
    );
    if (!tell) return;
    const notice = pausedNotice(record, failures, reason);
    for (const chat of await store.subscribersOf(record.url)) {
      try {
        await this.deps.notify(chat, notice);
      } catch (error) {
        logger.error({ err: error, chat, feed: displayUrl(record.url) }, 'pause notice not sent');
      }
    }
  }
}

/** The parsing libraries, loaded at the first read (see parsing.ts). */
const parsing = () => import('./parsing.js');

/** Failures that are our refusal to fetch (the address or URL is not allowed), not the site's. */
const REFUSALS: ReadonlySet<string> = new Set(['private-address', 'bad-url']);

/** The name shown as publisher: the feed's title, else its site's host name. */
function siteNameOf(feed: ParsedFeed, url: string): string {
  if (feed.title) return feed.title;
  return hostOf(feed.siteUrl ?? url).replace(/^www\./, '');
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
