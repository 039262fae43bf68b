import type { Article } from '../articles/article.js';
import { filterTextOf, type FilterText } from './article-text.js';
import type { WordKey } from './word-table.js';
import {
  parseRuleText,
  regexMatchesText,
  type FilterRule,
  type RegexTerm,
  type Term,
} from './rule-text.js';

/** Why a rule matched: the rule's 1-based number in the channel's list and the term that matched. */
export interface RuleMatch {
  readonly rule: number;
  readonly term: string;
}

/** What the filters decide about one story, and why. */
export interface FilterVerdict {
  readonly keep: boolean;
  /** Exclude rules that match (any one drops the story). */
  readonly excludedBy: readonly RuleMatch[];
  /** Include rules that match. */
  readonly includedBy: readonly RuleMatch[];
  /** Numbers of the include rules that apply to the story (none matching drops it). */
  readonly includeRules: readonly number[];
}

interface CompiledRule {
  readonly number: number;
  readonly terms: readonly Term[];
}

/** The rules of one kind that apply in one scope (the whole channel, or one feed). */
class RuleGroup {
  readonly rules: CompiledRule[] = [];
  /** Every single word of every rule, for a table lookup per word. */
  private readonly singles: WordKey[] = [];
  private readonly phrases: { keys: readonly WordKey[]; spaced: string }[] = [];
  private readonly regexes: RegexTerm[] = [];

  add(rule: CompiledRule): void {
    this.rules.push(rule);
    for (const term of rule.terms) {
      if (term.type === 'regex') this.regexes.push(term);
      else if (term.keys.length === 1) this.singles.push(...term.keys);
      else this.phrases.push({ keys: term.keys, spaced: ` ${term.words.join(' ')} ` });
    }
  }

  get isEmpty(): boolean {
    return this.rules.length === 0;
  }

  /** Whether any rule of the group matches: the fast path for digests and /news. */
  matchesAny(text: FilterText): boolean {
    for (const single of this.singles) if (text.hasWord(single)) return true;
    for (const phrase of this.phrases) if (phraseIn(phrase.keys, phrase.spaced, text)) return true;
    for (const regex of this.regexes) if (termMatches(regex, text)) return true;
    return false;
  }

  /** Every rule that matches and the first of its terms that does. */
  matches(text: FilterText): RuleMatch[] {
    const found: RuleMatch[] = [];
    for (const rule of this.rules) {
      const term = rule.terms.find((t) => termMatches(t, text));
      if (term)
        found.push({
          rule: rule.number,
          term: term.type === 'regex' ? `/${term.source}/` : term.text,
        });
    }
    return found;
  }
}

function termMatches(term: Term, text: FilterText): boolean {
  if (term.type === 'regex') return regexMatchesText(term.branches, text);
  const [only] = term.keys;
  if (term.keys.length === 1 && only) return text.hasWord(only);
  return phraseIn(term.keys, ` ${term.words.join(' ')} `, text);
}

/** A phrase is searched for only in texts that have all its words (table lookups cost far less). */
function phraseIn(keys: readonly WordKey[], spaced: string, text: FilterText): boolean {
  for (const key of keys) if (!text.hasWord(key)) return false;
  return text.joined.includes(spaced);
}

interface Scope {
  readonly include: RuleGroup;
  readonly exclude: RuleGroup;
}

const newScope = (): Scope => ({ include: new RuleGroup(), exclude: new RuleGroup() });

/**
 * One channel's filters, compiled: exclude rules drop a story that matches any of them; when
 * include rules apply to a story, it is kept only if it matches at least one. A rule limited to a
 * feed applies only to that feed's stories. Rules are numbered as the channel lists them.
 */
export class ChannelFilter {
  private readonly channel = newScope();
  private readonly feeds = new Map<string, Scope>();
  /** Numbers of stored rules that no longer compile (they are ignored, and /filter says so). */
  readonly broken: number[] = [];
  readonly size: number;

  constructor(rules: readonly FilterRule[]) {
    this.size = rules.length;
    rules.forEach((rule, index) => {
      const parsed = parseRuleText(rule.pattern);
      if (!parsed.ok) {
        this.broken.push(index + 1);
        return;
      }
      let scope = this.channel;
      if (rule.feedUrl !== undefined) {
        scope = this.feeds.get(rule.feedUrl) ?? newScope();
        this.feeds.set(rule.feedUrl, scope);
      }
      scope[rule.kind].add({ number: index + 1, terms: parsed.terms });
    });
  }

  get isEmpty(): boolean {
    return this.size === this.broken.length;
  }

  /**
   * Whether the story passes the filters (fast: no explanation is built, and nothing is allocated
   * per story but its filter text, once).
   */
  keeps(article: Article): boolean {
    const channel = this.channel;
    const feed =
      article.origin.kind === 'feed' ? this.feeds.get(article.origin.feedUrl) : undefined;
    const channelRules = !channel.include.isEmpty || !channel.exclude.isEmpty;
    if (!channelRules && !feed) return true;
    const text = filterTextOf(article);
    if (!channel.exclude.isEmpty && channel.exclude.matchesAny(text)) return false;
    if (feed && !feed.exclude.isEmpty && feed.exclude.matchesAny(text)) return false;
    const includeHere = !channel.include.isEmpty;
    const includeFeed = feed !== undefined && !feed.include.isEmpty;
    if (!includeHere && !includeFeed) return true;
    return (
      (includeHere && channel.include.matchesAny(text)) ||
      (includeFeed && feed.include.matchesAny(text))
    );
  }

  /** The decision and every rule behind it (for /filter test). */
  explain(article: Article): FilterVerdict {
    const scopes = this.scopesOf(article);
    const text = filterTextOf(article);
    const excludedBy = scopes.flatMap((s) => s.exclude.matches(text));
    const includedBy = scopes.flatMap((s) => s.include.matches(text));
    const includeRules = scopes.flatMap((s) => s.include.rules.map((r) => r.number));
    const byNumber = (x: RuleMatch, y: RuleMatch) => x.rule - y.rule;
    return {
      keep: excludedBy.length === 0 && (includeRules.length === 0 || includedBy.length > 0),
      excludedBy: excludedBy.sort(byNumber),
      includedBy: includedBy.sort(byNumber),
      includeRules: includeRules.sort((x, y) => x - y),
    };
  }

  private scopesOf(article: Article): Scope[] {
    const scopes: Scope[] = [];
    if (!this.channel.include.isEmpty || !this.channel.exclude.isEmpty) scopes.push(this.channel);
    if (article.origin.kind === 'feed') {
      const feed = this.feeds.get(article.origin.feedUrl);
      if (feed) scopes.push(feed);
    }
    return scopes;
  }
}

/** No rules: every story is kept. */
export const NO_FILTER = new ChannelFilter([]);
