const TRACKING_PARAMETERS =
  /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref|ref_src|cmpid|ocid|_ga)$/i;

/**
 * The form of a URL used to tell whether two links are the same article: lower-case host, no
 * fragment, no tracking parameters, no default port, no trailing slash. Not a URL returns as given.
 */
export function canonicalUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return url.trim();
  }
  parsed.hash = '';
  for (const name of [...parsed.searchParams.keys()]) {
    if (TRACKING_PARAMETERS.test(name)) parsed.searchParams.delete(name);
  }
  parsed.searchParams.sort();
  if (parsed.pathname.length > 1) parsed.pathname = parsed.pathname.replace(/\/+$/, '');
  const text = parsed.toString();
  return parsed.pathname === '/' && parsed.search === '' ? text.replace(/\/$/, '') : text;
}
