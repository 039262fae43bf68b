import { takeAttribution } from '../../src/article-files/parsed-article.js';
import type { ArticleDraft, Paragraph } from '../../src/core/articles/article.js';

let counter = 0;

/** An article draft with sensible defaults; `text` paragraphs may end in "(Attribution: X)". */
export function draft(overrides: Partial<ArticleDraft> & { text?: string[] } = {}): ArticleDraft {
  counter++;
  const { text, ...rest } = overrides;
  const paragraphs: Paragraph[] = text?.map((t) => takeAttribution(t)) ?? [
    { text: `Body of article ${counter}. It has two sentences.` },
  ];
  return {
    title: `Article number ${counter}`,
    tags: [],
    publishedAt: new Date('2026-11-26T10:00:00Z'),
    origin: { kind: 'file', path: `article-${counter}.txt` },
    paragraphs,
    related: [],
    ...rest,
  };
}
