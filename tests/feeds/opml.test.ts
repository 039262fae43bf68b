import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/core/i18n/catalogue.js';

const english = catalogue.translator('en');
import { OPML_LIMITS, readOpml, writeOpml } from '../../src/feeds/opml.js';

const opml = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0"><head><title>Mine</title></head><body>${body}</body></opml>`;

describe('readOpml', () => {
  it('reads the feeds of nested folders once each, with their titles, entities decoded', () => {
    const reading = readOpml(
      opml(`
        <outline text="News">
          <outline type="rss" text="Harbour &amp; Sea" xmlUrl="https://a.test/feed?x=1&amp;y=2"/>
          <outline text="Deeper"><outline type="rss" title="B" text="b" xmlUrl="https://b.test/rss"/></outline>
        </outline>
        <outline type="rss" text="Again" xmlUrl="https://a.test/feed?x=1&amp;y=2"/>
        <outline text="A folder without a feed"/>`),
    );
    expect(reading).toEqual({
      ok: true,
      feeds: [
        { url: 'https://a.test/feed?x=1&y=2', title: 'Harbour & Sea' },
        { url: 'https://b.test/rss', title: 'B' },
      ],
    });
  });

  it('takes back what writeOpml writes', () => {
    const feeds = [
      { url: 'https://a.test/feed?x=1&y=2', title: 'A <b> & "c"' },
      { url: 'https://b.test/rss', title: undefined },
    ];
    const text = writeOpml('Briefly feeds', feeds, new Date('2026-12-01T00:00:00Z'));
    expect(text).toContain('<opml version="2.0">');
    expect(readOpml(text)).toEqual({
      ok: true,
      feeds: [feeds[0], { url: 'https://b.test/rss', title: 'https://b.test/rss' }],
    });
  });

  it.each([
    ['not XML', 'just some text, not a list of feeds', 'not an OPML file'],
    ['an RSS feed', '<?xml version="1.0"?><rss><channel></channel></rss>', 'not an OPML file'],
    [
      'broken XML',
      '<opml version="2.0"><body><outline text="x></body></opml>',
      'not a well-formed OPML file',
    ],
    ['2 MB', opml(`<outline text="${'x'.repeat(2 * 1024 * 1024)}"/>`), 'at most 1 MB'],
    [
      '10,000 nested outlines',
      opml(`${'<outline text="x">'.repeat(10_000)}${'</outline>'.repeat(10_000)}`),
      'nested 10,000 deep',
    ],
    [
      '5,000 feeds',
      opml(
        Array.from(
          { length: 5_000 },
          (_, i) => `<outline type="rss" text="f${i}" xmlUrl="https://f${i}.test/rss"/>`,
        ).join(''),
      ),
      `lists 5,000 feeds; one import takes at most ${OPML_LIMITS.feeds}`,
    ],
    ['30,000 flat outlines', opml('<outline text="x"/>'.repeat(30_000)), 'it has 30,000 outlines'],
  ])('refuses %s with the reason', (_label, text, reason) => {
    const reading = readOpml(text);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.reason(english)).toContain(reason);
  });

  it('never expands a declared entity', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><opml version="2.0"><body><outline text="&b;" xmlUrl="https://x.test/&b;"/></body></opml>`;
    const reading = readOpml(bomb);
    if (reading.ok) expect(JSON.stringify(reading.feeds)).not.toContain('aaaaaaaaaa');
    else expect(reading.reason(english)).toMatch(/OPML/);
  });
});
