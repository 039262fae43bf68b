import { escapeHtml } from './escape-html.js';

/**
 * Telegram HTML as tokens, so that a long message can be cut into valid parts: raw text (escaped on
 * output) and balanced opening and closing tags. A block is a paragraph-like unit with its own
 * balanced tags; `gap` is what separates it from the block before it.
 */
export type HtmlToken =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'open'; readonly tag: string; readonly html: string }
  | { readonly kind: 'close'; readonly tag: string };

export interface HtmlBlock {
  readonly gap: '\n' | '\n\n';
  readonly tokens: readonly HtmlToken[];
}

/** Telegram's limit for one message; we count the HTML itself, tags and entities included. */
export const TELEGRAM_TEXT_LIMIT = 4096;
/** Room kept for the "(2/3)" mark that numbers the parts of a split message. */
const PART_MARK_ROOM = 24;

export function serialize(tokens: readonly HtmlToken[]): string {
  return tokens.map(tokenHtml).join('');
}

function tokenHtml(token: HtmlToken): string {
  switch (token.kind) {
    case 'text':
      return escapeHtml(token.text);
    case 'open':
      return token.html;
    case 'close':
      return `</${token.tag}>`;
  }
}

/**
 * Joins blocks into as few messages as fit in `limit` characters of HTML. A block that does not fit
 * is cut at a line or sentence boundary (a word, or at worst a character, only when one sentence or
 * word is longer than a message); tags open at a cut are closed and opened again in the next part.
 * No part is cut inside a tag, an entity, a word or a surrogate pair. Parts of a split message are
 * numbered "(1/3)", in order.
 */
export function splitIntoMessages(
  blocks: readonly HtmlBlock[],
  limit = TELEGRAM_TEXT_LIMIT,
): string[] {
  const whole = packBlocks(blocks, limit);
  if (whole.length <= 1) return whole;
  const parts = packBlocks(blocks, limit - PART_MARK_ROOM);
  return parts.map((part, i) => `${part}\n<i>(${i + 1}/${parts.length})</i>`);
}

function packBlocks(blocks: readonly HtmlBlock[], limit: number): string[] {
  const parts: string[] = [];
  let current = '';
  for (const block of blocks) {
    const html = serialize(block.tokens);
    if (current !== '' && current.length + block.gap.length + html.length <= limit) {
      current += block.gap + html;
      continue;
    }
    if (current !== '') parts.push(current);
    if (html.length <= limit) {
      current = html;
      continue;
    }
    const pieces = splitBlock(block.tokens, limit);
    parts.push(...pieces.slice(0, -1));
    current = pieces.at(-1) ?? '';
  }
  if (current !== '') parts.push(current);
  return parts;
}

/** Cuts one block that is too long into parts of at most `limit` characters, tags kept balanced. */
export function splitBlock(tokens: readonly HtmlToken[], limit: number): string[] {
  const parts: string[] = [];
  const open: { tag: string; html: string }[] = [];
  const closing = () =>
    open
      .map((t) => `</${t.tag}>`)
      .reverse()
      .join('');
  const reopening = () => open.map((t) => t.html).join('');
  let current = '';
  const state = { hasText: false };

  const flush = () => {
    parts.push(current + closing());
    current = reopening();
    state.hasText = false;
  };
  const fits = (html: string) => current.length + html.length + closing().length <= limit;

  const addText = (text: string, level: number) => {
    for (const piece of pieces(text, level)) {
      const html = escapeHtml(piece);
      if (fits(html)) {
        current += html;
        state.hasText ||= piece.trim() !== '';
        continue;
      }
      if (state.hasText) {
        flush();
        if (fits(html)) {
          current += html;
          state.hasText = piece.trim() !== '';
          continue;
        }
      }
      if (level < LEVELS.length - 1) addText(piece, level + 1);
      else throw new Error('A single character does not fit in a message');
    }
  };

  for (const token of tokens) {
    if (token.kind === 'text') addText(token.text, 0);
    else if (token.kind === 'open') {
      if (!fits(`${token.html}</${token.tag}>`) && state.hasText) flush();
      current += token.html;
      open.push({ tag: token.tag, html: token.html });
    } else {
      current += `</${token.tag}>`;
      open.pop();
    }
  }
  if (state.hasText || parts.length === 0) parts.push(current + closing());
  return parts;
}

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Ways to cut text, coarse to fine: lines, sentences, words, then characters (never half a surrogate pair). */
const LEVELS: readonly ((text: string) => string[])[] = [
  (text) => text.split(/(?<=\n)/),
  (text) => Array.from(sentences.segment(text), (s) => s.segment),
  (text) => text.split(/(?<=\s)(?=\S)/),
  (text) => Array.from(graphemes.segment(text), (s) => s.segment),
  (text) => Array.from(text), // code points: a grapheme longer than a message (stacked marks)
];

function pieces(text: string, level: number): string[] {
  const cut = LEVELS[level];
  return cut ? cut(text).filter((piece) => piece !== '') : [text];
}
