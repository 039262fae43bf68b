import type { Article } from '../articles/article.js';
import { contentTerms } from '../text/terms.js';

/** Titles sharing this share of their words, or leads this similar, are the same news. */
const SAME_TITLE = 0.5;
const SAME_LEAD = 0.6;
/** Reports of one story are compared only if published within this time of each other. */
const SAME_STORY_WINDOW_MS = 3 * 86_400_000;
/** How many recent articles each blocking key remembers. */
const MAX_PER_KEY = 40;
/**
 * How many blocking keys are remembered, least recently used dropped first: without a bound the
 * keys of every article ever clustered (and the articles their lists hold) stay for the process's life.
 */
export const MAX_KEYS = 50_000;
/** How much of the opening text is compared. */
const LEAD_CHARACTERS = 400;
/** Lead words used as blocking keys besides the title words (long words are the rarer ones). */
const LEAD_KEYS = 5;

interface Signature {
  readonly title: ReadonlySet<string>;
  readonly lead: ReadonlyMap<string, number>;
  readonly keys: readonly string[];
}

/**
 * Groups articles that report the same news (near-duplicate titles or leads, or the same URL) into
 * clusters, once per article: each article is compared only with recent articles that share a title
 * word or a rare lead word with it, so a digest run over thousands of articles stays fast.
 */
export class StoryClusters {
  private readonly clusterIds = new WeakMap<Article, number>();
  private readonly signatures = new WeakMap<Article, Signature>();
  private readonly byKey = new Map<string, Article[]>();
  private nextId = 1;

  constructor(private readonly maxKeys = MAX_KEYS) {}

  /** The cluster of an article: equal for articles that report the same news. */
  clusterOf(article: Article): number {
    const known = this.clusterIds.get(article);
    if (known !== undefined) return known;
    const signature = this.signatureOf(article);
    let id: number | undefined;
    const compared = new Set<Article>();
    for (const key of signature.keys) {
      for (const other of this.byKey.get(key) ?? []) {
        if (id !== undefined) break;
        if (compared.has(other)) continue;
        compared.add(other);
        if (
          Math.abs(other.publishedAt.getTime() - article.publishedAt.getTime()) >
          SAME_STORY_WINDOW_MS
        )
          continue;
        if (isSameNews(signature, this.signatureOf(other), article, other))
          id = this.clusterIds.get(other);
      }
    }
    id ??= this.nextId++;
    this.clusterIds.set(article, id);
    for (const key of signature.keys) {
      // Reports further apart than the window are never compared: older ones leave the list (and
      // memory, once nothing else holds them).
      const oldest = article.publishedAt.getTime() - SAME_STORY_WINDOW_MS;
      const list = (this.byKey.get(key) ?? []).filter((o) => o.publishedAt.getTime() >= oldest);
      list.push(article);
      if (list.length > MAX_PER_KEY) list.shift();
      // Re-inserted, so the map's order is least recently used first.
      this.byKey.delete(key);
      this.byKey.set(key, list);
    }
    for (const key of this.byKey.keys()) {
      if (this.byKey.size <= this.maxKeys) break;
      this.byKey.delete(key);
    }
    return id;
  }

  /** How many blocking keys are remembered (bounded by maxKeys). */
  get keyCount(): number {
    return this.byKey.size;
  }

  private signatureOf(article: Article): Signature {
    const cached = this.signatures.get(article);
    if (cached) return cached;
    const lead = new Map<string, number>();
    for (const term of contentTerms(leadText(article))) lead.set(term, (lead.get(term) ?? 0) + 1);
    const title = new Set(contentTerms(article.title));
    const leadKeys = [...lead.keys()].filter((term) => term.length >= 6).slice(0, LEAD_KEYS);
    const keys = [...[...title].map((t) => `t:${t}`), ...leadKeys.map((t) => `l:${t}`)];
    if (article.url) keys.push(`u:${article.url}`);
    const signature = { title, lead, keys };
    this.signatures.set(article, signature);
    return signature;
  }
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

function isSameNews(a: Signature, b: Signature, first: Article, second: Article): boolean {
  if (first.url !== undefined && first.url === second.url) return true;
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
