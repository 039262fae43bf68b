/** The first words of a text, cut at a word boundary, with an ellipsis when cut. */
export function clipText(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  // Leave room for the ellipsis, and never cut a surrogate pair in two.
  let cut = text.slice(0, maxLength - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
