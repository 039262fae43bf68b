import type { ArticleScope, ArticleStore } from '../ports/article-store.js';
import type { Article } from './article.js';

/** Lower case, accents removed, every run of non-letters and non-digits one space. */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const folded = new WeakMap<Article, { title: string; words: readonly string[] }>();

function foldedTitle(article: Article) {
  let entry = folded.get(article);
  if (!entry) {
    const title = fold(article.title);
    entry = { title, words: title.split(' ') };
    folded.set(article, entry);
  }
  return entry;
}

/**
 * Articles whose title fits what a user has typed so far, for suggestions while typing (Discord
 * autocomplete). Best first: titles that start with the text, then titles in which every typed word
 * starts a title word (the last word may be partial: "harb tun" finds "Harbour tunnel"), then ids
 * that start with it. Within each group the input order is kept (pass articles newest first).
 * Nothing typed: the first `limit` articles.
 */
export function suggestArticles(
  articles: readonly Article[],
  typed: string,
  limit = 25,
): Article[] {
  const query = fold(typed);
  if (query === '') return articles.slice(0, limit);
  const queryWords = query.split(' ');
  const idPrefix = typed.trim().toLowerCase();
  const groups: Article[][] = [[], [], []];
  for (const article of articles) {
    const { title, words } = foldedTitle(article);
    if (title.startsWith(query)) groups[0]?.push(article);
    else if (queryWords.every((q) => words.some((w) => w.startsWith(q)))) groups[1]?.push(article);
    else if (article.id.startsWith(idPrefix)) groups[2]?.push(article);
    if ((groups[0]?.length ?? 0) >= limit) break;
  }
  return groups.flat().slice(0, limit);
}

/** How many of the latest articles suggestions look through besides the title search's hits. */
const RECENT_CANDIDATES = 300;

/**
 * Suggestions from a store: the latest articles and the best title matches of the words typed so
 * far (complete words; a partial last word finds titles among the latest articles), ranked by
 * `suggestArticles`.
 */
export async function suggestFromStore(
  store: ArticleStore,
  scope: ArticleScope,
  typed: string,
  limit = 25,
): Promise<Article[]> {
  if (fold(typed) === '') return store.latest({ scope, limit });
  const [recent, hits] = await Promise.all([
    store.latest({ scope, limit: RECENT_CANDIDATES }),
    store.searchTitles(typed, { scope, limit: 50 }),
  ]);
  const byId = new Map<string, Article>();
  for (const article of [...recent, ...hits.map((hit) => hit.article)])
    byId.set(article.id, article);
  const newestFirst = [...byId.values()].sort(
    (a, b) => b.publishedAt.getTime() - a.publishedAt.getTime(),
  );
  return suggestArticles(newestFirst, typed, limit);
}
