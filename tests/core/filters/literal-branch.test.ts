import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import { literalBranch, literalMatches } from '../../../src/core/filters/literal-branch.js';
import { catalogue } from '../../../src/core/i18n/catalogue.js';
import { compileRegex, regexMatches } from '../../../src/core/filters/rule-text.js';

describe('literal regex branches', () => {
  it('recognises only literal text between optional word boundaries', () => {
    expect(literalBranch('\\bmillion\\b')).toEqual({
      text: 'million',
      boundaryBefore: true,
      boundaryAfter: true,
    });
    expect(literalBranch('smith said')).toMatchObject({ text: 'smith said' });
    for (const pattern of ['smith\\s+said', 'a.b', '^live:', '\\bmill(ion)?\\b', 'x|y', '\\d+'])
      expect(literalBranch(pattern)).toBeUndefined();
  });

  it('decides exactly as re2js does, word boundaries included', () => {
    const patterns = [
      '\\bmillion\\b',
      'million',
      '\\bmillion',
      'million\\b',
      '\\bcity council\\b',
      '\\b2026\\b',
      '\\b a\\b',
    ];
    const texts = [
      'one million people',
      'millions of people',
      'a multimillion deal',
      'million',
      'the million_dollar question',
      'x1million',
      'the city council met',
      'city councillor',
      'in 2026.',
      'in 20260',
      'million, then million',
      ' a b',
      'ba b',
      '',
      'résumé million',
    ];
    for (const pattern of patterns) {
      const literal = literalBranch(pattern);
      expect(literal, pattern).toBeDefined();
      const re2 = RE2JS.compile(pattern);
      for (const text of texts)
        expect(literalMatches(literal!, text), `/${pattern}/ on "${text}"`).toBe(re2.test(text));
    }
  });

  it('is what a compiled rule uses for such branches, and still finds the same stories', () => {
    const compiled = compileRegex('\\bMillion\\b|\\bpercent\\b|smith\\s+said');
    if (!compiled.ok) throw new Error(compiled.problem(catalogue.translator('en')));
    expect(compiled.branches.map((b) => b.literal?.text)).toEqual([
      'million',
      'percent',
      undefined,
    ]);
    expect(regexMatches(compiled.branches, 'ten percent more')).toBe(true);
    expect(regexMatches(compiled.branches, 'a millionaire said')).toBe(false);
    expect(regexMatches(compiled.branches, 'smith   said so')).toBe(true);
  });
});
