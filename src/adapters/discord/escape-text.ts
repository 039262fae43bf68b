import { safeText } from '../../core/text/safe-text.js';

const ZWSP = '\u200b';

/**
 * Breaks everything Discord would read as a mention or a special token: `@everyone`, `@here`,
 * `<@user>`, `<@!user>`, `<@&role>`, `<#channel>`, `</command:id>`, `<:emoji:id>`, `<t:time>`.
 * A zero-width space goes after the "@" or "<", so the text looks the same but pings nobody.
 */
export function neutraliseMentions(text: string): string {
  return text
    .replace(/@(?=everyone|here)/gi, `@${ZWSP}`)
    .replace(/<(?=[@#:/]|a:|t:|id:)/g, `<${ZWSP}`);
}

/** What Discord reads as a bare link; kept as it is, since escapes inside it would break it. */
const BARE_URL = /https?:\/\/[^\s<]+[^<.,:;"')\]\s]/g;

function escapeMarkup(text: string): string {
  return (
    text
      // Emphasis, code, strike-through, spoilers, escapes, and the brackets of masked links.
      .replace(/[\\*_~`|[\]]/g, '\\$&')
      // At the start of a line: quotes, headings, subtext, bullets, numbered items.
      .replace(/^(\s*)(>|#|-#|[-+](?=\s))/gm, '$1\\$2')
      .replace(/^(\s*\d+)\.(?=\s)/gm, '$1\\.')
  );
}

/**
 * Raw text made safe for Discord markdown (message content, embed titles and descriptions): no
 * bold, italics, code, spoilers, headings, lists, quotes, masked links or mentions can be injected,
 * and control characters and bidi overrides become spaces (safeText, as on Telegram and the console).
 * Bare URLs stay clickable. Linear in the length of the text (discord.js's escapeMarkdown is not:
 * its look-behinds make it quadratic, seconds for a long paragraph).
 */
export function escapeText(raw: string): string {
  // Article text is untrusted: no control character or bidi override reaches Discord either.
  const text = safeText(raw);
  let result = '';
  let last = 0;
  for (const match of text.matchAll(BARE_URL)) {
    result += escapeMarkup(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return neutraliseMentions(result + escapeMarkup(text.slice(last)));
}

/** Text for inside an inline code span, where backslashes do not escape: no backticks at all. */
export function codeSpanText(text: string): string {
  return neutraliseMentions(safeText(text).replace(/`/g, 'ˋ'));
}

/** An http(s) URL Discord accepts in a link or an embed, or undefined. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url || url.length > 2048 || !URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  // Parentheses and spaces would end a markdown link early.
  return parsed.href.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
