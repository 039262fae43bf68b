import { describe, expect, it } from 'vitest';
import { filterTextOf, wordIndexOf } from '../../../src/core/filters/article-text.js';
import { draft } from '../../support/builders.js';
import { foldedWords } from '../../../src/core/filters/fold-text.js';
import { wordKey, WordTable } from '../../../src/core/filters/word-table.js';

describe('WordTable', () => {
  it('finds exactly the words foldedWords finds, in ASCII and in other scripts', () => {
    for (const text of [
      'the mayor, said: "no" — 42 times; x1y2 and_under',
      'привет мир, ещё раз',
      '東京 2026 年 ελληνικά',
      '𝒜lpha 𝓑eta (mathematical letters outside the BMP)',
    ]) {
      const table = WordTable.of(text);
      for (const word of foldedWords(text)) expect(table.has(wordKey(word)), word).toBe(true);
      for (const absent of ['mayo', 'said:', 'x1', 'привет мир', 'zzz'])
        if (!foldedWords(text).includes(absent))
          expect(table.has(wordKey(absent)), absent).toBe(false);
    }
  });

  it('reads ASCII text in the fast pass and refuses any other', () => {
    expect(WordTable.ofAscii('plain words only')?.has(wordKey('words'))).toBe(true);
    expect(WordTable.ofAscii('naïve')).toBeUndefined();
  });

  it('holds texts of many words (its scratch space grows)', () => {
    const words = Array.from({ length: 5_000 }, (_, i) => `w${i}`);
    const table = WordTable.of(words.join(' '));
    expect(words.every((w) => table.has(wordKey(w)))).toBe(true);
    expect(table.has(wordKey('w5000'))).toBe(false);
  });
});

describe('word keys', () => {
  it('tell apart words whose first hash is the same (both hashes must match)', () => {
    // Known FNV-1a 32-bit collisions: alone, the first hash would call each pair one word.
    for (const [present, absent] of [
      ['costarring', 'liquid'],
      ['declinate', 'macallums'],
      ['altarage', 'zinke'],
    ] as const) {
      expect(wordKey(present).h1).toBe(wordKey(absent).h1);
      const table = WordTable.of(`the ${present} here`);
      expect(table.has(wordKey(present))).toBe(true);
      expect(table.has(wordKey(absent))).toBe(false);
    }
  });

  it('find whole words only, with letters of any script as word characters', () => {
    const has = (text: string, word: string) => WordTable.of(text).has(wordKey(word));
    expect(has('a cafe here', 'cafe')).toBe(true);
    expect(has('cafeteria', 'cafe')).toBe(false);
    expect(has('mycafe', 'cafe')).toBe(false);
    expect(has('кафе cafeй', 'cafe')).toBe(false);
    expect(has('cafe', 'cafe')).toBe(true);
    expect(has('𝒜cafe', 'cafe')).toBe(false);
    expect(has('x cafe-cafe', 'cafe')).toBe(true);
    expect(has('under_cafe', 'cafe')).toBe(true);
  });
});

describe('filter text', () => {
  it('answers words from its table and joins its words for phrases, stored index or not', () => {
    const story = {
      ...draft({ title: 'Vote', tags: [], text: ['The city council met.'] }),
      id: 'v',
    };
    for (const variant of [story, { ...story, filterWords: wordIndexOf(story) }]) {
      const text = filterTextOf({ ...variant, paragraphs: [...variant.paragraphs] });
      expect(text.hasWord(wordKey('council'))).toBe(true);
      expect(text.hasWord(wordKey('mayor'))).toBe(false);
      expect(text.joined).toBe(' vote the city council met ');
    }
  });
});

describe('filterTextOf', () => {
  const base = {
    ...draft({ title: 'Council votes on budget', text: ['The city council met on Tuesday.'] }),
    id: 'a1',
  };

  it('reads a story once for every Article built on the same paragraphs (a store re-reads rows)', () => {
    const first = filterTextOf(base);
    expect(filterTextOf({ ...base })).toBe(first);
    expect(first.hasWord(wordKey('council'))).toBe(true);
  });

  it('reads it again when the title or topics differ, though the paragraphs are the same', () => {
    const renamed = filterTextOf({ ...base, title: 'Lottery jackpot' });
    expect(renamed).not.toBe(filterTextOf(base));
    expect(renamed.hasWord(wordKey('lottery'))).toBe(true);
    expect(filterTextOf({ ...base, tags: ['sports'] }).hasWord(wordKey('sports'))).toBe(true);
    expect(filterTextOf(base).hasWord(wordKey('sports'))).toBe(false);
  });
});

describe('hostile text', () => {
  it('reads a huge word in one linear pass', () => {
    const huge = `${'x'.repeat(2_000_000)} café`;
    const table = WordTable.of(huge);
    expect(table.has(wordKey('café'))).toBe(true);
    expect(table.has(wordKey('x'))).toBe(false);
  });
});

describe('stored slots', () => {
  const text = 'the harbour tunnel reopens; tolls stay suspended';
  const slots = WordTable.of(text).toSlots();

  it('answer as the table they were made of, half full at most', () => {
    const table = WordTable.fromSlots(slots);
    for (const word of foldedWords(text)) expect(table?.has(wordKey(word)), word).toBe(true);
    expect(table?.has(wordKey('bridge'))).toBe(false);
    const used = slots.filter((s, i) => i % 2 === 0 && s !== 0).length;
    expect(used).toBe(new Set(foldedWords(text)).size);
    expect(used * 4).toBeLessThanOrEqual(slots.length);
  });

  it('are read in place after a header', () => {
    const index = new Int32Array(5 + slots.length);
    index.set(slots, 5);
    expect(WordTable.fromSlots(index, 5)?.has(wordKey('tunnel'))).toBe(true);
  });

  it('are refused when they cannot be a table', () => {
    expect(WordTable.fromSlots(slots.subarray(0, slots.length - 2))).toBeUndefined();
    expect(WordTable.fromSlots(slots.subarray(0, slots.length - 1))).toBeUndefined();
    expect(WordTable.fromSlots(new Int32Array(16))).toBeUndefined();
    // No empty slot: a lookup would never end.
    expect(WordTable.fromSlots(slots.slice().fill(5))).toBeUndefined();
  });
});
