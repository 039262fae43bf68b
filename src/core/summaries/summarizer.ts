import type { Article } from '../articles/article.js';

/** A summary sentence and the paragraph (0-based) and source it comes from. */
export interface SummarySentence {
  readonly text: string;
  readonly paragraph: number;
  readonly source?: string | undefined;
  /**
   * For a sentence written by a model: every paragraph (0-based) it draws on, the main one
   * (`paragraph`) first. An extractive sentence comes from `paragraph` alone.
   */
  readonly paragraphs?: readonly number[] | undefined;
}

export interface Summary {
  readonly sentences: readonly SummarySentence[];
  /** `extractive`: the article's own sentences. `model`: rewritten by a model, grounded in them. */
  readonly method: 'extractive' | 'model';
}

/** Summarises an article into at most `count` sentences, each tied to its source. */
export interface Summarizer {
  summarize(article: Article, count: number): Promise<Summary>;
}
