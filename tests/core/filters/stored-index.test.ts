import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/articles/article.js';
import {
  rawLength,
  WORD_INDEX_FORMAT,
  wordIndexOf,
  type FilterText,
} from '../../../src/core/filters/article-text.js';
import { ChannelFilter } from '../../../src/core/filters/channel-filter.js';
import {
  compileRegex,
  regexMatches,
  regexMatchesText,
} from '../../../src/core/filters/rule-text.js';
import { WordTable } from '../../../src/core/filters/word-table.js';
import { RE2JS } from 're2js';
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
    const kept = rules.map(
      (pattern) =>
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

  it('rule out characters and pairs that are not there (a regex often needs "$" or "%")', () => {
    const absent = ['$', '%', '#', '!', 'q', 'z', '$4', 'zz', 'xq', '9%'];
    const ruledOut = absent.filter((literal) => !mayContain(bits, gramsOf(literal)));
    expect(ruledOut.length).toBeGreaterThanOrEqual(8);
    expect(mayContain(bits, gramsOf(';'))).toBe(true);
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

describe("a stored index answers without the story's text", () => {
  it('measures the text it was built from without building it', () => {
    const long = (n: number, c: string) => c.repeat(n);
    for (const [tags, paragraphs] of [
      [[], ['short']],
      [['One', 'Two words'], [long(999, 'a')]],
      [['x'], [long(1000, 'a'), 'next']],
      [['x'], [long(1001, 'a')]],
      [['x'], [long(500, 'a'), long(499, 'b'), 'c']],
      [['x'], [long(500, 'a'), long(500, 'b'), 'c']],
      [
        ['x', 'y'],
        ['', long(998, 'b'), 'c', 'd'],
      ],
      [[], [long(300, 'a'), long(300, 'b'), long(300, 'c'), long(300, 'd')]],
    ] as const) {
      const story = {
        ...draft({ title: 'Title here', tags: [...tags], text: [...paragraphs] }),
        id: 'x',
      };
      expect(rawLength(story)).toBe(wordIndexOf(story)[1]);
    }
  });

  it('decides words, absent literals and \\bword\\b without reading the text', () => {
    const story = article('Budget day', 'Ten million people; the report said so.');
    const index = wordIndexOf(story);
    const text: FilterText = {
      get plain(): string {
        throw new Error('the text was read');
      },
      get joined(): string {
        throw new Error('the words were joined');
      },
      hasWord: (key) => WordTable.fromSlots(index, 3 + 128)?.has(key) ?? false,
      grams: index,
      gramsAt: 3,
      re2Words: true,
    };
    const matches = (pattern: string) => {
      const compiled = compileRegex(pattern);
      if (!compiled.ok) throw new Error(pattern);
      return regexMatchesText(compiled.branches, text);
    };
    expect(matches('\\bmillion\\b|\\bpercent\\b')).toBe(true);
    expect(matches('\\bpercent\\b')).toBe(false);
    expect(matches('\\$\\d+ off|\\d+% discount')).toBe(false);
    expect(matches('\\b(?:black|cyber) (?:friday|monday)\\b')).toBe(false);
    // A literal the bits cannot rule out is searched for in the text.
    expect(() => matches('million people')).toThrow('the text was read');
  });

  it('gives \\bword\\b the verdict RE2 gives, whatever the text around the word', () => {
    const texts = [
      'ten million people',
      'a million_dollars deal',
      'the millionaire',
      'million',
      '2million 3',
      'миллион millionж and millions',
      'MILLION in capitals',
      'naïve million',
      'x_million',
    ];
    for (const pattern of ['\\bmillion\\b', '\\bmillion\\b|\\b3\\b', '\\bmillions\\b']) {
      const filter = new ChannelFilter([{ kind: 'include', pattern: `/${pattern}/` }]);
      for (const body of texts) {
        const story = article('Title', body);
        const folded = `title\n\n${body
          .normalize('NFKD')
          .replace(/\p{M}+/gu, '')
          .toLowerCase()}\n`;
        const expected = RE2JS.compile(pattern).test(folded);
        expect(filter.keeps(withIndex(story)), `${pattern} in ${body} (indexed)`).toBe(expected);
        expect(
          filter.keeps({ ...story, paragraphs: [...story.paragraphs] }),
          `${pattern} in ${body}`,
        ).toBe(expected);
      }
    }
  });
});
