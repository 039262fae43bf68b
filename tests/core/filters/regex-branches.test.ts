import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import { splitBranches } from '../../../src/core/filters/regex-branches.js';

describe('splitBranches', () => {
  it.each([
    ['\\bmillion\\b|\\bpercent\\b', ['\\bmillion\\b', '\\bpercent\\b']],
    ['(kal|lor)(mer){2,}', ['kal(mer){2,}', 'lor(mer){2,}']],
    ['(?:black|cyber) (?:friday|monday)', ['black (?:friday|monday)', 'cyber (?:friday|monday)']],
    ['((a|b)|c)d', ['ad', 'bd', 'cd']],
    ['(a|b)+c', ['(a|b)+c']],
    ['(?s)a.b|c', ['(?s)a.b|c']],
    ['[|]x|y', ['[|]x', 'y']],
    ['a\\|b', ['a\\|b']],
  ])('/%s/ → %j', (pattern, expected) => {
    expect(splitBranches(pattern)).toEqual(expected);
  });

  it('matches exactly what the whole pattern matches (random texts, many patterns)', () => {
    const patterns = [
      '(ab|cd)e',
      '(a|b)(c|d)|x',
      '((a|b)c|d)+e',
      '^(ab|c)$',
      '(?:x|yz)w|q',
      '(a|b)?c',
      '\\b(ab|ba)\\b',
      '(a(b|c)|d)e',
      '(|a)b',
    ];
    let seed = 3;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let matched = 0;
    for (const pattern of patterns) {
      const whole = RE2JS.compile(pattern);
      const branches = splitBranches(pattern).map((branch) => RE2JS.compile(branch));
      for (let i = 0; i < 300; i++) {
        const text = Array.from({ length: Math.floor(random() * 8) }, () =>
          'abcdeqwxyz '.charAt(Math.floor(random() * 11)),
        ).join('');
        const expected = whole.test(text);
        if (expected) matched++;
        expect(
          branches.some((b) => b.test(text)),
          `${pattern} on "${text}"`,
        ).toBe(expected);
      }
    }
    expect(matched).toBeGreaterThan(100);
  });
});
