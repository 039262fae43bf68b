import type { FilterText } from './article-text.js';
import {
  literalBranch,
  literalMatches,
  wholeAsciiWord,
  type LiteralBranch,
} from './literal-branch.js';
import { wordKey, type WordKey } from './word-table.js';
import { RE2JS, RE2JSException, RE2JSSyntaxException } from 're2js';
import type { Localized } from '../i18n/translator.js';
import { stripAccents, wordsOf } from './fold-text.js';
import { splitBranches } from './regex-branches.js';
import {
  gramsAllow,
  lowerPattern,
  mayMatch,
  requiredGramsOf,
  requiredLiterals,
  type RequiredGrams,
  type Requirement,
} from './regex-prefilter.js';

/** Whether a story must match the rule to be kept (include) or is dropped when it does (exclude). */
export type RuleKind = 'include' | 'exclude';

/** A rule's text as a moderator wrote it, and the feed it is limited to, if any. */
export interface FilterRule {
  readonly kind: RuleKind;
  /** Words and "quoted phrases", or one `/regular expression/`. */
  readonly pattern: string;
  /** Only stories of this feed (its normalised URL); undefined: every story of the channel. */
  readonly feedUrl?: string | undefined;
}

/** A word or a phrase: consecutive words, matched as whole words. */
export interface WordTerm {
  readonly type: 'words';
  readonly text: string;
  readonly words: readonly string[];
  /** The words' keys in a story's word table. */
  readonly keys: readonly WordKey[];
}

/** A regular expression, run on the lower-case, accent-free text of a story. */
export interface RegexTerm {
  readonly type: 'regex';
  readonly source: string;
  /** Branches that together match what the pattern matches (see regex-branches). */
  readonly branches: readonly RegexBranch[];
}

export interface RegexBranch {
  readonly regex: RE2JS;
  /** What a matching text contains (see regex-prefilter): the regex runs only when it is there. */
  readonly required: Requirement;
  /** The trigrams of `required`'s literals, for texts that have trigram bits. */
  readonly requiredGrams?: RequiredGrams | undefined;
  /** When the branch is only literal text (and word boundaries): matched without the automaton. */
  readonly literal?: LiteralBranch | undefined;
  /**
   * When the branch is one ASCII word between \b's (`\bmillion\b`): its key, for texts whose
   * words are RE2's (see FilterText.re2Words), where the word table answers.
   */
  readonly word?: WordKey | undefined;
}

export type Term = WordTerm | RegexTerm;

export type ParsedRule =
  | { readonly ok: true; readonly terms: readonly Term[] }
  | { readonly ok: false; readonly problem: Localized };

/** Caps that keep one channel's filters cheap, whatever a moderator types. */
export const FILTER_LIMITS = {
  /** Characters of a rule as typed. */
  ruleLength: 300,
  /** Characters of one regular expression. */
  regexLength: 200,
  /** Words and phrases in one rule. */
  termsPerRule: 20,
  /** Rules per channel, all kinds and feeds together. */
  rulesPerChannel: 30,
  /** Regular-expression rules per channel. */
  regexRulesPerChannel: 10,
} as const;

const QUOTES: Record<string, string> = { '"': '"', '“': '”', '„': '“', '«': '»' };

/**
 * Reads a rule's text: `/pattern/` is one regular expression (RE2 syntax, run by re2js in linear
 * time; case and accents ignored); anything else is words and "quoted phrases", any of which
 * matching makes the rule match. Errors say what is wrong and where.
 */
export function parseRuleText(raw: string): ParsedRule {
  const text = raw.trim();
  if (text === '') return fail((t) => t.t('rule.empty'));
  if (text.length > FILTER_LIMITS.ruleLength)
    return fail((t) =>
      t.t('rule.tooLong', { limit: FILTER_LIMITS.ruleLength, length: text.length }),
    );
  if (text.startsWith('/')) return parseRegex(text);
  return parseWords(text);
}

function parseRegex(text: string): ParsedRule {
  if (text.length < 2 || !text.endsWith('/')) return fail((t) => t.t('rule.regexUnclosed'));
  const source = text.slice(1, -1);
  if (source.trim() === '') return fail((t) => t.t('rule.regexEmpty'));
  if (source.length > FILTER_LIMITS.regexLength)
    return fail((t) =>
      t.t('rule.regexTooLong', { limit: FILTER_LIMITS.regexLength, length: source.length }),
    );
  const compiled = compileRegex(source);
  if (!compiled.ok) return compiled;
  if (compiled.branches.some((branch) => branch.regex.test('')))
    return fail((t) => t.t('rule.regexMatchesEmpty', { regex: `/${source}/` }));
  return { ok: true, terms: [{ type: 'regex', source, branches: compiled.branches }] };
}

