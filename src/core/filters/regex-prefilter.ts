import { gramsOf, mayContain } from './trigram-bits.js';

/**
 * Literal prefilters for regular expressions, as RE2's FilteredRE2 does: text that a pattern could
 * match must contain one of a few strings read off the pattern, so the regex runs only on stories
 * that contain one (a substring search is many times cheaper than re2js's automaton, which is fast
 * only where a pattern starts with a literal). Sound by construction: when in doubt (a class, an
 * escape, an optional part), nothing is required of that part.
 *
 * Works on the lower-cased pattern (see lowerPattern) against lower-cased text.
 */

/**
 * What a match must contain: for every set, at least one of its strings (an AND of ORs, most
 * selective set first). Empty when nothing can be required.
 */
export type Requirement = readonly (readonly string[])[];

/** A requirement's literals as trigram bit numbers (see trigram-bits.ts), set for set. */
export type RequiredGrams = readonly (readonly Int32Array[])[];

export function requiredGramsOf(required: Requirement): RequiredGrams {
  return required.map((set) => set.map(gramsOf));
}

/** Whether text with these trigram bits may meet the requirement (false is certain; no search). */
export function gramsAllow(bits: Int32Array, grams: RequiredGrams, at = 0): boolean {
  for (const set of grams) {
    let allowed = false;
    for (const literal of set)
      if (mayContain(bits, literal, at)) {
        allowed = true;
        break;
      }
    if (!allowed) return false;
  }
  return true;
}

/**
 * Whether a (lower-cased) text meets the requirement: if not, the regex cannot match it. With the
 * text's trigram bits, a literal whose trigrams are not all there is known absent without a search.
 */
export function mayMatch(
  required: Requirement,
  text: string,
  bits?: Int32Array,
  grams?: RequiredGrams,
  at = 0,
): boolean {
  // Loops, not every/some: this runs for every regex branch of every story.
  for (let i = 0; i < required.length; i++) {
    const set = required[i] ?? [];
    const setGrams = bits && grams?.[i];
    let found = false;
    for (let j = 0; j < set.length && !found; j++) {
      const literalGrams = setGrams?.[j];
      if (bits && literalGrams && !mayContain(bits, literalGrams, at)) continue;
      found = text.includes(set[j] ?? '');
    }
    if (!found) return false;
  }
  return true;
}

const QUANTIFIER = /^(?:\*|\+|\?|\{(\d+)(?:,(\d*))?\})\??/;

/** Lower-cases a pattern's literal text, leaving escapes (\D, \pL, \p{Greek}, \x{41}) as written. */
export function lowerPattern(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c !== '\\') {
      out += c.toLowerCase();
      continue;
    }
    const end = escapeEnd(pattern, i);
    // \Q…\E quotes literal text, which is lower-cased like any other literal.
    const quoted = pattern.charAt(i + 1) === 'Q';
    out += quoted
      ? pattern.slice(i, end).toLowerCase().replace(/^\\q/, '\\Q').replace(/\\e$/, '\\E')
      : pattern.slice(i, end);
    i = end - 1;
  }
  return out;
}

/** Where the escape starting at `i` (a backslash) ends (exclusive). */
export function escapeEnd(pattern: string, i: number): number {
  const next = pattern.charAt(i + 1);
  if ((next === 'p' || next === 'P' || next === 'x') && pattern.charAt(i + 2) === '{') {
    const close = pattern.indexOf('}', i + 3);
    return close < 0 ? pattern.length : close + 1;
  }
  if (next === 'p' || next === 'P') return Math.min(pattern.length, i + 3);
  if (next === 'Q') {
    const close = pattern.indexOf('\\E', i + 2);
    return close < 0 ? pattern.length : close + 2;
  }
  return Math.min(pattern.length, i + 2);
}

/** What any match of the (lower-cased, compiling) pattern must contain. */
export function requiredLiterals(pattern: string): Requirement {
  const parser = { pattern, at: 0 };
  return [...alternation(parser)].sort((x, y) => score(y) - score(x));
}

interface Parser {
  readonly pattern: string;
  at: number;
}

