/**
 * The largest article text Briefly takes (a long feature is ~50 KB): article files larger than this
 * are reported and skipped, and `npm run summarize` caps its input to it.
 */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

/** One paragraph of an article and the source that backs it, if the article names one. */
export interface Paragraph {
  readonly text: string;
  readonly source?: string | undefined;
}

/** Where an article came from: a file in CONTENT_DIR or an item of a feed. */
export type ArticleOrigin =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'feed'; readonly feedUrl: string; readonly itemId: string };

/** A loaded article, the same whatever its format or origin. */
export interface Article {
  /** Stable slug, unique among loaded articles. */
  readonly id: string;
  readonly title: string;
  readonly url?: string | undefined;
  /** The publisher or site, when known (front matter `source`, a feed's title). */
  readonly publisher?: string | undefined;
  readonly tags: readonly string[];
  readonly language?: string | undefined;
  readonly publishedAt: Date;
  readonly origin: ArticleOrigin;
  readonly paragraphs: readonly Paragraph[];
  /** Titles of neighbouring articles ("Previous Article" / "Next Article" links). */
  readonly related: readonly string[];
  /**
   * The article's picture (a feed item's media or enclosure, the page's og:image, front matter
   * `image`): an http(s) URL that passed checkImageUrl. Shown by reference, never fetched by the bot.
   */
  readonly image?: string | undefined;
  /**
   * The words of the article's filter text as a store wrote them with it (see
   * filters/article-text.ts wordIndexOf): keyword filters read a stored story without scanning
   * its text again. Absent (an article from before, or not from a store): built when first needed.
   */
  readonly filterWords?: Int32Array | undefined;
}

/** An article before it has been given its final id (ids are settled by the index). */
export type ArticleDraft = Omit<Article, 'id'> & { readonly id?: string | undefined };

/** A source and the 1-based numbers of the paragraphs it backs. */
export interface SourceUse {
  readonly source: string;
  readonly paragraphs: readonly number[];
}

/** Every distinct paragraph source of an article, in order of first use. */
export function sourcesOf(article: Article): SourceUse[] {
  const uses = new Map<string, number[]>();
  article.paragraphs.forEach((paragraph, index) => {
    if (paragraph.source === undefined) return;
    const list = uses.get(paragraph.source) ?? [];
    list.push(index + 1);
    uses.set(paragraph.source, list);
  });
  return [...uses].map(([source, paragraphs]) => ({ source, paragraphs }));
}
