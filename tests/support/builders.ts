import { takeAttribution } from '../../src/article-files/parsed-article.js';
import { readFileSync } from 'node:fs';
import { parsePlainText } from '../../src/article-files/parse-plain-text.js';
import type { Article, ArticleDraft, Paragraph } from '../../src/core/articles/article.js';

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

/** The seed article (tests/fixtures/seed.txt), loaded as the content folder would load it. */
export function seedArticle(): Article {
  const parsed = parsePlainText(
    readFileSync(new URL('../fixtures/seed.txt', import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error('seed does not parse');
  return {
    ...parsed.article,
    id: 'seed',
    publishedAt: new Date(0),
    origin: { kind: 'file', path: 'seed.txt' },
  };
}
