import type { Article } from '../articles/article.js';
import { sentencesOf } from '../articles/sentences-of.js';
import type { SentenceRanker } from './rank-sentences.js';
import { selectSentences } from './select-sentences.js';
import type { Summarizer } from './summarizer.js';

/** The default summarizer: the article's own best sentences, in article order, each with its source. */
export function createExtractiveSummarizer(ranker?: SentenceRanker): Summarizer {
  return {
    summarize(article: Article, count: number) {
      const sentences = sentencesOf(article);
      const picked = selectSentences(
        { title: article.title, sentences: sentences.map((s) => s.text) },
        count,
        ranker,
      );
      return Promise.resolve({
        method: 'extractive',
        sentences: picked.flatMap((index) => {
          const sentence = sentences[index];
          return sentence
            ? [{ text: sentence.text, paragraph: sentence.paragraph, source: sentence.source }]
            : [];
        }),
      });
    },
  };
}
