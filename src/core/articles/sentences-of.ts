import { clipText } from '../text/clip.js';
import { splitSentences } from '../text/sentences.js';
import { articleToolkit } from '../text/toolkit.js';
import { MAX_SENTENCE_CHARS } from './bounds.js';
import type { Article } from './article.js';

/** A sentence of an article, with the paragraph it stands in and that paragraph's source. */
export interface ArticleSentence {
  readonly text: string;
  /** 0-based paragraph index. */
  readonly paragraph: number;
  readonly source?: string | undefined;
}

const cache = new WeakMap<Article, readonly ArticleSentence[]>();

/** The article's sentences in order; segmented once per article object and remembered. */
export function sentencesOf(article: Article): readonly ArticleSentence[] {
  let sentences = cache.get(article);
  if (!sentences) {
    const list: ArticleSentence[] = [];
    const locale = articleToolkit(article).segmenterLocale;
    article.paragraphs.forEach((paragraph, index) => {
      for (const text of splitSentences(paragraph.text, locale)) {
        list.push({
          text: clipText(text, MAX_SENTENCE_CHARS),
          paragraph: index,
          source: paragraph.source,
        });
      }
    });
    sentences = list;
    cache.set(article, sentences);
  }
  return sentences;
}
