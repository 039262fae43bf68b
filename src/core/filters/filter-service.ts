import type { Article } from '../articles/article.js';
import { chatKey, type ChatRef } from '../ports/chat-memory.js';
import type { Clock } from '../ports/clock.js';
import type { FeedService, FeedStatus } from '../ports/feed-service.js';
import type { FilterRuleRecord, FilterStore } from '../ports/filter-store.js';
import type { Localized } from '../i18n/translator.js';
import { LruCache } from '../lru-cache.js';
import { ChannelFilter, NO_FILTER } from './channel-filter.js';
import { FILTER_LIMITS, isRegexRule, parseRuleText, type RuleKind } from './rule-text.js';

export type AddRuleOutcome =
  | {
      readonly ok: true;
      readonly rule: FilterRuleRecord;
      readonly number: number;
      readonly feed?: FeedStatus | undefined;
    }
  | { readonly ok: false; readonly problem: Localized };

export type RemoveRuleOutcome =
  | { readonly ok: true; readonly rule: FilterRuleRecord; readonly left: number }
  | { readonly ok: false; readonly problem: Localized };

/** A channel's rules as `/filter` lists them: numbered, with the feed each is limited to. */
export interface ListedRule {
  readonly number: number;
  readonly rule: FilterRuleRecord;
  /** The feed of a feed rule, when the channel still reads it. */
  readonly feed?: FeedStatus | undefined;
  /** The rule no longer compiles (it is ignored). */
  readonly broken: boolean;
}

/**
 * Keyword filters per channel (and per feed of a channel): what `/filter` manages and what digests
 * and `/news` apply. Rules are read from the store on every use, so a change made through another
 * process (or the web panel) applies at once; their compiled form is cached by their text.
 */
export class FilterService {
  private readonly compiled = new LruCache<string, ChannelFilter>(2_000);

  constructor(
    private readonly store: FilterStore,
    private readonly feeds: FeedService,
    private readonly clock: Clock,
  ) {}

  async list(chat: ChatRef): Promise<ListedRule[]> {
    const rules = await this.store.listRules(chat);
    const filter = this.compile(chat, rules);
    const feeds = rules.some((r) => r.feedUrl !== undefined)
      ? (await this.feeds.list(chat)).feeds
      : [];
    return rules.map((rule, i) => ({
      number: i + 1,
      rule,
      feed: rule.feedUrl === undefined ? undefined : feeds.find((f) => f.key === rule.feedUrl),
      broken: filter.broken.includes(i + 1),
    }));
  }

  /**
   * Adds a rule after checking it: its text (words, phrases, or a regular expression that
   * compiles), the caps, and `feed`, a number or URL of one of the channel's feeds.
   */
  async add(
    chat: ChatRef,
    kind: RuleKind,
    pattern: string,
    feed?: string,
  ): Promise<AddRuleOutcome> {
    const parsed = parseRuleText(pattern);
    if (!parsed.ok) return parsed;
    const rules = await this.store.listRules(chat);
    if (rules.length >= FILTER_LIMITS.rulesPerChannel)
      return {
        ok: false,
        problem: (t) => t.t('filter.limitRules', { limit: FILTER_LIMITS.rulesPerChannel }),
      };
    if (
      isRegexRule(pattern) &&
      rules.filter((r) => isRegexRule(r.pattern)).length >= FILTER_LIMITS.regexRulesPerChannel
    )
      return {
        ok: false,
        problem: (t) => t.t('filter.limitRegex', { limit: FILTER_LIMITS.regexRulesPerChannel }),
      };
    let status: FeedStatus | undefined;
    if (feed !== undefined) {
      const found = await this.findFeed(chat, feed);
      if (!found.ok) return found;
      status = found.feed;
    }
    const rule = await this.store.addRule(chat, {
      kind,
      pattern: pattern.trim(),
      feedUrl: status?.key,
      createdAt: this.clock.now(),
    });
    return { ok: true, rule, number: rules.length + 1, feed: status };
  }

  async remove(chat: ChatRef, number: number): Promise<RemoveRuleOutcome> {
    const rules = await this.store.listRules(chat);
    const rule = rules[number - 1];
    if (!rule)
      return {
        ok: false,
        problem: (t) =>
          rules.length === 0
            ? t.t('filter.noRules')
            : t.t('filter.noRuleNumber', { count: rules.length, n: number }),
      };
    await this.store.removeRule(chat, rule.id);
    return { ok: true, rule, left: rules.length - 1 };
  }

  clear(chat: ChatRef): Promise<number> {
    return this.store.clearRules(chat);
  }

  /** The channel's compiled filters (NO_FILTER when it has none). */
  async filterFor(chat: ChatRef): Promise<ChannelFilter> {
    return this.compile(chat, await this.store.listRules(chat));
  }

  /** A predicate for lists: the channel's filters, or everything when it has none. */
  async keepsFor(chat: ChatRef): Promise<(article: Article) => boolean> {
    const filter = await this.filterFor(chat);
    return filter.isEmpty ? () => true : (article) => filter.keeps(article);
  }

  private compile(chat: ChatRef, rules: readonly FilterRuleRecord[]): ChannelFilter {
    if (rules.length === 0) return NO_FILTER;
    const key = `${chatKey(chat)}\u0000${JSON.stringify(rules.map((r) => [r.kind, r.pattern, r.feedUrl ?? null]))}`;
    const known = this.compiled.get(key);
    if (known) return known;
    const filter = new ChannelFilter(rules);
    this.compiled.set(key, filter);
    return filter;
  }

  private async findFeed(
    chat: ChatRef,
    target: string,
  ): Promise<{ ok: true; feed: FeedStatus } | { ok: false; problem: Localized }> {
    const { feeds } = await this.feeds.list(chat);
    if (feeds.length === 0)
      return {
        ok: false,
        problem: (t) => t.t('filter.noFeeds'),
      };
    const text = target.trim();
    const bare = (url: string) => url.replace(/\/+$/, '');
    const feed = /^\d{1,4}$/.test(text)
      ? feeds[Number(text) - 1]
      : feeds.find((f) => bare(f.url) === bare(text) || bare(f.key) === bare(text));
    if (feed) return { ok: true, feed };
    return {
      ok: false,
      problem: (t) =>
        /^\d{1,4}$/.test(text)
          ? t.t('filter.noFeedNumber', { count: feeds.length, n: text })
          : t.t('filter.notAFeed', { text }),
    };
  }
}
