import type { Localized } from '../core/i18n/translator.js';

/**
 * A feed URL's key, or why the text is none: `reason` in English for logs and the operator's
 * feeds.txt, `problem` the same in the words of whoever added it (/feeds add).
 */
export type FeedUrlResult =
  | { readonly ok: true; readonly url: string }
  | { readonly ok: false; readonly reason: string; readonly problem: Localized };

/**
 * The form of a feed URL used as its key: parsed (lower-case host, no default port, encoded), with
 * no fragment. "example.com/feed" gets https://. Only http and https are feeds.
 */
export function normaliseFeedUrl(input: string): FeedUrlResult {
  let text = input.trim().replace(/^<(.*)>$/, '$1');
  if (/^[\w-]+(\.[\w-]+)+(:\d+)?(\/|$)/.test(text)) text = `https://${text}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    const shown = clip(displayUrl(text));
    return {
      ok: false,
      reason: `"${shown}" is not a URL`,
      problem: (t) => t.t('feedUrl.notUrl', { text: shown }),
    };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    const scheme = `${url.protocol.replace(/:$/, '')}:`;
    return {
      ok: false,
      reason: `only http and https addresses can be feeds, not ${scheme}`,
      problem: (t) => t.t('feedUrl.scheme', { scheme }),
    };
  }
  if (url.hostname === '')
    return { ok: false, reason: 'the URL names no host', problem: (t) => t.t('feedUrl.noHost') };
  if (credentialsOf(url) === 'malformed')
    return {
      ok: false,
      reason: MALFORMED_CREDENTIALS,
      problem: (t) => t.t('feedUrl.credentials'),
    };
  url.hash = '';
  return { ok: true, url: url.href };
}

export const MALFORMED_CREDENTIALS =
  'the user name or password in the URL has a % that is not followed by two hex digits';

/**
 * The user name and password a URL carries, decoded (sent as Basic authorization); undefined when
 * it carries none; 'malformed' when a %-escape in them cannot be decoded.
 */
export function credentialsOf(
  url: URL,
): { readonly user: string; readonly password: string } | undefined | 'malformed' {
  if (url.username === '' && url.password === '') return undefined;
  try {
    return { user: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
  } catch {
    return 'malformed';
  }
}

/** A URL as it may be shown or logged: any user name and password removed. */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.username === '' && parsed.password === '') return url;
    parsed.username = '';
    parsed.password = '';
    return parsed.href;
  } catch {
    return url.replace(/\/\/[^/@\s]*@/, '//');
  }
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
