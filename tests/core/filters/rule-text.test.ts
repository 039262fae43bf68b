import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/core/i18n/catalogue.js';

const english = catalogue.translator('en');
import {
  compileRegex,
  FILTER_LIMITS,
  parseRuleText,
  regexMatches,
} from '../../../src/core/filters/rule-text.js';

describe('parseRuleText', () => {
  it('reads words and quoted phrases, folding case and accents', () => {
    const parsed = parseRuleText('Crypto, “Élon Musk” "sponsored content" Café');
    expect(parsed.ok && parsed.terms.map((t) => (t.type === 'words' ? t.words : t.source))).toEqual(
      [['crypto'], ['elon', 'musk'], ['sponsored', 'content'], ['cafe']],
    );
  });

  it('reads /pattern/ as one regular expression', () => {
    const parsed = parseRuleText('/\\bdeals?\\b/');
    expect(parsed.ok && parsed.terms[0]?.type).toBe('regex');
  });

  it.each([
    ['(abc', 1, 'missing closing )'],
    ['ab[c', 3, 'missing closing ]'],
    ['a**', 2, 'invalid nested repetition operator'],
    ['x(?=y)', 2, 'unsupported Perl syntax'],
    ['a{2,1}', 2, 'invalid repeat count'],
  ])('gives the position of a pattern that does not compile: /%s/', (source, position, what) => {
    const parsed = parseRuleText(`/${source}/`);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problem(english)).toContain(`at character ${position}`);
      expect(parsed.problem(english)).toContain(what);
    }
  });

  it('refuses what would match everything, is too long, unclosed or empty', () => {
    const problems = [
      '/a*/',
      `/${'a'.repeat(FILTER_LIMITS.regexLength + 1)}/`,
      '/abc',
      '//',
      'say "hello',
      '!!! ???',
      '',
      'x '.repeat(FILTER_LIMITS.termsPerRule + 1),
      'y'.repeat(FILTER_LIMITS.ruleLength + 1),
    ].map((text) => {
      const parsed = parseRuleText(text);
      return parsed.ok ? 'accepted' : parsed.problem(english);
    });
    expect(problems[0]).toContain('matches an empty text');
    expect(problems[1]).toContain(`at most ${FILTER_LIMITS.regexLength} characters`);
    expect(problems[2]).toContain('closing / is missing');
    expect(problems[3]).toContain('empty');
    expect(problems[4]).toContain('quote opened at character 5 is not closed');
    expect(problems[5]).toContain('no letters or digits');
    expect(problems[6]).toContain('empty');
    expect(problems[7]).toContain(`at most ${FILTER_LIMITS.termsPerRule} words`);
    expect(problems[8]).toContain(`at most ${FILTER_LIMITS.ruleLength} characters`);
  });

  it('runs a catastrophic pattern in linear time (RE2), so it answers on 50,000 characters', () => {
    const compiled = compileRegex('(a+)+$');
    expect(compiled.ok).toBe(true);
    if (!compiled.ok) return;
    // A backtracking engine would not return from either call in the lifetime of the test run.
    expect(regexMatches(compiled.branches, `${'a'.repeat(50_000)}!`)).toBe(false);
    expect(regexMatches(compiled.branches, 'a'.repeat(50_000))).toBe(true);
    expect(compileRegex('(x+x+)+y').ok && compileRegex('(x+x+)+y')).toBeTruthy();
  });
});
