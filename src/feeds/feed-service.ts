import type { Article } from '../core/articles/article.js';
import type { ArticleStore } from '../core/ports/article-store.js';
import type { Clock } from '../core/ports/clock.js';
import type { Localized } from '../core/i18n/translator.js';
import type { ChatRef } from '../core/ports/chat-memory.js';
import type {
  AddFeedOutcome,
  FeedList,
  FeedService,
  FeedStatus,
  FreshFeedArticles,
  RemoveFeedOutcome,
} from '../core/ports/feed-service.js';
import type { FeedItemRecord, FeedStore } from '../core/ports/feed-store.js';
import type { FeedPoller } from './feed-poller.js';
import { displayUrl, normaliseFeedUrl } from './feed-url.js';
import { MAX_POLL_INTERVAL_MS } from './poll-interval.js';
import { readOpml, writeOpml } from './opml.js';

/** The most feeds one channel may have. */
export const MAX_FEEDS_PER_CHAT = 20;
/** The most distinct feeds all channels together may have (the operator's list aside). */
export const MAX_SUBSCRIBED_FEEDS = 500;
/**
 * A fresh item this process has not read yet holds digests back at most this long after it was
 * first seen (a feed that keeps failing here must not hold them back for ever); by then a feed that
 * answers has been read at least once.
 */
export const HOLD_BACK_LIMIT_MS = MAX_POLL_INTERVAL_MS;

export interface FeedServiceDeps {
  readonly store: FeedStore;
  readonly poller: FeedPoller;
  readonly index: ArticleStore;
  readonly clock: Clock;
  /** Feeds of the operator's list, read for everyone. */
  readonly operatorFeeds: ReadonlySet<string>;
}