/**
 * Alternatives up to a ")" or the end. One alternative requires all it requires; of several,
 * each must require something, and a match contains the best string set of one of them.
 */
function alternation(p: Parser): Requirement {
  const alternatives: Requirement[] = [];
  for (;;) {
    alternatives.push(sequence(p));
    if (p.pattern.charAt(p.at) !== '|') break;
    p.at++;
  }
  if (alternatives.length === 1) return alternatives[0] ?? [];
  const union: string[] = [];
  for (const required of alternatives) {
    const best = [...required].sort((x, y) => score(y) - score(x))[0];
    if (!best) return [];
    union.push(...best);
  }
  return [[...new Set(union)]];
}

/** One alternative: its literal runs and its groups' requirements, all needed. */
function sequence(p: Parser): Requirement {
  const required: (readonly string[])[] = [];
  let run = '';
  const endRun = () => {
    if (run !== '') required.push([run]);
    run = '';
  };
  while (p.at < p.pattern.length) {
    const c = p.pattern.charAt(p.at);
    if (c === '|' || c === ')') break;
    if (c === '(') {
      endRun();
      const inner = group(p);
      if (!optional(takeQuantifier(p))) required.push(...inner);
      continue;
    }
    let literal: string | undefined;
    if (c === '[') {
      skipClass(p);
    } else if (c === '\\') {
      const next = p.pattern.charAt(p.at + 1);
      const end = escapeEnd(p.pattern, p.at);
      if (next !== '' && !/[\p{L}\p{N}]/u.test(next)) literal = next;
      p.at = end;
    } else {
      p.at++;
      if (c !== '.' && c !== '^' && c !== '$') literal = c;
    }
    const quantifier = takeQuantifier(p);
    if (literal === undefined) {
      endRun();
    } else if (quantifier === undefined) {
      run += literal;
    } else {
      if (!optional(quantifier)) run += literal;
      endRun();
    }
  }
  endRun();
  return required;
}

/** A group "( … )", "(?: … )", "(?P<n> … )", "(?i: … )" or a flag setting "(?i)". */
function group(p: Parser): Requirement {
  p.at++;
  if (p.pattern.charAt(p.at) === '?') {
    const header = /^\?(?:P?<[^>]*>|[a-zA-Z-]*:?)/.exec(p.pattern.slice(p.at));
    p.at += header?.[0].length ?? 1;
    if (
      p.pattern.charAt(p.at) === ')' &&
      !header?.[0].endsWith(':') &&
      !header?.[0].includes('<')
    ) {
      p.at++;
      return [];
    }
  }
  const required = alternation(p);
  if (p.pattern.charAt(p.at) === ')') p.at++;
  return required;
}

function skipClass(p: Parser): void {
  p.at = classEnd(p.pattern, p.at);
}

/** Where the character class starting at `start` ("[") ends (exclusive). */
export function classEnd(pattern: string, start: number): number {
  let i = start + 1;
  if (pattern.charAt(i) === '^') i++;
  if (pattern.charAt(i) === ']') i++;
  while (i < pattern.length && pattern.charAt(i) !== ']') {
    if (pattern.charAt(i) === '\\') i = escapeEnd(pattern, i);
    else if (pattern.startsWith('[:', i)) {
      const close = pattern.indexOf(':]', i + 2);
      i = close < 0 ? i + 1 : close + 2;
    } else i++;
  }
  return i + 1;
}

/** The quantifier after an atom, if any: [min]. */
function takeQuantifier(p: Parser): number | undefined {
  const match = QUANTIFIER.exec(p.pattern.slice(p.at));
  if (!match) return undefined;
  p.at += match[0].length;
  const symbol = match[0].charAt(0);
  if (symbol === '+') return 1;
  if (symbol === '*' || symbol === '?') return 0;
  return Number(match[1]);
}

const optional = (min: number | undefined) => min === 0;

/** A string set is as selective as its shortest string; fewer strings break ties. */
function score(set: readonly string[]): number {
  if (set.length === 0) return -1;
  return Math.min(...set.map((s) => s.length)) * 100 - set.length;
}
