import type { ArticleIndex } from '../core/articles/article-index.js';
import type { Article } from '../core/articles/article.js';
import type { Clock } from '../core/ports/clock.js';
import type { ChatRef } from '../core/ports/chat-memory.js';
import type {
  AddFeedOutcome,
  FeedList,
  FeedService,
  FeedStatus,
  RemoveFeedOutcome,
} from '../core/ports/feed-service.js';
import type { FeedStore } from '../core/ports/feed-store.js';
import type { FeedPoller } from './feed-poller.js';
import { displayUrl, normaliseFeedUrl } from './feed-url.js';

export interface FeedServiceDeps {
  readonly store: FeedStore;
  readonly poller: FeedPoller;
  readonly index: ArticleIndex;
  readonly clock: Clock;
  /** Feeds of the operator's list, read for everyone. */
  readonly operatorFeeds: ReadonlySet<string>;
}

/** `/feeds` and digests over the feed store and the poller. */
export function createFeedService(deps: FeedServiceDeps): FeedService {
  const { store, poller, index, clock, operatorFeeds } = deps;

  async function statuses(chat: ChatRef): Promise<FeedStatus[]> {
    const subscriptions = await store.listSubscriptions(chat);
    return Promise.all(
      subscriptions.map(async (s, i) => {
        const record = await store.getFeed(s.feedUrl);
        return {
          number: i + 1,
          url: displayUrl(s.feedUrl),
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
        return { ok: false, url: displayUrl(input.trim()), reason: normalised.reason };
      const url = normalised.url;
      const shown = displayUrl(url);
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
        return { ok: false, reason: 'This channel has no feeds to remove.' };
      const text = target.trim();
      let feedUrl: string | undefined;
      if (/^\d{1,4}$/.test(text)) {
        feedUrl = subscriptions[Number(text) - 1]?.feedUrl;
        if (!feedUrl) {
          return {
            ok: false,
            reason: `This channel has ${subscriptions.length === 1 ? 'one feed' : `feeds 1 to ${subscriptions.length}`}; there is no number ${text}.`,
          };
        }
      } else {
        const normalised = normaliseFeedUrl(text);
        const wanted = normalised.ok ? normalised.url : text;
        feedUrl = subscriptions.find(
          (s) => s.feedUrl === wanted || displayUrl(s.feedUrl) === displayUrl(wanted),
        )?.feedUrl;
        if (!feedUrl)
          return { ok: false, reason: `${displayUrl(wanted)} is not one of this channel's feeds.` };
      }
      await store.removeSubscription(chat, feedUrl);
      const stillRead =
        operatorFeeds.has(feedUrl) || (await store.subscribersOf(feedUrl)).length > 0;
      if (!stillRead) poller.untrack(feedUrl);
      const record = await store.getFeed(feedUrl);
      return {
        ok: true,
        url: displayUrl(feedUrl),
        title: record?.title,
        feedCount: subscriptions.length - 1,
      };
    },

    async freshArticles(chat, since): Promise<Article[]> {
      const own = (await store.listSubscriptions(chat)).map((s) => s.feedUrl);
      const records = await store.freshItemsSince(since, own.length > 0 ? own : undefined);
      const seen = new Set<string>();
      const articles: Article[] = [];
      for (const record of records) {
        if (seen.has(record.articleKey)) continue;
        seen.add(record.articleKey);
        const article = index.getByKey(record.articleKey);
        if (article) articles.push(article);
      }
      return articles;
    },
  };
}