/**
 * Compiles with RE2's syntax; the error names the position (1-based, in the pattern) of the part
 * that does not compile. The regex runs on lower-case, accent-free text, so its literal text is
 * lower-cased and stripped of accents too: re2js's case-insensitive mode would be about ten times
 * slower. (A pattern whose lower-cased form does not compile, such as the range [Z-a], runs
 * case-insensitively as written.)
 */
export function compileRegex(
  source: string,
): { ok: true; branches: RegexBranch[] } | { ok: false; problem: Localized } {
  try {
    const asWritten = RE2JS.compile(stripAccents(source), RE2JS.CASE_INSENSITIVE);
    const lowered = lowerPattern(stripAccents(source));
    try {
      RE2JS.compile(lowered);
      const branches = splitBranches(lowered).map((branch) => {
        const required = requiredLiterals(branch);
        const literal = literalBranch(branch);
        return {
          regex: RE2JS.compile(branch),
          required,
          requiredGrams: requiredGramsOf(required),
          literal,
          word: literal && wholeAsciiWord(literal) ? wordKey(literal.text) : undefined,
        };
      });
      return { ok: true, branches };
    } catch {
      return { ok: true, branches: [{ regex: asWritten, required: [] }] };
    }
  } catch (error) {
    if (error instanceof RE2JSSyntaxException) {
      // With flags, re2js reports the pattern with a "(?i)" prefix that the moderator never wrote.
      const part = error.getPattern()?.replace(/^\(\?i\)/, '');
      const at = part ? source.indexOf(part) : -1;
      // RE2's description of the error is a technical detail, kept in its own (English) words.
      const description = error.getDescription();
      return fail((t) =>
        at >= 0 && part
          ? t.t('rule.regexErrorAt', { regex: `/${source}/`, at: at + 1, part, description })
          : t.t('rule.regexError', { regex: `/${source}/`, description }),
      );
    }
    if (error instanceof RE2JSException) {
      const description = error.message;
      return fail((t) => t.t('rule.regexError', { regex: `/${source}/`, description }));
    }
    throw error;
  }
}

function parseWords(text: string): ParsedRule {
  const terms: WordTerm[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    if (/\s/.test(c) || c === ',') {
      i++;
      continue;
    }
    const close = QUOTES[c];
    let term: string;
    if (close !== undefined) {
      const end = text.indexOf(close, i + 1);
      const at = i + 1;
      if (end < 0) return fail((t) => t.t('rule.quoteUnclosed', { at }));
      term = text.slice(i + 1, end);
      i = end + 1;
    } else {
      const end = text.slice(i).search(/[\s,]/);
      term = end < 0 ? text.slice(i) : text.slice(i, i + end);
      i = end < 0 ? text.length : i + end;
    }
    const words = wordsOf(term);
    if (words.length === 0) return fail((t) => t.t('rule.noLetters', { term }));
    terms.push({ type: 'words', text: term.trim(), words, keys: words.map(wordKey) });
    if (terms.length > FILTER_LIMITS.termsPerRule)
      return fail((t) => t.t('rule.tooManyTerms', { limit: FILTER_LIMITS.termsPerRule }));
  }
  if (terms.length === 0) return fail((t) => t.t('rule.empty'));
  return { ok: true, terms };
}

function fail(problem: Localized): { ok: false; problem: Localized } {
  return { ok: false, problem };
}

/** Whether a rule's text is a regular expression (for the per-channel cap). */
export function isRegexRule(pattern: string): boolean {
  return pattern.trim().startsWith('/');
}

/**
 * Whether a regex term's pattern matches lower-case, accent-free text (with the text's trigram
 * bits when it has them: see trigram-bits.ts).
 */
export function regexMatches(
  branches: readonly RegexBranch[],
  text: string,
  bits?: Int32Array,
  at = 0,
): boolean {
  for (const branch of branches) {
    const grams = branch.requiredGrams;
    if (bits && grams && !gramsAllow(bits, grams, at)) continue;
    if (branchMatches(branch, text, bits, at)) return true;
  }
  return false;
}

/**
 * Whether a regex term matches a story: its trigram bits and word table answer first, and its
 * text is built and searched only for a branch they cannot decide.
 */
export function regexMatchesText(branches: readonly RegexBranch[], text: FilterText): boolean {
  const bits = text.grams;
  const at = text.gramsAt;
  for (const branch of branches) {
    const grams = branch.requiredGrams;
    if (bits && grams && !gramsAllow(bits, grams, at)) continue;
    if (branch.word && text.re2Words) {
      if (text.hasWord(branch.word)) return true;
    } else if (branchMatches(branch, text.plain, bits, at)) return true;
  }
  return false;
}

function branchMatches(
  branch: RegexBranch,
  text: string,
  bits: Int32Array | undefined,
  at: number,
): boolean {
  if (branch.literal) return literalMatches(branch.literal, text);
  return mayMatch(branch.required, text, bits, branch.requiredGrams, at) && branch.regex.test(text);
}
