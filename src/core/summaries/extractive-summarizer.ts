import type { Article } from '../articles/article.js';
import { summaryCandidates } from './candidate-window.js';
import { noMetrics, type Metrics } from '../ports/metrics.js';
import { rankSentences, type SentenceRanker } from './rank-sentences.js';
import { LENGTH_WEIGHT, selectSentences } from './select-sentences.js';
import { sentenceGraphOf } from './sentence-graph.js';
import { articleToolkit } from '../text/toolkit.js';
import type { Summarizer, Summary, SummarySentence } from './summarizer.js';

/**
 * Words of summary per sentence asked for: `count` sentences are exactly `count` (fewer only when
 * the article has fewer), and the selection prefers those that keep the summary near
 * `count × WORDS_PER_SENTENCE` words (a CNN reader's highlights are about 31 words; 3 sentences of
 * a news story about 65).
 */
export const WORDS_PER_SENTENCE = 17.4;

/**
 * The article's best `count` sentences (fewer only when it has fewer), steered towards about
 * `count × WORDS_PER_SENTENCE` words, in article order, each with its paragraph and source,
 * chosen among the first sentences of the article (candidate-window.ts). Datelines are cut from
 * the front of a sentence and furniture (credits, captions, calls to click) is never picked;
 * everything else is the article's own text.
 */
export function pickSentences(
  article: Article,
  count: number,
  ranker: SentenceRanker = rankSentences,
  wordsPerSentence = WORDS_PER_SENTENCE,
  lengthWeight = LENGTH_WEIGHT,
): SummarySentence[] {
  const candidates = summaryCandidates(article);
  const sentences = candidates.map((c) => c.text);
  // The graph in the article's language; the ranker and the selection reuse it (one per list).
  sentenceGraphOf(sentences, articleToolkit(article));
  const picked = selectSentences(
    { title: article.title, sentences },
    count,
    ranker,
    count * wordsPerSentence,
    lengthWeight,
  );
  return picked.flatMap((index) => {
    const sentence = candidates[index];
    return sentence
      ? [{ text: sentence.text, paragraph: sentence.paragraph, source: sentence.source }]
      : [];
  });
}

/**
 * The default summarizer: the article's own best sentences, in article order, each with its source.
 * Summaries are remembered per article object and length (articles are immutable; an edited file
 * is a new object), so a popular article is ranked once, not once per reader.
 */
export function createExtractiveSummarizer(
  ranker?: SentenceRanker,
  metrics: Metrics = noMetrics,
  wordsPerSentence = WORDS_PER_SENTENCE,
): Summarizer {
  // Keyed by the paragraphs array, not the article object: the article store builds a new Article
  // for every read but hands out the same cached paragraphs while the content hash is unchanged.
  const remembered = new WeakMap<Article['paragraphs'], Map<number, Summary>>();
  return {
    summarize(article: Article, count: number) {
      let byCount = remembered.get(article.paragraphs);
      if (!byCount) {
        byCount = new Map();
        remembered.set(article.paragraphs, byCount);
      }
      let summary = byCount.get(count);
      if (!summary) {
        summary = {
          method: 'extractive',
          sentences: pickSentences(article, count, ranker, wordsPerSentence),
        };
        byCount.set(count, summary);
        metrics.increment('briefly_summaries_computed_total', { method: 'extractive' });
      } else metrics.increment('briefly_summary_cache_hits_total', { method: 'extractive' });
      return Promise.resolve(summary);
    },
  };
}
