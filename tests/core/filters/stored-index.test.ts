import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/articles/article.js';
import { WORD_INDEX_FORMAT, wordIndexOf } from '../../../src/core/filters/article-text.js';
import { ChannelFilter } from '../../../src/core/filters/channel-filter.js';
import { compileRegex, regexMatches } from '../../../src/core/filters/rule-text.js';
import { gramBitsOf, gramsOf, mayContain } from '../../../src/core/filters/trigram-bits.js';
import { draft } from '../../support/builders.js';

const article = (title: string, text: string): Article => ({
  ...draft({ title, text: [text] }),
  id: title,
});
const withIndex = (a: Article, index = wordIndexOf(a)): Article => ({
  ...a,
  paragraphs: [...a.paragraphs], // unread: no filter text is shared with `a`
  filterWords: index,
});

const stories = [
  article('Black Friday deals', 'Save $40 off every TV. Smith said the discount is real.'),
  article('Café culture', 'Crème brûlée and a naïve résumé; the cafe opens at 9.'),
  article('LIVE: council vote', 'The mayor said 12 percent of the budget goes to the harbour.'),
  article('Ёлки в Москве', 'Продажа ёлок началась; bitcoin не принимают. 𝒜lpha test.'),
  article('Quiet day', 'Nothing happened, said nobody, on a quiet monday_morning.'),
];
const rules = [
  '/\\b(?:black|cyber) (?:friday|monday)\\b/',
  '/\\$\\d+ off|\\d+% discount/',
  '/^(?:live|watch):/',
  '/\\bmillion\\b|\\bpercent\\b/',
  '/smith\\s+said/',
  '/caf[eé]/',
  '/ёлк/',
  '/monday/',
  'cafe "the mayor" bitcoin москве alpha',
  '"said nobody" quiet',
];

describe('a stored word index (trigram bits and word table)', () => {
  it('gives every rule the verdict the story gets without one', () => {
    for (const pattern of rules) {
      const filter = new ChannelFilter([{ kind: 'include', pattern }]);
      for (const story of stories)
        expect(filter.keeps(withIndex(story)), `${pattern} on ${story.title}`).toBe(
          filter.keeps({ ...story, paragraphs: [...story.paragraphs] }),
        );
    }
    // The rules differ in what they keep, so the comparison can fail.
    const kept = rules.map((pattern) =>
      stories.filter((s) => new ChannelFilter([{ kind: 'include', pattern }]).keeps(s)).length,
    );
    expect(new Set(kept).size).toBeGreaterThan(1);
  });

  it('is ignored when it is of another format, of another text, or damaged', () => {
    const story = article('Harbour news', 'The tunnel reopens; bitcoin is not accepted.');
    const filter = new ChannelFilter([{ kind: 'exclude', pattern: 'bitcoin /not accepted/' }]);
    const other = wordIndexOf(article('Other', 'Completely different words here.'));
    const otherFormat = wordIndexOf(story).slice();
    otherFormat[0] = WORD_INDEX_FORMAT + 1;
    const noEmptySlot = wordIndexOf(story).slice();
    noEmptySlot.fill(7, 3 + 128);
    for (const index of [other, otherFormat, noEmptySlot, new Int32Array(3)])
      expect(filter.keeps(withIndex(story, index))).toBe(false);
  });
});

describe('trigram bits', () => {
  const text = 'the harbour tunnel reopens; tolls stay suspended until the end of the month';
  const bits = gramBitsOf(text);

  it('never rule out text that is there', () => {
    for (let from = 0; from < text.length; from++)
      for (let to = from + 1; to <= Math.min(text.length, from + 12); to++)
        expect(mayContain(bits, gramsOf(text.slice(from, to)))).toBe(true);
  });

  it('rule out most text that is not there', () => {
    const absent = ['bitcoin', 'friday', 'monday', 'discount', 'smith', 'percent', 'crypto', 'x9z'];
    const ruledOut = absent.filter((literal) => !mayContain(bits, gramsOf(literal)));
    expect(ruledOut.length).toBeGreaterThanOrEqual(6);
  });

  it('leave regex verdicts as they are', () => {
    for (const pattern of rules.filter((r) => r.startsWith('/'))) {
      const compiled = compileRegex(pattern.slice(1, -1));
      if (!compiled.ok) throw new Error(pattern);
      for (const plain of [...stories.map((s) => `${s.title}\n${s.paragraphs[0]?.text}`), text]) {
        const folded = plain.toLowerCase();
        expect(regexMatches(compiled.branches, folded, gramBitsOf(folded)), pattern).toBe(
          regexMatches(compiled.branches, folded),
        );
      }
    }
  });
});

describe('what filters read of a story', () => {
  it('ends 1,000 characters into the text, whatever its paragraphs, stored index or not', () => {
    // "inside" ends at character 1,000 of the text (paragraphs a line each); "outside" starts after.
    const first = 'x'.repeat(600);
    const second = `${'y'.repeat(392)} inside outside`;
    const story = {
      ...draft({ title: 'Two paragraphs', tags: ['Tag'], text: [first, second, 'third'] }),
      id: 'two',
    };
    for (const variant of [story, withIndex(story)]) {
      const keeps = (word: string) =>
        new ChannelFilter([{ kind: 'include', pattern: word }]).keeps({
          ...variant,
          paragraphs: [...variant.paragraphs],
        });
      expect(keeps('inside')).toBe(true);
      expect(keeps('outside')).toBe(false);
      expect(keeps('third')).toBe(false);
      expect(keeps('tag')).toBe(true);
    }
  });
});

describe('a story whose paragraphs are frozen', () => {
  it('is filtered all the same (its text is made again each time, never cached on it)', () => {
    const story = article('Frozen', 'Bitcoin prices today.');
    const frozen = { ...story, paragraphs: Object.freeze([...story.paragraphs]) };
    const filter = new ChannelFilter([{ kind: 'exclude', pattern: 'bitcoin' }]);
    expect(filter.keeps(frozen)).toBe(false);
    expect(filter.keeps(frozen)).toBe(false);
    expect(Object.getOwnPropertySymbols(frozen.paragraphs)).toEqual([]);
  });
});
