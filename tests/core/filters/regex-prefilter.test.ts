import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import {
  lowerPattern,
  mayMatch,
  requiredLiterals,
} from '../../../src/core/filters/regex-prefilter.js';

describe('lowerPattern', () => {
  it('lower-cases literal text and leaves escapes as written', () => {
    expect(lowerPattern('Elon\\s+MUSK\\D\\pL\\p{Greek}\\x{41}[A-Z]\\Qa.B\\E')).toBe(
      'elon\\s+musk\\D\\pL\\p{Greek}\\x{41}[a-z]\\Qa.b\\E',
    );
  });
});

describe('requiredLiterals', () => {
  it.each([
    ['\\bminist(er|ry)\\s+of\\s+\\w+ance\\b', [['minist'], ['ance'], ['of'], ['er', 'ry']]],
    ['smith\\s+said', [['smith'], ['said']]],
    ['\\bmillion\\b|\\bpercent\\b', [['million', 'percent']]],
    ['(kal|lor)(mer){2,}', [['mer'], ['kal', 'lor']]],
    ['(crypto|bitcoin)s?', [['crypto', 'bitcoin']]],
    ['colou?r', [['colo'], ['r']]],
    ['x(abc)?y', [['x'], ['y']]],
    ['\\d+\\.\\d%', [['.'], ['%']]],
    ['(?i)breaking', [['breaking']]],
    ['(?:foo|bar)baz', [['baz'], ['foo', 'bar']]],
    ['a?b?', []],
    ['[abc]+', []],
    ['\\w+\\s+\\d', []],
    ['x*', []],
    ['(foo|)bar?', [['ba']]],
    ['(a|b.)', [['a', 'b']]],
  ])('/%s/ requires %j', (pattern, expected) => {
    expect(requiredLiterals(pattern)).toEqual(expected);
  });

  it('never rules out a text the regex matches (random texts, many patterns)', () => {
    const patterns = [
      'ab+c',
      '(ab|cd)e',
      'a(b|c)*d',
      '(?:x|yz){2}w',
      'a\\.b',
      '[ab]c|d',
      'a{2,3}b',
      'q(?:r|s)?t',
      '(a|b)(c|d)',
      'ab?c?d',
      '\\bab\\b',
      'a.c',
      '(?P<n>ab)c',
      'x(?i)y',
      'a{0,2}b',
      '(abc|a)d',
    ];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const alphabet = 'abcdqrstwxyz. ';
    let checked = 0;
    for (const pattern of patterns) {
      const regex = RE2JS.compile(pattern);
      const required = requiredLiterals(pattern);
      for (let i = 0; i < 400; i++) {
        const text = Array.from({ length: 1 + Math.floor(random() * 12) }, () =>
          alphabet.charAt(Math.floor(random() * alphabet.length)),
        ).join('');
        if (!regex.test(text)) continue;
        checked++;
        expect(mayMatch(required, text), `${pattern} on "${text}"`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(200);
  });
});
