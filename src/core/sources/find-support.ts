import type { Article } from '../articles/article.js';
import { sentencesOf } from '../articles/sentences-of.js';
import { LruCache } from '../lru-cache.js';
import { Bm25Index } from '../text/bm25.js';
import { TermDictionary } from '../text/term-dictionary.js';
import { articleToolkit } from '../text/toolkit.js';

/** A passage (one or two adjacent sentences of a paragraph) that supports a claim. */
export interface SupportingPassage {
  readonly text: string;
  /** 0-based paragraph index. */
  readonly paragraph: number;
  readonly source?: string | undefined;
  /** Share of the claim's meaning (IDF-weighted content words) the passage contains, 0 to 1. */
  readonly coverage: number;
  readonly score: number;
}

/** A passage must contain at least this share of the claim's weighted words to count as support. */
export const MIN_COVERAGE = 0.6;

/**
 * Ranks an article's passages against a claim with BM25 and keeps those that cover enough of it.
 * A passage is a sentence, or a sentence with its neighbour in the same paragraph (claims often
 * span two). An empty result means no passage supports the claim: better no answer than a weak one.
 */
export function findSupport(article: Article, claim: string, limit = 3): SupportingPassage[] {
  const { dictionary, index, passages } = passageIndexOf(article);
  const claimTerms = [...new Set(dictionary.termIds(claim))];
  if (claimTerms.length === 0) return [];
  const weight = (term: number) => index.idf(term);
  const total = claimTerms.reduce((sum, term) => sum + weight(term), 0);
  const results: SupportingPassage[] = [];
  for (const { index: doc, score } of index.search(claimTerms)) {
    const passage = passages[doc];
    if (!passage) continue;
    const covered = claimTerms.reduce(
      (sum, term) => sum + (passage.terms.has(term) ? weight(term) : 0),
      0,
    );
    const coverage = total > 0 ? covered / total : 0;
    if (coverage < MIN_COVERAGE) continue;
    results.push({
      text: passage.text,
      paragraph: passage.paragraph,
      source: passage.source,
      coverage,
      score,
    });
  }
  return pickDistinct(results, limit);
}

interface Passage {
  readonly text: string;
  readonly paragraph: number;
  readonly source?: string | undefined;
  readonly terms: ReadonlySet<number>;
}

interface PassageIndex {
  readonly dictionary: TermDictionary;
  readonly index: Bm25Index;
  readonly passages: readonly Passage[];
}

/** Passage indexes of the most recently checked articles (each is some tens of kilobytes). */
const passageIndexes = new LruCache<Article, PassageIndex>(200);

/**
 * An article's passages and their BM25 index, built once per article object and kept for the most
 * recently checked articles: every claim checked against the same article reuses them. (A claim's words new to the article get ids of their own in
 * the article's dictionary; they match no passage.)
 */
function passageIndexOf(article: Article): PassageIndex {
  const cached = passageIndexes.get(article);
  if (cached) return cached;
  // The article's language's stop words and stemmer: a German claim matches a German article.
  const dictionary = new TermDictionary(1024, articleToolkit(article));
  const sentences = sentencesOf(article);
  const passages: Passage[] = [];
  const index = new Bm25Index();
  const sentenceTerms = sentences.map((sentence) => dictionary.termIds(sentence.text));
  sentences.forEach((sentence, i) => {
    const terms = sentenceTerms[i] ?? new Int32Array();
    index.add(terms);
    passages.push({ ...sentence, terms: new Set(terms) });
    const next = sentences[i + 1];
    if (next?.paragraph === sentence.paragraph) {
      const pairTerms = [...terms, ...(sentenceTerms[i + 1] ?? [])];
      index.add(pairTerms);
      passages.push({
        ...sentence,
        text: `${sentence.text} ${next.text}`,
        terms: new Set(pairTerms),
      });
    }
  });
  index.prepare();
  const built = { dictionary, index, passages };
  passageIndexes.set(article, built);
  return built;
}

/** Best first by coverage then BM25, at most one passage per paragraph. */
function pickDistinct(results: SupportingPassage[], limit: number): SupportingPassage[] {
  results.sort((a, b) => b.coverage - a.coverage || b.score - a.score);
  const seen = new Set<number>();
  const picked: SupportingPassage[] = [];
  for (const result of results) {
    if (seen.has(result.paragraph)) continue;
    seen.add(result.paragraph);
    picked.push(result);
    if (picked.length >= limit) break;
  }
  return picked;
}
