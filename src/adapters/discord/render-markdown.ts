import type { Block, Inline, Span } from '../../core/replies/reply.js';
import { codeSpanText, escapeText, safeUrl } from './escape-text.js';

/** Wraps text in a markdown marker, keeping surrounding white space outside it ("** x**" would not render). */
function wrap(text: string, marker: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text);
  const [, before = '', core = '', after = ''] = match ?? [];
  return core === '' ? text : `${before}${marker}${core}${marker}${after}`;
}

/** Inline content as Discord markdown; every piece of text escaped. */
export function renderInline(content: readonly Inline[]): string {
  return content
    .map((part) => {
      if (typeof part === 'string') return escapeText(part);
      // The one mention Briefly writes itself: a channel's, by id, which pings nobody.
      if (part.channel !== undefined && /^\d{17,20}$/.test(part.channel))
        return `<#${part.channel}>`;
      if (part.code) return wrap(codeSpanText(part.text), '`');
      let text = escapeText(part.text);
      if (part.bold) text = wrap(text, '**');
      if (part.italic) text = wrap(text, '_');
      const url = safeUrl(part.url);
      return url && text.trim() !== '' ? `[${text}](${url})` : text;
    })
    .join('');
}

interface Piece {
  readonly part: number;
  readonly text: string;
}

/** Cuts raw text into sentences (white space kept with the sentence before it). */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?…]["”’)\]]*\s)/u);
}

/** Cuts raw text into pieces whose rendering is surely at most `max` (escaping at most doubles). */
function words(text: string, max: number): string[] {
  const size = Math.max(1, Math.floor((max - 8) / 2));
  return text.split(/(?<=\s)/u).flatMap((word) => {
    const chars = Array.from(word);
    if (chars.length <= size) return [word];
    const cuts: string[] = [];
    for (let i = 0; i < chars.length; i += size) cuts.push(chars.slice(i, i + size).join(''));
    return cuts;
  });
}

/** Puts pieces back together as inline content, one span per original part. */
function rebuild(content: readonly Inline[], pieces: readonly Piece[]): Inline[] {
  const merged: Piece[] = [];
  for (const piece of pieces) {
    const last = merged.at(-1);
    if (last?.part === piece.part)
      merged[merged.length - 1] = { ...last, text: last.text + piece.text };
    else merged.push(piece);
  }
  const first = merged[0];
  const lastPiece = merged.at(-1);
  if (first) merged[0] = { ...first, text: first.text.trimStart() };
  if (lastPiece) merged[merged.length - 1] = { ...lastPiece, text: lastPiece.text.trimEnd() };
  return merged.map(({ part, text }) => {
    const original = content[part];
    return typeof original === 'object' ? { ...original, text } : text;
  });
}

/**
 * Splits inline content into runs whose markdown is at most `max` characters each: between
 * sentences where possible, else between words, else inside a word. Styles and links carry over.
 */
export function splitInline(content: readonly Inline[], max: number): Inline[][] {
  if (renderInline(content).length <= max) return [[...content]];
  const textOf = (part: Inline) => (typeof part === 'string' ? part : part.text);
  const fine: Piece[] = content.flatMap((part, index) =>
    sentences(textOf(part)).flatMap((sentence) => {
      const piece = { part: index, text: sentence };
      return renderInline(rebuild(content, [piece])).length <= max
        ? [piece]
        : words(sentence, max).map((text) => ({ part: index, text }));
    }),
  );
  const runs: Inline[][] = [];
  let current: Piece[] = [];
  for (const piece of fine) {
    const candidate = [...current, piece];
    if (current.length === 0 || renderInline(rebuild(content, candidate)).length <= max) {
      current = candidate;
    } else {
      runs.push(rebuild(content, current));
      current = [piece];
    }
  }
  if (current.length > 0) runs.push(rebuild(content, current));
  return runs.filter((run) => renderInline(run).trim() !== '');
}

/** Lines of one inline run with a prefix ("1. ", "> "), each within `max`. */
function prefixedLines(prefix: string, content: readonly Inline[], max: number): string[] {
  return splitInline(content, max - prefix.length).map((run, i) => {
    const line = renderInline(run);
    return i === 0 ? prefix + line : prefix.startsWith('>') ? `> ${line}` : line;
  });
}

/**
 * A block as lines of markdown, each at most `max` characters and each complete in itself
 * (no style runs across lines), so that a message can be cut between any two lines.
 */
export function blockLines(block: Block, max: number): string[] {
  switch (block.type) {
    case 'paragraph':
      return prefixedLines('', block.content, max);
    case 'quote':
      return prefixedLines('> ', block.content, max);
    case 'list':
      return block.items.flatMap((item, i) =>
        prefixedLines(block.ordered ? `${i + 1}. ` : '- ', item, max),
      );
    case 'section': {
      const title: Span = { text: block.title, bold: true, url: safeUrl(block.url) };
      const heading = prefixedLines('', [title], max);
      const body = block.body.flatMap((inner) => blockLines(inner, max));
      const footer: Span[] = block.footer ? [{ text: block.footer, italic: true }] : [];
      return [...heading, ...body, ...(block.footer ? prefixedLines('', footer, max) : [])];
    }
  }
}
