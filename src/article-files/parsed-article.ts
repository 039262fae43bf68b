import type { Paragraph } from '../core/articles/article.js';

/** What a format parser finds in a file; the loader adds origin and falls back to the file time. */
export interface ParsedArticle {
  readonly id?: string | undefined;
  readonly title: string;
  readonly url?: string | undefined;
  readonly publisher?: string | undefined;
  readonly tags: readonly string[];
  readonly language?: string | undefined;
  readonly publishedAt?: Date | undefined;
  readonly paragraphs: readonly Paragraph[];
  readonly related: readonly string[];
  /** Front matter `image`, checked (see checkImageUrl). */
  readonly image?: string | undefined;
}

/** Why a file could not be read as an article: the line or field, if one is to blame, and why. */
export interface ParseProblem {
  readonly line?: number | undefined;
  readonly field?: string | undefined;
  readonly reason: string;
}

export type ParseResult =
  | {
      readonly ok: true;
      readonly article: ParsedArticle;
      readonly warnings: readonly ParseProblem[];
    }
  | { readonly ok: false; readonly problem: ParseProblem };

/** A title line longer than this is taken for text, not a title. */
export const MAX_TITLE_LENGTH = 300;

const ATTRIBUTION = /\s*\(Attribution:\s*([^()]*(?:\([^()]*\)[^()]*)*)\)\s*$/i;

/** Splits "Text. (Attribution: X)" into the text and its source X. */
export function takeAttribution(text: string): Paragraph {
  // Find the marker with a plain search first: the anchored regex alone would be tried at every position.
  let at = text.lastIndexOf('(Attribution:');
  if (at === -1) at = text.search(/\(attribution:/i);
  const match = at === -1 ? null : ATTRIBUTION.exec(text.slice(Math.max(0, at - 1)));
  if (!match) return { text: text.trim() };
  const source = (match[1] ?? '').trim();
  const rest = text.slice(0, Math.max(0, at - 1) + match.index).trim();
  return source ? { text: rest, source } : { text: rest };
}
