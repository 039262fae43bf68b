import type { Article } from '../articles/article.js';
import { LruCache } from '../lru-cache.js';
import { contentTerms } from '../text/terms.js';

/** Titles sharing this share of their words, or leads this similar, are the same news. */
const SAME_TITLE = 0.5;
const SAME_LEAD = 0.6;
/** Reports of one story are compared only if published within this time of each other. */
const SAME_STORY_WINDOW_MS = 3 * 86_400_000;
/** How many recent articles each blocking key remembers. */
const MAX_PER_KEY = 40;
/** How much of the opening text is compared. */
const LEAD_CHARACTERS = 400;
/** Lead words used as blocking keys besides the title words (long words are the rarer ones). */
const LEAD_KEYS = 5;

/** How many articles the clusters remember: memory stays bounded. */
const REMEMBERED_ARTICLES = 20_000;
/**
 * How many blocking keys are remembered, least recently used dropped first: without a bound the
 * keys of every article ever clustered stay for the process's life.
 */
export const MAX_KEYS = 50_000;

interface Signature {
  readonly title: ReadonlySet<string>;
  readonly lead: ReadonlyMap<string, number>;
  readonly keys: readonly string[];
}

/** What the clusters keep of an article: never the article itself, whose text may be large. */
interface Member {
  readonly cluster: number;
  readonly url: string | undefined;
  readonly publishedAt: number;
  readonly signature: Signature;
}

/**
 * Groups articles that report the same news (near-duplicate titles or leads, or the same URL) into
 * clusters, once per article (known by its id, so copies read from a store again are the same
 * article): each article is compared only with recent articles that share a title word or a rare
 * lead word with it, so a digest run over thousands of articles stays fast.
 */
export class StoryClusters {
  private readonly members = new LruCache<string, Member>(REMEMBERED_ARTICLES);
  private readonly byKey: LruCache<string, Member[]>;
  private nextId = 1;

  constructor(maxKeys = MAX_KEYS) {
    this.byKey = new LruCache(maxKeys);
  }

  /** How many blocking keys are remembered (bounded by maxKeys). */
  get keyCount(): number {
    return this.byKey.size;
  }

  /** How many reports the blocking keys' lists hold in all (what the window and bounds keep small). */
  get listedReports(): number {
    let total = 0;
    for (const list of this.byKey.values()) total += list.length;
    return total;
  }

  /** The cluster of an article: equal for articles that report the same news. */
  clusterOf(article: Article): number {
    const known = this.members.get(article.id);
    if (known !== undefined) return known.cluster;
    const signature = signatureOf(article);
    const publishedAt = article.publishedAt.getTime();
    let cluster: number | undefined;
    const compared = new Set<Member>();
    for (const key of signature.keys) {
      for (const other of this.byKey.get(key) ?? []) {
        if (cluster !== undefined) break;
        if (compared.has(other)) continue;
        compared.add(other);
        if (Math.abs(other.publishedAt - publishedAt) > SAME_STORY_WINDOW_MS) continue;
        if (isSameNews(signature, other.signature, article.url, other.url)) cluster = other.cluster;
      }
    }
    const member: Member = {
      cluster: cluster ?? this.nextId++,
      url: article.url,
      publishedAt,
      signature,
    };
    this.members.set(article.id, member);
    for (const key of signature.keys) {
      // Reports further apart than the window are never compared: older ones leave the list (and
      // memory, once nothing else holds them).
      const oldest = publishedAt - SAME_STORY_WINDOW_MS;
      const list = (this.byKey.get(key) ?? []).filter((o) => o.publishedAt >= oldest);
      list.push(member);
      if (list.length > MAX_PER_KEY) list.shift();
      this.byKey.set(key, list);
    }
    return member.cluster;
  }
}

/** What two articles are compared by: title terms, lead term counts, blocking keys. */
function signatureOf(article: Article): Signature {
  const lead = new Map<string, number>();
  for (const term of contentTerms(leadText(article))) lead.set(term, (lead.get(term) ?? 0) + 1);
  const title = new Set(contentTerms(article.title));
  const leadKeys = [...lead.keys()].filter((term) => term.length >= 6).slice(0, LEAD_KEYS);
  const keys = [...[...title].map((t) => `t:${t}`), ...leadKeys.map((t) => `l:${t}`)];
  if (article.url) keys.push(`u:${article.url}`);
  return { title, lead, keys };
}

/** The opening of an article, about its first two or three sentences: where news puts the story. */
function leadText(article: Article): string {
  let text = '';
  for (const paragraph of article.paragraphs) {
    text += `${paragraph.text} `;
    if (text.length >= LEAD_CHARACTERS) break;
  }
  return text.slice(0, LEAD_CHARACTERS);
}

function isSameNews(
  a: Signature,
  b: Signature,
  firstUrl: string | undefined,
  secondUrl: string | undefined,
): boolean {
  if (firstUrl !== undefined && firstUrl === secondUrl) return true;
  return jaccard(a.title, b.title) >= SAME_TITLE || cosine(a.lead, b.lead) >= SAME_LEAD;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared++;
  return shared / (a.size + b.size - shared);
}

function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (const [term, count] of a) {
    normA += count * count;
    dot += count * (b.get(term) ?? 0);
  }
  for (const count of b.values()) normB += count * count;
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}
