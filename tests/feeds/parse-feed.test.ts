import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeedDocument, type ParsedFeed } from '../../src/feeds/parse-feed.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/feeds/${name}`, import.meta.url), 'utf8');

function parsed(name: string, url = 'https://feeds.example/feed'): ParsedFeed {
  const result = parseFeedDocument(fixture(name), url);
  if (!result.ok) throw new Error(result.reason);
  return result.feed;
}

describe('parseFeedDocument', () => {
  it('reads RSS 2.0: title, site, ttl, items with guid, absolute link, date and categories', () => {
    const feed = parsed('rss2.xml');
    expect(feed).toMatchObject({
      format: 'rss',
      title: 'Harbour Courier & Friends',
      siteUrl: 'https://courier.example/',
      language: 'en-gb',
      ttlMinutes: 30,
    });
    expect(feed.items).toHaveLength(4);
    const [tunnel, ferry, undated, bare] = feed.items;
    expect(tunnel).toMatchObject({
      guid: 'courier-1001',
      link: 'https://courier.example/news/tunnel?utm_source=rss&utm_medium=feed',
      title: 'Tunnel reopens after repairs',
      categories: ['Transport', 'City'],
      summaryHtml: 'A teaser.',
    });
    expect(tunnel?.publishedAt?.toISOString()).toBe('2026-11-24T07:15:00.000Z');
    expect(tunnel?.contentHtml).toContain('three months');
    expect(ferry?.publishedAt?.toISOString()).toBe('2026-11-24T12:00:00.000Z');
    expect(undated).toMatchObject({ guid: undefined, publishedAt: undefined });
    expect(bare).toMatchObject({ title: undefined, link: undefined, guid: undefined });
  });

  it('reads RSS 1.0 (RDF) with Dublin Core dates and subjects; a date without zone is UTC', () => {
    const feed = parsed('rdf.xml');
    expect(feed).toMatchObject({ format: 'rdf', title: 'Slash Example' });
    const [first, second] = feed.items;
    expect(first).toMatchObject({
      guid: 'https://slashdot.example/story/1',
      link: 'https://slashdot.example/story/1',
      categories: ['hardware'],
      summaryHtml: '<p>An open hardware board ships with &quot;free&quot; firmware.</p>',
    });
    expect(first?.publishedAt?.toISOString()).toBe('2026-11-24T09:30:00.000Z');
    expect(second?.publishedAt?.toISOString()).toBe('2026-11-24T06:00:00.000Z');
  });

  it('reads Atom 1.0: html/xhtml/text constructs, alternate links, published over updated', () => {
    const feed = parsed('atom.xml', 'https://science.example/atom.xml');
    expect(feed).toMatchObject({
      format: 'atom',
      title: 'Science & Society',
      siteUrl: 'https://science.example/',
    });
    const [coral, plain] = feed.items;
    expect(coral).toMatchObject({
      guid: 'tag:science.example,2026:coral',
      link: 'https://science.example/coral',
      title: 'Coral survey finds recovery',
      categories: ['Oceans'],
    });
    expect(coral?.publishedAt?.toISOString()).toBe('2026-11-24T15:00:00.000Z');
    expect(coral?.contentHtml).toContain('<p>Divers counted');
    expect(plain).toMatchObject({
      title: 'Plain <text> title',
      link: 'https://science.example/relative-entry',
      contentHtml: '<p>Escaped &amp; HTML content.</p>',
    });
    expect(plain?.publishedAt?.toISOString()).toBe('2026-11-23T08:00:00.000Z');
  });

  it('says why malformed XML, a web page, JSON or nothing is not a feed', () => {
    expect(parseFeedDocument(fixture('malformed.xml'), 'https://x.example/')).toEqual({
      ok: false,
      reason: expect.stringMatching(/^it is not well-formed XML/),
    });
    expect(
      parseFeedDocument('<!DOCTYPE html><html><body>Hi</body></html>', 'https://x.example/'),
    ).toEqual({ ok: false, reason: 'it is a web page, not an RSS or Atom feed' });
    expect(
      parseFeedDocument(
        '{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[]}',
        'https://x.example/',
      ),
    ).toMatchObject({ ok: false, reason: expect.stringContaining('JSON Feed') });
    expect(parseFeedDocument('', 'https://x.example/')).toEqual({
      ok: false,
      reason: 'the answer is empty',
    });
  });

  it('never expands entities declared in the document', () => {
    const started = performance.now();
    const feed = parsed('entity-bomb.xml');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(feed.title).toBe('Bomb &d;');
    expect(feed.items[0]?.title).toBe('Item &d;');
    expect(JSON.stringify(feed).length).toBeLessThan(2000);
  });

  it('refuses a document that declares an external entity', () => {
    const result = parseFeedDocument(fixture('external-entity.xml'), 'https://x.example/');
    expect(result).toEqual({
      ok: false,
      reason: 'the feed declares XML entities, which are refused',
    });
    expect(JSON.stringify(result)).not.toContain('root:');
  });

  it('keeps each item’s picture: media:thumbnail, then image media:content, then an image enclosure', () => {
    const rss = `<?xml version="1.0"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>T</title><link>https://a.example/</link>
<item><title>Thumb</title><link>https://a.example/1</link>
  <media:content url="https://img.example.com/c.jpg" medium="image"/><media:thumbnail url="https://img.example.com/t.jpg"/></item>
<item><title>Content</title><link>https://a.example/2</link>
  <media:content url="https://video.example.com/v.mp4" type="video/mp4"/>
  <media:group><media:content url="/pics/g.jpg" type="image/jpeg"/></media:group></item>
<item><title>Enclosure</title><link>https://a.example/3</link>
  <enclosure url="https://a.example/pod.mp3" type="audio/mpeg" length="1"/>
  <enclosure url="https://img.example.com/e.png" type="image/png" length="1"/></item>
<item><title>Hostile</title><link>https://a.example/4</link>
  <media:thumbnail url="javascript:alert(1)"/><media:content url="data:image/png;base64,AAAA" medium="image"/>
  <enclosure url="http://169.254.169.254/x.jpg" type="image/jpeg" length="1"/></item>
<item><title>None</title><link>https://a.example/5</link></item>
</channel></rss>`;
    const result = parseFeedDocument(rss, 'https://a.example/feed');
    if (!result.ok) throw new Error(result.reason);
    expect(result.feed.items.map((item) => item.image)).toEqual([
      'https://img.example.com/t.jpg',
      'https://a.example/pics/g.jpg',
      'https://img.example.com/e.png',
      undefined,
      undefined,
    ]);
  });

  it('reads an Atom entry’s picture from media:thumbnail or an image enclosure link', () => {
    const atom = `<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/"><title>A</title>
<entry><id>1</id><title>One</title><link rel="enclosure" type="image/jpeg" href="https://img.example.com/ae.jpg"/></entry>
<entry><id>2</id><title>Two</title><media:thumbnail url="https://img.example.com/at.jpg"/></entry>
</feed>`;
    const result = parseFeedDocument(atom, 'https://a.example/atom');
    if (!result.ok) throw new Error(result.reason);
    expect(result.feed.items.map((item) => item.image)).toEqual([
      'https://img.example.com/ae.jpg',
      'https://img.example.com/at.jpg',
    ]);
  });
});
