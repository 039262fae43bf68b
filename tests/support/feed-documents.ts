/** Builders of feed documents for tests and benchmarks. */
export interface ItemSpec {
  readonly title?: string;
  readonly link?: string;
  readonly guid?: string;
  readonly date?: Date;
  readonly description?: string;
  readonly content?: string;
  readonly categories?: readonly string[];
  /** A picture, written as media:thumbnail. */
  readonly image?: string;
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function rssDocument(
  feed: { title: string; link?: string; ttl?: number },
  items: readonly ItemSpec[],
): string {
  const body = items
    .map((item) =>
      [
        '<item>',
        item.title === undefined ? '' : `<title>${escape(item.title)}</title>`,
        item.link === undefined ? '' : `<link>${escape(item.link)}</link>`,
        item.guid === undefined ? '' : `<guid isPermaLink="false">${escape(item.guid)}</guid>`,
        item.date === undefined ? '' : `<pubDate>${item.date.toUTCString()}</pubDate>`,
        ...(item.categories ?? []).map((c) => `<category>${escape(c)}</category>`),
        item.image === undefined ? '' : `<media:thumbnail url="${escape(item.image)}"/>`,
        item.description === undefined
          ? ''
          : `<description>${escape(item.description)}</description>`,
        item.content === undefined
          ? ''
          : `<content:encoded><![CDATA[${item.content}]]></content:encoded>`,
        '</item>',
      ].join(''),
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:media="http://search.yahoo.com/mrss/">
<channel><title>${escape(feed.title)}</title><link>${escape(feed.link ?? 'https://site.example/')}</link>
<description>Test feed</description>${feed.ttl ? `<ttl>${feed.ttl}</ttl>` : ''}
${body}
</channel></rss>`;
}

export function atomDocument(feed: { title: string }, items: readonly ItemSpec[]): string {
  const entries = items
    .map(
      (
        item,
      ) => `<entry><title>${escape(item.title ?? '')}</title>${item.link ? `<link href="${escape(item.link)}"/>` : ''}
<id>${escape(item.guid ?? item.link ?? 'urn:x')}</id><updated>${(item.date ?? new Date(0)).toISOString()}</updated>
${item.content ? `<content type="html">${escape(item.content)}</content>` : ''}${item.description ? `<summary>${escape(item.description)}</summary>` : ''}</entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>${escape(feed.title)}</title><id>urn:feed</id><updated>2026-01-01T00:00:00Z</updated>\n${entries}\n</feed>`;
}

/** A paragraph of full article text, long enough not to count as a teaser. */
export function longText(topic: string, sentences = 6): string {
  return Array.from(
    { length: sentences },
    (_, i) =>
      `Sentence ${i + 1} about ${topic} explains what happened, who said it and why it matters to readers in the harbour city.`,
  ).join(' ');
}