/** `/feeds` and digests over the feed store and the poller. */
export function createFeedService(deps: FeedServiceDeps): FeedService {
  const { store, poller, index, clock, operatorFeeds } = deps;

  /** Why the chat may not take on one more feed, if it may not. */
  async function refusal(chat: ChatRef, url: string): Promise<Localized | undefined> {
    const own = await store.listSubscriptions(chat);
    if (own.some((s) => s.feedUrl === url)) return undefined;
    if (own.length >= MAX_FEEDS_PER_CHAT)
      return (t) => t.t('feeds.limitChannel', { limit: MAX_FEEDS_PER_CHAT });
    if (operatorFeeds.has(url)) return undefined;
    const all = await store.subscribedFeedUrls();
    if (all.length >= MAX_SUBSCRIBED_FEEDS && !all.includes(url))
      return (t) => t.t('feeds.limitBot', { limit: MAX_SUBSCRIBED_FEEDS });
    return undefined;
  }

  /** A fresh item whose article this process does not hold yet but will once it reads the feed. */
  function awaited(record: FeedItemRecord, now: Date): boolean {
    const readAt = poller.lastReadAt(record.feedUrl);
    const unread = readAt === undefined || readAt.getTime() < record.firstSeenAt.getTime();
    return unread && now.getTime() - record.firstSeenAt.getTime() < HOLD_BACK_LIMIT_MS;
  }

  async function statuses(chat: ChatRef): Promise<FeedStatus[]> {
    const subscriptions = await store.listSubscriptions(chat);
    return Promise.all(
      subscriptions.map(async (s, i) => {
        const record = await store.getFeed(s.feedUrl);
        return {
          number: i + 1,
          url: displayUrl(s.feedUrl),
          key: s.feedUrl,
          title: record?.title,
          lastSuccessAt: record?.lastSuccessAt,
          lastErrorAt: record?.lastErrorAt,
          lastError: record?.lastError,
          paused: record?.paused ?? false,
        };
      }),
    );
  }

  return {
    async list(chat): Promise<FeedList> {
      return { feeds: await statuses(chat), operatorFeeds: operatorFeeds.size };
    },

    async add(chat, input): Promise<AddFeedOutcome> {
      const normalised = normaliseFeedUrl(input);
      if (!normalised.ok)
        return { ok: false, url: displayUrl(input.trim()), reason: normalised.problem };
      const url = normalised.url;
      const shown = displayUrl(url);
      const refused = await refusal(chat, url);
      // Every refusal here is a limit: the channel's or the bot's list is full.
      if (refused) return { ok: false, url: shown, reason: refused, full: true };
      const result = await poller.poll(url, { validate: true });
      if (!result.ok) return { ok: false, url: shown, reason: result.reason };
      const added = await store.addSubscription(chat, url, clock.now());
      poller.track(url);
      const record = await store.getFeed(url);
      return {
        ok: true,
        url: shown,
        title: record?.title ?? shown,
        itemCount: 'items' in result ? result.items : 0,
        alreadySubscribed: !added,
        feedCount: (await store.listSubscriptions(chat)).length,
      };
    },

    async remove(chat, target): Promise<RemoveFeedOutcome> {
      const subscriptions = await store.listSubscriptions(chat);
      if (subscriptions.length === 0)
        return { ok: false, reason: (t) => t.t('feeds.noFeedsToRemove') };
      const text = target.trim();
      let feedUrl: string | undefined;
      if (/^\d{1,4}$/.test(text)) {
        feedUrl = subscriptions[Number(text) - 1]?.feedUrl;
        if (!feedUrl) {
          return {
            ok: false,
            reason: (t) => t.t('feeds.noNumber', { count: subscriptions.length, n: text }),
          };
        }
      } else {
        const normalised = normaliseFeedUrl(text);
        const wanted = normalised.ok ? normalised.url : text;
        feedUrl = subscriptions.find(
          (s) => s.feedUrl === wanted || displayUrl(s.feedUrl) === displayUrl(wanted),
        )?.feedUrl;
        if (!feedUrl)
          return {
            ok: false,
            reason: (t) => t.t('feeds.notOneOf', { url: displayUrl(wanted) }),
          };
      }
      await store.removeSubscription(chat, feedUrl);
      const stillRead =
        operatorFeeds.has(feedUrl) || (await store.subscribersOf(feedUrl)).length > 0;
      if (!stillRead) await poller.untrack(feedUrl);
      const record = await store.getFeed(feedUrl);
      return {
        ok: true,
        url: displayUrl(feedUrl),
        title: record?.title,
        feedCount: subscriptions.length - 1,
      };
    },

    async exportOpml(chat): Promise<string> {
      const feeds = await statuses(chat);
      return writeOpml(
        'Briefly feeds',
        feeds.map((feed) => ({ url: feed.url, title: feed.title })),
        clock.now(),
      );
    },

    readOpml,

    async freshArticles(chat, since): Promise<FreshFeedArticles> {
      const own = (await store.listSubscriptions(chat)).map((s) => s.feedUrl);
      const sources = own.length > 0 ? own : [...operatorFeeds];
      if (sources.length === 0) return { articles: [] };
      const records = await store.freshItemsSince(since, sources);
      const now = clock.now();
      const seen = new Set<string>();
      const articles: Article[] = [];
      let unresolvedFrom: Date | undefined;
      const stored = await index.getManyByKey([...new Set(records.map((r) => r.articleKey))]);
      for (const record of records) {
        if (seen.has(record.articleKey)) continue;
        seen.add(record.articleKey);
        const article = stored.get(record.articleKey);
        if (article) articles.push(article);
        // Records come oldest first: the first one still awaited is the earliest.
        else if (!unresolvedFrom && awaited(record, now)) unresolvedFrom = record.firstSeenAt;
      }
      return { articles, unresolvedFrom };
    },

    async visibleTo(chat) {
      const own = (await store.listSubscriptions(chat)).map((s) => s.feedUrl);
      return { feeds: new Set([...operatorFeeds, ...own]) };
    },
  };
}
