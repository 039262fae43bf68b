import { classEnd, escapeEnd } from './regex-prefilter.js';

/**
 * Splits a pattern into branches that match exactly what it matches together: its top-level
 * alternatives, and a leading group's alternatives distributed over the rest ("(a|b)c" is "ac" or
 * "bc"). re2js is fast on a pattern that starts with a literal (it searches for it) and about 30
 * times slower elsewhere, so "\bmillion\b|\bpercent\b" is much cheaper as two patterns.
 * Patterns that set flags ("(?s)") or quote text (\Q…\E) are left whole: a flag set in one branch
 * would reach the next.
 */

/** Most branches one pattern is split into. */
const MAX_BRANCHES = 16;

export function splitBranches(pattern: string): string[] {
  if (/\(\?[a-zA-Z-]*\)/.test(pattern) || pattern.includes('\\Q')) return [pattern];
  const branches = expand(pattern, 0);
  return branches && branches.length <= MAX_BRANCHES ? branches : [pattern];
}

function expand(pattern: string, depth: number): string[] | undefined {
  const alternatives = topLevel(pattern);
  if (!alternatives) return undefined;
  const out: string[] = [];
  for (const alternative of alternatives) {
    const grouped = depth < 3 ? leadingGroup(alternative) : undefined;
    if (!grouped) {
      out.push(alternative);
      continue;
    }
    const inner = topLevel(grouped.body);
    if (!inner || inner.length < 2) {
      out.push(alternative);
      continue;
    }
    for (const choice of inner) {
      // A choice has no top-level "|" and the rest starts with no quantifier: plain concatenation.
      const more = expand(`${choice}${grouped.rest}`, depth + 1);
      if (!more) return undefined;
      out.push(...more);
    }
    if (out.length > MAX_BRANCHES) return undefined;
  }
  return out;
}

/** The top-level alternatives of a pattern, split at "|" outside groups and classes. */
function topLevel(pattern: string): string[] | undefined {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === '\\') {
      i = escapeEnd(pattern, i) - 1;
    } else if (c === '[') {
      i = classEnd(pattern, i) - 1;
    } else if (c === '(') {
      depth++;
    } else if (c === ')') {
      depth--;
      if (depth < 0) return undefined;
    } else if (c === '|' && depth === 0) {
      parts.push(pattern.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(pattern.slice(start));
  return depth === 0 ? parts : undefined;
}

/** "( body ) rest" when the alternative starts with a plain or non-capturing group not repeated. */
function leadingGroup(alternative: string): { body: string; rest: string } | undefined {
  const opening = /^\((?:\?:|\?P?<[^>]*>)?/.exec(alternative)?.[0] ?? '';
  // Groups that set flags, "(?i:…)", are left whole.
  if (opening === '' || (opening === '(' && alternative.startsWith('(?'))) return undefined;
  let depth = 0;
  for (let i = 0; i < alternative.length; i++) {
    const c = alternative.charAt(i);
    if (c === '\\') i = escapeEnd(alternative, i) - 1;
    else if (c === '[') i = classEnd(alternative, i) - 1;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) {
      const rest = alternative.slice(i + 1);
      if (/^[*+?{]/.test(rest)) return undefined;
      return { body: alternative.slice(opening.length, i), rest };
    }
  }
  return undefined;
}
