import { contentTerms, words } from '../text/terms.js';
import type { Article } from './article.js';
import type { Localized } from '../i18n/translator.js';
import {
  EVERY_ARTICLE,
  inScope,
  type ArticleScope,
  type ArticleStore,
} from '../ports/article-store.js';

export type Resolution =
  | { readonly kind: 'found'; readonly article: Article }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly Article[] }
  | { readonly kind: 'none'; readonly reason: Localized };

/** Title matches scoring at least this share of the best one are "about equally" good. */
const AMBIGUITY_RATIO = 0.8;
const MAX_CANDIDATES = 5;
/** Numbers before any list reach at most this far down the latest articles. */
const MAX_LISTED = 1_000;

/**
 * Resolves an article reference as PRODUCT.md defines it: the number of an item of this chat's
 * last list (before any list, of the latest articles as /news lists them), an article id, a URL, or words of the title (the best match; when several match
 * about equally, all of them, so the caller lists them instead of guessing). Only articles in
 * `scope` count; the others are treated as if they were not loaded.
 */
export async function resolveRef(
  ref: string,
  store: ArticleStore,
  lastList: readonly string[] | undefined,
  scopeAsked: ArticleScope | Promise<ArticleScope> = EVERY_ARTICLE,
): Promise<Resolution> {
  // A URL or id is looked up while the scope (a database read) is still being asked: the article
  // is checked against it once both are in, one round trip instead of two.
  const seen = async (found: Promise<Article | undefined>) => {
    const [article, scope] = await Promise.all([found, scopeAsked]);
    return article && inScope(article, scope) ? article : undefined;
  };
  const text = ref.trim();
  if (/^\d{1,6}$/.test(text)) return byNumber(Number(text), store, lastList, await scopeAsked);
  if (/^https?:\/\//i.test(text)) {
    const article = await seen(store.findByUrl(text));
    return article ? { kind: 'found', article } : { kind: 'none', reason: (t) => t.t('ref.noUrl') };
  }
  const exact = await seen(store.get(text.toLowerCase()));
  if (exact) return { kind: 'found', article: exact };
  return byTitle(text, store, await scopeAsked);
}

async function byNumber(
  n: number,
  store: ArticleStore,
  lastList: readonly string[] | undefined,
  scope: ArticleScope,
): Promise<Resolution> {
  if (!lastList || lastList.length === 0) {
    // No /news in this chat yet: number n is the n-th of the latest articles, as /news would list them.
    const limit = Math.min(n, MAX_LISTED);
    const latest = await store.latest({ scope, limit });
    const article = latest[n - 1];
    if (article) return { kind: 'found', article };
    const count = latest.length < limit ? latest.length : await store.count(scope);
    return {
      kind: 'none',
      reason: (t) =>
        count === 0 ? t.t('articles.noneLoaded') : t.t('ref.noNumberLatest', { count, n }),
    };
  }
  const id = lastList[n - 1];
  if (id === undefined) {
    return {
      kind: 'none',
      reason: (t) => t.t('ref.noNumberList', { count: lastList.length, n }),
    };
  }
  const article = await store.get(id);
  return article && inScope(article, scope)
    ? { kind: 'found', article }
    : {
        kind: 'none',
        reason: (t) => t.t('ref.gone', { n }),
      };
}

async function byTitle(
  text: string,
  store: ArticleStore,
  scope: ArticleScope,
): Promise<Resolution> {
  // Only words that carry meaning match a title: "' OR 1=1 --" or "the 2" must not pick the article
  // that happens to contain "1" or "the".
  // Numbers still rank the hits ("apollo 13" over "apollo 11"), but never make one on their own.
  const meaningful = new Set(
    contentTerms(
      words(text)
        .filter((word) => /\p{L}/u.test(word))
        .join(' '),
    ),
  );
  const hits = (await store.searchTitles(text, { scope, limit: MAX_CANDIDATES * 2 })).filter(
    (hit) => contentTerms(hit.article.title).some((term) => meaningful.has(term)),
  );
  const best = hits[0];
  if (!best) return { kind: 'none', reason: (t) => t.t('ref.noTitle', { text: clip(text) }) };
  const close = hits.filter((hit) => hit.score >= best.score * AMBIGUITY_RATIO);
  if (close.length === 1) return { kind: 'found', article: best.article };
  return {
    kind: 'ambiguous',
    candidates: close.slice(0, MAX_CANDIDATES).map((hit) => hit.article),
  };
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
