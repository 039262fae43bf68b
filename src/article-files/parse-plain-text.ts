import { MAX_TITLE_LENGTH, takeAttribution, type ParseResult } from './parsed-article.js';
import type { Paragraph } from '../core/articles/article.js';

/** Whole lines that are page furniture, not article text. */
const FURNITURE = /^(no time to read\?|get a summary)$/i;
/** Lines announcing that the next non-empty line is the title of a neighbouring article. */
const RELATED_MARKER = /^(previous article|next article)$/i;

/**
 * Parses the plain-text article format (see shared/seeds): the first non-empty line is the title;
 * "No time to read?" / "Get a summary" lines are dropped; paragraphs are separated by blank lines
 * and may end in "(Attribution: X)"; "Previous Article" / "Next Article" are each followed by a
 * related article's title, which is kept as a link and never as text.
 */
export function parsePlainText(text: string): ParseResult {
  const lines = text.split('\n');
  let title: string | undefined;
  const paragraphs: Paragraph[] = [];
  const related: string[] = [];
  let current: string[] = [];
  let expectRelated = false;

  const flush = () => {
    if (current.length === 0) return;
    const paragraph = takeAttribution(current.join(' '));
    if (paragraph.text !== '') paragraphs.push(paragraph);
    current = [];
  };

  for (const [index, rawLine] of lines.entries()) {
    const line = rawLine.trim();
    if (line === '') {
      flush();
      continue;
    }
    if (FURNITURE.test(line)) {
      flush();
      continue;
    }
    if (title === undefined) {
      if (line.length > MAX_TITLE_LENGTH) {
        return {
          ok: false,
          problem: {
            line: index + 1,
            reason: `no title: the first line is ${line.length} characters long (a title is at most ${MAX_TITLE_LENGTH})`,
          },
        };
      }
      title = line;
      continue;
    }
    if (RELATED_MARKER.test(line)) {
      flush();
      expectRelated = true;
      continue;
    }
    if (expectRelated) {
      related.push(line);
      expectRelated = false;
      continue;
    }
    current.push(line);
  }
  flush();

  if (title === undefined)
    return { ok: false, problem: { reason: 'no title: the file has no text' } };
  if (paragraphs.length === 0)
    return { ok: false, problem: { reason: 'no article text after the title' } };
  return { ok: true, article: { title, paragraphs, related, tags: [] }, warnings: [] };
}
