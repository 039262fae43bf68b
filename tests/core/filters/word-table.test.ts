import { describe, expect, it } from 'vitest';
import { filterTextOf, foldedFilterText } from '../../../src/core/filters/article-text.js';
import { draft } from '../../support/builders.js';
import { foldedWords } from '../../../src/core/filters/fold-text.js';
import { hashWord, wholeWordIn, WordTable } from '../../../src/core/filters/word-table.js';

describe('WordTable', () => {
  it('finds exactly the words foldedWords finds, in ASCII and in other scripts', () => {
    for (const text of [
      'the mayor, said: "no" — 42 times; x1y2 and_under',
      'привет мир, ещё раз',
      '東京 2026 年 ελληνικά',
      '𝒜lpha 𝓑eta (mathematical letters outside the BMP)',
    ]) {
      const table = WordTable.of(text);
      for (const word of foldedWords(text)) expect(table.mayHave(hashWord(word)), word).toBe(true);
      for (const absent of ['mayo', 'said:', 'x1', 'привет мир', 'zzz'])
        if (!foldedWords(text).includes(absent))
          expect(table.mayHave(hashWord(absent)), absent).toBe(false);
    }
  });

  it('reads ASCII text in the fast pass and refuses any other', () => {
    expect(WordTable.ofAscii('plain words only')?.mayHave(hashWord('words'))).toBe(true);
    expect(WordTable.ofAscii('naïve')).toBeUndefined();
  });

  it('holds texts of many words (its scratch space grows)', () => {
    const words = Array.from({ length: 5_000 }, (_, i) => `w${i}`);
    const table = WordTable.of(words.join(' '));
    expect(words.every((w) => table.mayHave(hashWord(w)))).toBe(true);
    expect(table.mayHave(hashWord('w5000'))).toBe(false);
  });
});

describe('wholeWordIn', () => {
  it('matches whole words only, with letters of any script as word characters', () => {
    expect(wholeWordIn('a cafe here', 'cafe')).toBe(true);
    expect(wholeWordIn('cafeteria', 'cafe')).toBe(false);
    expect(wholeWordIn('mycafe', 'cafe')).toBe(false);
    expect(wholeWordIn('кафе cafeй', 'cafe')).toBe(false);
    expect(wholeWordIn('cafe', 'cafe')).toBe(true);
    expect(wholeWordIn('𝒜cafe', 'cafe')).toBe(false);
    expect(wholeWordIn('x cafe-cafe', 'cafe')).toBe(true);
    expect(wholeWordIn('anything', '')).toBe(false);
  });
});

describe('filter text', () => {
  it('confirms a word in the text, so a hash that collides never matches', () => {
    const text = foldedFilterText('the city council met');
    expect(text.hasWord('council')).toBe(true);
    // As if "mayor" had the hash of a word of the text: the text itself is asked and says no.
    expect(text.hasWord('mayor', hashWord('council'))).toBe(false);
    expect(text.joined).toBe(' the city council met ');
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
    expect(first.hasWord('council')).toBe(true);
  });

  it('reads it again when the title or topics differ, though the paragraphs are the same', () => {
    const renamed = filterTextOf({ ...base, title: 'Lottery jackpot' });
    expect(renamed).not.toBe(filterTextOf(base));
    expect(renamed.hasWord('lottery')).toBe(true);
    expect(filterTextOf({ ...base, tags: ['sports'] }).hasWord('sports')).toBe(true);
    expect(filterTextOf(base).hasWord('sports')).toBe(false);
  });
});

describe('hostile text', () => {
  it('reads a huge word and a text of a million near-matches in one linear pass each', () => {
    const huge = `${'x'.repeat(2_000_000)} café`;
    const table = WordTable.of(huge);
    expect(table.mayHave(hashWord('café'))).toBe(true);
    expect(table.mayHave(hashWord('x'))).toBe(false);
    // Every "aa" is inside a longer word: a quadratic search would not finish here.
    const near = 'a'.repeat(1_000_000);
    expect(wholeWordIn(near, 'aa')).toBe(false);
    expect(wholeWordIn(`${near} aa`, 'aa')).toBe(true);
  });
});

describe('stored slots', () => {
  const text = 'the harbour tunnel reopens; tolls stay suspended';
  const slots = WordTable.of(text).toSlots();

  it('answer as the table they were made of, half full at most', () => {
    const table = WordTable.fromSlots(slots);
    for (const word of foldedWords(text)) expect(table?.mayHave(hashWord(word)), word).toBe(true);
    expect(table?.mayHave(hashWord('bridge'))).toBe(false);
    expect(slots.filter((s) => s !== 0).length * 2).toBeLessThanOrEqual(slots.length);
  });

  it('are refused when they cannot be a table', () => {
    expect(WordTable.fromSlots(slots.subarray(0, slots.length - 1))).toBeUndefined();
    expect(WordTable.fromSlots(new Int32Array(8))).toBeUndefined();
    expect(WordTable.fromSlots(slots.slice().fill(5))).toBeUndefined();
  });
});
