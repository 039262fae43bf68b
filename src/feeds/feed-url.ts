export type FeedUrlResult =
  { readonly ok: true; readonly url: string } | { readonly ok: false; readonly reason: string };

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
    return { ok: false, reason: `"${clip(displayUrl(text))}" is not a URL` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return {
      ok: false,
      reason: `only http and https addresses can be feeds, not ${url.protocol.replace(/:$/, '')}:`,
    };
  }
  if (url.hostname === '') return { ok: false, reason: 'the URL names no host' };
  url.hash = '';
  return { ok: true, url: url.href };
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
