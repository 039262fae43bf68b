/**
 * A regex branch that is only literal text, optionally between word boundaries (`\bmillion\b`,
 * `smith said`), is found with indexOf and a boundary check instead of re2js, whose automaton costs
 * about 10 µs on a story's 1,000 characters when the literal occurs (as a common word does in most
 * stories). The check is RE2's own definition, so the result is the same: `\b` holds between an
 * ASCII word character ([0-9A-Za-z_]) and anything else, the ends of the text counting as neither.
 */
export interface LiteralBranch {
  readonly text: string;
  readonly boundaryBefore: boolean;
  readonly boundaryAfter: boolean;
}

/** Literal text a (lower-cased) branch must equal, or undefined when it is more than that. */
const LITERAL = /^(\\b)?([a-z0-9 ]+)(\\b)?$/;

export function literalBranch(branch: string): LiteralBranch | undefined {
  const parts = LITERAL.exec(branch);
  if (!parts) return undefined;
  return {
    text: parts[2] ?? '',
    boundaryBefore: parts[1] !== undefined,
    boundaryAfter: parts[3] !== undefined,
  };
}

/** Whether the branch is one word of ASCII letters and digits between word boundaries. */
export function wholeAsciiWord(branch: LiteralBranch): boolean {
  return branch.boundaryBefore && branch.boundaryAfter && /^[a-z0-9]+$/.test(branch.text);
}

function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || // 0-9
    (code >= 65 && code <= 90) || // A-Z
    (code >= 97 && code <= 122) || // a-z
    code === 95 // _
  );
}

/** RE2's `\b` at position `at` of `text`. */
function boundaryAt(text: string, at: number): boolean {
  const before = at > 0 && isWordChar(text.charCodeAt(at - 1));
  const after = at < text.length && isWordChar(text.charCodeAt(at));
  return before !== after;
}

export function literalMatches(branch: LiteralBranch, text: string): boolean {
  const { text: literal, boundaryBefore, boundaryAfter } = branch;
  for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
    if (boundaryBefore && !boundaryAt(text, at)) continue;
    if (boundaryAfter && !boundaryAt(text, at + literal.length)) continue;
    return true;
  }
  return false;
}
