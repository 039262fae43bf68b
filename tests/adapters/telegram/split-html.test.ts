import { describe, expect, it } from 'vitest';
import {
  serialize,
  splitBlock,
  splitIntoMessages,
  type HtmlBlock,
  type HtmlToken,
} from '../../../src/adapters/telegram/split-html.js';
import { checkTelegramHtml } from './peer/telegram-html.js';

const text = (value: string): HtmlToken => ({ kind: 'text', text: value });
const bold = (...inner: HtmlToken[]): HtmlToken[] => [
  { kind: 'open', tag: 'b', html: '<b>' },
  ...inner,
  { kind: 'close', tag: 'b' },
];
const quote = (...inner: HtmlToken[]): HtmlToken[] => [
  { kind: 'open', tag: 'blockquote', html: '<blockquote>' },
  ...inner,
  { kind: 'close', tag: 'blockquote' },
];
const block = (...tokens: HtmlToken[]): HtmlBlock => ({ gap: '\n\n', tokens });

/** Every part valid Telegram HTML within the limit. */
function expectValid(parts: readonly string[], limit: number) {
  for (const part of parts) {
    expect(part.length).toBeLessThanOrEqual(limit);
    expect(checkTelegramHtml(part, limit).problems).toEqual([]);
  }
}

const visible = (parts: readonly string[]) =>
  parts.map((p) => checkTelegramHtml(p).text.replace(/\n\(\d+\/\d+\)$/, '')).join(' ');
const words = (value: string) => value.split(/\s+/).filter(Boolean);

describe('splitIntoMessages', () => {
  it('keeps a short reply in one message, blocks separated by blank lines', () => {
    expect(splitIntoMessages([block(text('a')), block(...bold(text('b')))])).toEqual([
      'a\n\n<b>b</b>',
    ]);
  });

  it('splits between paragraphs first, numbers the parts and keeps their order', () => {
    const paragraphs = Array.from({ length: 12 }, (_, i) =>
      block(text(`Paragraph ${i + 1}. ${'word '.repeat(80)}`)),
    );
    const parts = splitIntoMessages(paragraphs, 1000);
    expect(parts.length).toBeGreaterThan(1);
    expectValid(parts, 1000);
    parts.forEach((part, i) =>
      expect(part).toMatch(new RegExp(`\\(${i + 1}/${parts.length}\\)</i>$`)),
    );
    const order = parts
      .join('')
      .match(/Paragraph \d+/g)
      ?.map((p) => Number(p.split(' ')[1]));
    expect(order).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    for (const part of parts) expect(part.match(/Paragraph \d+/g)?.length).toBeGreaterThan(0);
  });

  it('cuts one long paragraph at sentence ends, never inside a word', () => {
    const sentences = Array.from({ length: 60 }, (_, i) => `Sentence number ${i} ends here.`);
    const parts = splitIntoMessages([block(text(sentences.join(' ')))], 300);
    expectValid(parts, 300);
    for (const part of parts) {
      const body = checkTelegramHtml(part)
        .text.replace(/\n\(\d+\/\d+\)$/, '')
        .trim();
      expect(body).toMatch(/^Sentence number \d+ ends here\.( Sentence number \d+ ends here\.)*$/);
    }
    expect(words(visible(parts))).toEqual(words(sentences.join(' ')));
  });

  it('closes tags at a cut and opens them again in the next part', () => {
    const long = 'Quoted words go on. '.repeat(40);
    const parts = splitIntoMessages([block(...quote(...bold(text(long))))], 250);
    expectValid(parts, 250);
    for (const part of parts) expect(part).toMatch(/^<blockquote><b>.*<\/b><\/blockquote>\n<i>/s);
  });

  it('never cuts an entity, a surrogate pair or an emoji', () => {
    const hostile = '&<>"😀👩‍👩‍👧 '.repeat(200);
    const parts = splitIntoMessages([block(text(hostile))], 97);
    expectValid(parts, 97);
    expect(visible(parts).replace(/\s+/g, '')).toBe(hostile.replace(/\s+/g, ''));
  });

  it('cuts a word longer than a message at characters, as a last resort', () => {
    const url = `https://example.org/${'x'.repeat(5000)}`;
    const parts = splitIntoMessages([block(text(`See ${url} now.`))]);
    expectValid(parts, 4096);
    expect(visible(parts).replace(/\s+/g, '')).toBe(`See${url}now.`);
  });
});

describe('splitBlock', () => {
  it('returns the block whole when it fits', () => {
    const tokens = bold(text('short'));
    expect(splitBlock(tokens, 100)).toEqual([serialize(tokens)]);
  });
});
