import { describe, expect, it } from 'vitest';
import { endsWithInitial, lastWord } from '../../../src/core/text/sentence-ends.js';
import { splitSentences } from '../../../src/core/text/sentences.js';

/** The definitions the backward readers stand in for. */
const LAST_WORD = /(?:^|[\s("'“‘[])([\p{L}.]+)\.\s*$/u;
const SINGLE_INITIAL = /(?:^|[\s("'“‘])\p{Lu}\.\s*$/u;

/** Endings of text as the splitter meets them, tricky characters included. */
const PIECES = [
  'J',
  'Mr',
  'u.s',
  'U.S',
  'é',
  'É',
  'Zoë',
  'said',
  '5',
  'a1b',
  'abc-def',
  '𝐀',
  '𝐀b',
  'ß',
  'Д',
  ' ',
  '  ',
  '\u00a0',
  '\u2003',
  '\t',
  '(',
  '[',
  '"',
  "'",
  '“',
  '‘',
  '”',
  '.',
  '..',
  ',',
  '-',
];

/** A small deterministic generator (the same strings every run). */
function* endings(count: number): Generator<string> {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let n = 0; n < count; n++) {
    let text = '';
    const parts = 1 + Math.floor(next() * 5);
    for (let k = 0; k < parts; k++) text += PIECES[Math.floor(next() * PIECES.length)] ?? '';
    yield next() < 0.7 ? `${text}.${next() < 0.5 ? ' ' : ''}` : text;
  }
}

describe('reading how a text ends', () => {
  it('finds the word before the final full stop exactly as the expression does', () => {
    expect(lastWord('He met Mr. ')).toBe('Mr');
    expect(lastWord('in the U.S.')).toBe('U.S');
    expect(lastWord('it rose 5.')).toBeUndefined();
    for (const text of endings(5000))
      expect([text, lastWord(text)]).toEqual([text, LAST_WORD.exec(text)?.[1]]);
  });

  it('tells a single initial at the end exactly as the expression does', () => {
    expect(endsWithInitial('John F. ')).toBe(true);
    expect(endsWithInitial('(É.')).toBe(true);
    expect(endsWithInitial('The U.S.')).toBe(false);
    for (const text of endings(5000))
      expect([text, endsWithInitial(text)]).toEqual([text, SINGLE_INITIAL.test(text)]);
  });
});

describe('splitting where a full stop cannot end a sentence', () => {
  it('gives what ICU gives for full stops before a digit or a lower-case letter', () => {
    const text =
      'Shares rose 91.2% to 3.5 billion at cnn.com today. Version 2.0.1 shipped, e.g. on Monday. Then it rained.';
    const icu = [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)].map((s) =>
      s.segment.trim(),
    );
    expect(splitSentences(text)).toEqual(icu);
    expect(splitSentences(text)).toEqual([
      'Shares rose 91.2% to 3.5 billion at cnn.com today.',
      'Version 2.0.1 shipped, e.g. on Monday.',
      'Then it rained.',
    ]);
  });

  it('still asks ICU about a full stop before anything else', () => {
    // ICU ends a sentence at "1990.In" (a capital right after the full stop).
    const text = 'Born in 1990.In 2000 she left. It ended.Then it began.';
    const icu = [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)].map((s) =>
      s.segment.trim(),
    );
    expect(icu).toHaveLength(3);
    expect(splitSentences(text)).toEqual(icu);
  });
});
