import { safeText } from '../../core/text/safe-text.js';
/**
 * The one escaping function of Telegram output (HTML parse mode). Every piece of text that is not
 * our own markup goes through `escapeHtml`; every link target through `safeHref`.
 */

/**
 * Text that Telegram accepts as it is: lone surrogates become U+FFFD, control characters and bidi
 * overrides spaces (see safeText).
 */
export function cleanText(text: string): string {
  return safeText(text).replace(/\r\n?/g, '\n');
}

/** Escapes text for Telegram HTML: `&`, `<`, `>` (and `"`, for attribute values). */
export function escapeHtml(text: string): string {
  return cleanText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** The URL as an escaped href value when Telegram will accept it as a link (http, https, tg), else undefined. */
export function safeHref(url: string | undefined): string | undefined {
  if (url === undefined || url.length > 2048 || !URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  if (!['http:', 'https:', 'tg:'].includes(parsed.protocol)) return undefined;
  return escapeHtml(parsed.href);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };

/** The text a reader sees in our HTML: tags removed, entities decoded (for a plain-text resend). */
export function htmlToPlainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot);/g, (_, name: string) => ENTITIES[name] ?? '');
}
