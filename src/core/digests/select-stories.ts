import { sourcesOf, type Article } from '../articles/article.js';

/** One story of a digest: the article that leads it and others that report the same news. */
export interface Story {
  readonly lead: Article;
  readonly alsoReportedBy: readonly Article[];
}

export interface StorySelection {
  readonly stories: readonly Story[];
  /** Further stories that matched but did not fit in `size`, counted up to MORE_LIMIT. */
  readonly more: number;
  /** New stories on the channel's topics that its filters dropped (same news counted once). */
  readonly filteredOut: number;
}

/** Counting further stories stops here ("20+ more"): a busy window need not be scanned to its end. */
export const MORE_LIMIT = 20;

export interface SelectionRules {
  readonly topics: readonly string[];
  readonly size: number;
  /** Articles this channel already received. */
  readonly alreadySent: ReadonlySet<string>;
  /** Same number for articles that report the same news (StoryClusters.clusterOf). */
  readonly clusterOf: (article: Article) => number;
  /** Only articles in this window (the list is newest first, so the scan stops at its start). */
  readonly window?: PublishWindow;
  /** The channel's keyword filters (/filter): a story they do not keep is counted, not shown. */
  readonly keep?: (article: Article) => boolean;
}

/**
 * The stories for a digest from the new articles (newest first): those not sent before, on the
 * channel's topics, with reports of the same news merged into one story that names all sources.
 */
export function selectStories(
  newestFirst: readonly Article[],
  rules: SelectionRules,
): StorySelection {
  const topics = new Set(rules.topics.map((t) => t.toLowerCase()));
  const stories = new Map<number, { lead: Article; others: Article[] }>();
  const filtered = new Set<number>();
  for (const article of newestFirst) {
    if (rules.window) {
      const at = inWindow(article, rules.window);
      if (at === 'before') break;
      if (at === 'outside') continue;
    }
    if (rules.alreadySent.has(article.id)) continue;
    // Tags are lower case (ArticleIndex normalises them).
    if (topics.size > 0 && !article.tags.some((tag) => topics.has(tag))) continue;
    const cluster = rules.clusterOf(article);
    if (rules.keep && !rules.keep(article)) {
      filtered.add(cluster);
      continue;
    }
    const story = stories.get(cluster);
    if (story) story.others.push(article);
    else if (stories.size < rules.size + MORE_LIMIT)
      stories.set(cluster, { lead: article, others: [] });
    else break;
  }
  const all = [...stories.values()];
  return {
    stories: all.slice(0, rules.size).map((s) => ({ lead: s.lead, alsoReportedBy: s.others })),
    more: Math.min(MORE_LIMIT, Math.max(0, all.length - rules.size)),
    filteredOut: [...filtered].filter((cluster) => !stories.has(cluster)).length,
  };
}

/**
 * Articles of one origin published in (since, until], newest first, from a list sorted newest first
 * (ArticleIndex.all()); the scan stops at the first article older than the window.
 */
export function publishedBetween(
  newestFirst: readonly Article[],
  window: PublishWindow,
): Article[] {
  const found: Article[] = [];
  for (const article of newestFirst) {
    const at = inWindow(article, window);
    if (at === 'before') break;
    if (at === 'inside') found.push(article);
  }
  return found;
}

/** Articles of one origin published in (since, until]. */
export interface PublishWindow {
  readonly since: Date;
  readonly until: Date;
  readonly origin: Article['origin']['kind'];
}

function inWindow(article: Article, window: PublishWindow): 'before' | 'inside' | 'outside' {
  const published = article.publishedAt.getTime();
  if (published <= window.since.getTime()) return 'before';
  if (published > window.until.getTime() || article.origin.kind !== window.origin) return 'outside';
  return 'inside';
}

/** Paragraph sources named per article in a digest before "+N more". */
const MAX_NAMED_SOURCES = 3;

/**
 * Every source of a story, one entry per article: its publisher, else the sources its paragraphs
 * name (the first three, then "+N more"), linked to the article when it has a URL.
 */
export function storySources(story: Story): { name: string; url?: string | undefined }[] {
  const seen = new Set<string>();
  const sources: { name: string; url?: string | undefined }[] = [];
  for (const article of [story.lead, ...story.alsoReportedBy]) {
    const name = article.publisher ?? namedSources(article);
    if (seen.has(name)) continue;
    seen.add(name);
    sources.push({ name, url: article.url });
  }
  return sources;
}

function namedSources(article: Article): string {
  const names = sourcesOf(article).map((use) => use.source);
  if (names.length === 0) return 'unattributed';
  const shown = names.slice(0, MAX_NAMED_SOURCES).join(', ');
  return names.length > MAX_NAMED_SOURCES
    ? `${shown} +${names.length - MAX_NAMED_SOURCES} more`
    : shown;
}
