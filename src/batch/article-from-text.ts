import type { Article } from '../core/articles/article.js';

/**
 * An article built from a bare text (a line of a JSONL file): paragraphs are separated by blank
 * lines (a CNN story is one paragraph), there is no source, and the title is optional.
 */
export function articleFromText(id: string, text: string, title = ''): Article {
  return {
    id,
    title,
    tags: [],
    publishedAt: new Date(0),
    origin: { kind: 'file', path: `${id}.jsonl-line` },
    paragraphs: text
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
      .filter((paragraph) => paragraph !== '')
      .map((paragraph) => ({ text: paragraph })),
    related: [],
  };
}
