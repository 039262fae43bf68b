import { clipText } from '../text/clip.js';
import type { ArticleDraft } from './article.js';

/**
 * Longest title, publisher or source name, and quoted sentence an answer shows. Article text is
 * untrusted: a 22,000-character feed title or a paragraph of 10,000 attribution markers must not
 * become a 300,000-character line on any platform or in the console.
 */
export const MAX_TITLE_CHARS = 300;
export const MAX_NAME_CHARS = 200;
/** Longer "sentences" are lists, tables or text without punctuation (see summaries/candidate-window.ts). */
export const MAX_SENTENCE_CHARS = 1_500;

/** A draft whose title, publisher, paragraph sources and related titles are within the caps. */
export function boundedDraft(draft: ArticleDraft): ArticleDraft {
  const name = (value: string | undefined) =>
    value === undefined ? undefined : clipText(value, MAX_NAME_CHARS);
  const paragraphs = draft.paragraphs.some((p) => (p.source?.length ?? 0) > MAX_NAME_CHARS)
    ? draft.paragraphs.map((p) => (p.source === undefined ? p : { ...p, source: name(p.source) }))
    : draft.paragraphs;
  return {
    ...draft,
    title: clipText(draft.title, MAX_TITLE_CHARS),
    publisher: name(draft.publisher),
    paragraphs,
    related: draft.related.map((title) => clipText(title, MAX_TITLE_CHARS)),
    tags: [...new Set(draft.tags.map((tag) => clipText(tag.toLowerCase(), MAX_NAME_CHARS)))],
  };
}
