import { isPublicAddress } from '../net/public-address.js';

/** Longest image URL kept: Discord's embed URLs and Telegram's link preview URLs stay well within it. */
export const MAX_IMAGE_URL_LENGTH = 2048;

/** Host names that never name a public server (RFC 6761, RFC 8375, common internal suffixes). */
const INTERNAL_HOST =
  /(^|\.)(localhost|local|internal|intranet|lan|home|corp|home\.arpa|test|invalid)$/i;

export type ImageUrlCheck =
  { readonly ok: true; readonly url: string } | { readonly ok: false; readonly reason: string };

/**
 * Whether an article's image URL may be shown: http or https (both platforms show either), a host
 * that is a public name or a public address, no user name or password, at most 2,048 characters.
 * The bot never fetches the image: Discord and Telegram do, from their side, so a private address
 * is refused because it names someone's internal network, and `javascript:` or `data:` because they
 * are not images on the web. Relative URLs are resolved against `base` (the article's page or feed).
 */
export function checkImageUrl(raw: string | undefined, base?: string): ImageUrlCheck {
  const text = raw?.trim() ?? '';
  if (text === '') return { ok: false, reason: 'no image URL' };
  let url: URL;
  try {
    url = base === undefined ? new URL(text) : new URL(text, base);
  } catch {
    return { ok: false, reason: 'not a URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, reason: `${url.protocol.replace(/:$/, '')}: is not a web address` };
  if (url.username !== '' || url.password !== '')
    return { ok: false, reason: 'it carries a user name or password' };
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const isAddress = /^[\d.]+$/.test(host) || host.includes(':');
  if (isAddress ? !isPublicAddress(host) : INTERNAL_HOST.test(host) || !host.includes('.'))
    return { ok: false, reason: `${host} is a private or internal address` };
  if (url.href.length > MAX_IMAGE_URL_LENGTH)
    return { ok: false, reason: `longer than ${MAX_IMAGE_URL_LENGTH} characters` };
  return { ok: true, url: url.href };
}

/** The image URL when it may be shown, else undefined. */
export function safeImageUrl(raw: string | undefined, base?: string): string | undefined {
  const check = checkImageUrl(raw, base);
  return check.ok ? check.url : undefined;
}
