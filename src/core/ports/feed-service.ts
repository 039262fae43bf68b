import type { Article } from '../articles/article.js';
import type { ChatRef } from './chat-memory.js';

/** One feed as `/feeds` shows it. URLs here never carry credentials. */
export interface FeedStatus {
  /** 1-based place in the channel's list: what `/feeds remove <number>` takes. */
  readonly number: number;
  readonly url: string;
  readonly title?: string | undefined;
  readonly lastSuccessAt?: Date | undefined;
  readonly lastErrorAt?: Date | undefined;
  readonly lastError?: string | undefined;
  readonly paused: boolean;
}

export interface FeedList {
  readonly feeds: readonly FeedStatus[];
  /** Feeds read for every channel from the operator's list (feeds.txt). */
  readonly operatorFeeds: number;
}

export type AddFeedOutcome =
  | {
      readonly ok: true;
      readonly url: string;
      readonly title: string;
      readonly itemCount: number;
      readonly alreadySubscribed: boolean;
      readonly feedCount: number;
    }
  | { readonly ok: false; readonly url: string; readonly reason: string };

export type RemoveFeedOutcome =
  | {
      readonly ok: true;
      readonly url: string;
      readonly title?: string | undefined;
      readonly feedCount: number;
    }
  | { readonly ok: false; readonly reason: string };

/** The feeds a channel reads: what `/feeds` manages and what digests draw on. */
export interface FeedService {
  list(chat: ChatRef): Promise<FeedList>;
  /** Fetches and parses the feed at once; subscribes the channel only when it is a working feed. */
  add(chat: ChatRef, url: string): Promise<AddFeedOutcome>;
  /** `target` is a feed URL or its number in the channel's list. */
  remove(chat: ChatRef, target: string): Promise<RemoveFeedOutcome>;
  /**
   * Feed articles that are news for a digest: first seen after `since`, from the channel's feeds,
   * or from every feed read when the channel has none. Oldest first, each article once.
   */
  freshArticles(chat: ChatRef, since: Date): Promise<Article[]>;
}

/** A feed service for running without feeds (benchmarks, tests of other commands). */
export const noFeeds: FeedService = {
  list: () => Promise.resolve({ feeds: [], operatorFeeds: 0 }),
  add: (_chat, url) =>
    Promise.resolve({ ok: false, url, reason: 'feeds are not enabled in this setup' }),
  remove: () => Promise.resolve({ ok: false, reason: 'This channel has no feeds.' }),
  freshArticles: () => Promise.resolve([]),
};
