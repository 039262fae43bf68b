import type { Article } from '../articles/article.js';
import type { Localized } from '../i18n/translator.js';
import { EVERY_ARTICLE, type ArticleScope } from './article-store.js';
import type { ChatRef } from './chat-memory.js';

/** One feed as `/feeds` shows it. URLs here never carry credentials. */
export interface FeedStatus {
  /** 1-based place in the channel's list: what `/feeds remove <number>` takes. */
  readonly number: number;
  readonly url: string;
  /**
   * The feed's identity, as articles' origins name it (its normalised URL). For matching only
   * (filters limited to one feed): it may carry credentials, so it is never shown.
   */
  readonly key: string;
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
  | {
      readonly ok: false;
      readonly url: string;
      /**
       * Why the feed cannot be added. A network, HTTP or parse failure is the technical detail as
       * the fetcher words it (English, like a log line); the service's own refusals are localised.
       */
      readonly reason: string | Localized;
      /** The channel (or the bot) has as many feeds as it may: no other feed can be added now. */
      readonly full?: boolean;
    };

/** One feed of an OPML file (a subscription list). */
export interface OpmlEntry {
  readonly url: string;
  readonly title?: string | undefined;
}

/** The feeds of an OPML file, or why the file is refused (nothing of it is added then). */
export type OpmlReading =
  | { readonly ok: true; readonly feeds: readonly OpmlEntry[] }
  | { readonly ok: false; readonly reason: Localized };

export type RemoveFeedOutcome =
  | {
      readonly ok: true;
      readonly url: string;
      readonly title?: string | undefined;
      readonly feedCount: number;
    }
  | { readonly ok: false; readonly reason: Localized };

/** What a digest may draw on from feeds. */
export interface FreshFeedArticles {
  /** Oldest first, each article once. */
  readonly articles: readonly Article[];
  /**
   * The first-seen time of the earliest fresh item whose article this process does not hold yet
   * (its feed has not been read here since the item was recorded, e.g. by another process or just
   * before a restart). A digest must not count itself as covering that item: it covers only up to
   * just before this time, so the next digest picks the item up.
   */
  readonly unresolvedFrom?: Date | undefined;
}

/** The feeds a channel reads: what `/feeds` manages and what digests draw on. */
export interface FeedService {
  list(chat: ChatRef): Promise<FeedList>;
  /** Fetches and parses the feed at once; subscribes the channel only when it is a working feed. */
  add(chat: ChatRef, url: string): Promise<AddFeedOutcome>;
  /** `target` is a feed URL or its number in the channel's list. */
  remove(chat: ChatRef, target: string): Promise<RemoveFeedOutcome>;
  /**
   * Feed articles that are news for a digest: first seen after `since`, from the channel's feeds,
   * or from the operator's feeds (feeds.txt) when the channel has none of its own.
   */
  freshArticles(chat: ChatRef, since: Date): Promise<FreshFeedArticles>;
  /**
   * Which articles this chat may see in `/news`, `/search` and references: file articles, the
   * operator's feeds' articles and the chat's own feeds' articles; never another chat's feeds.
   * An article that two feeds carry is one article with the origin of one of them (the operator's
   * feed if one is, else the feed read first), so it is visible where that feed is: a chat whose own
   * feed carries it too may not see it in `/news` (its digest still has it).
   */
  visibleTo(chat: ChatRef): Promise<ArticleScope>;
  /** The channel's feeds as an OPML document (`/feeds export`). */
  exportOpml(chat: ChatRef): Promise<string>;
  /** Reads the feeds listed in an OPML document, within its caps (`/feeds import`). */
  readOpml(text: string): OpmlReading;
}

/** A feed service for running without feeds (benchmarks, tests of other commands): all is visible. */
export const noFeeds: FeedService = {
  list: () => Promise.resolve({ feeds: [], operatorFeeds: 0 }),
  add: (_chat, url) => Promise.resolve({ ok: false, url, reason: (t) => t.t('feeds.disabled') }),
  remove: () => Promise.resolve({ ok: false, reason: (t) => t.t('feeds.noFeedsToRemove') }),
  freshArticles: () => Promise.resolve({ articles: [] }),
  visibleTo: () => Promise.resolve(EVERY_ARTICLE),
  exportOpml: () => Promise.reject(new Error('feeds are not enabled in this setup')),
  readOpml: () => ({ ok: false, reason: (t) => t.t('feeds.disabled') }),
};
