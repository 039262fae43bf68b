import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Attachment, Caller } from '../../src/core/commands/define-command.js';
import { readOpml } from '../../src/feeds/opml.js';
import { createFeedBot, stopFeedBots } from '../support/feed-bot.js';
import { longText, rssDocument } from '../support/feed-documents.js';
import { send, startFixtureServer, type FixtureServer } from '../support/fixture-server.js';
import { MEMBER, TEST_CHAT } from '../support/test-services.js';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
  for (const name of ['a', 'b', 'c']) {
    server.route(
      `/${name}.xml`,
      send(
        rssDocument({ title: `Feed ${name.toUpperCase()}` }, [
          {
            title: `Story of ${name}`,
            link: server.url(`/${name}/1`),
            guid: `${name}1`,
            date: new Date('2026-11-26T11:00:00Z'),
            content: `<p>${longText(name)}</p>`,
          },
        ]),
      ),
    );
  }
  server.route(
    '/page.html',
    send('<!doctype html><html><body>Not a feed</body></html>', { 'content-type': 'text/html' }),
  );
});
afterEach(stopFeedBots);
afterAll(() => server.close());

/** A moderator who sent `text` as a file named `name`. */
function withFile(text: string, name = 'feeds.opml', size?: number): Caller {
  const attachment: Attachment = {
    name,
    size: size ?? Buffer.byteLength(text),
    readText: (max) =>
      Promise.resolve(
        Buffer.byteLength(text) > max ? { ok: false, reason: 'too large' } : { ok: true, text },
      ),
  };
  return { isModerator: () => Promise.resolve(true), attachment };
}

const opml = (urls: readonly string[]) =>
  `<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body><outline text="Folder">${urls
    .map((url, i) => `<outline type="rss" text="Listed ${i + 1}" xmlUrl="${url}"/>`)
    .join('')}</outline></body></opml>`;

describe('/feeds import and export', () => {
  it('adds each listed feed through the /feeds add checks and reports added, already there and refused', async () => {
    const { bot } = createFeedBot();
    await bot.send(`/feeds add ${server.url('/a.xml')}`, TEST_CHAT, withFile(''));
    const file = opml([
      server.url('/a.xml'),
      server.url('/b.xml'),
      server.url('/page.html'),
      'ftp://x.test/feed',
      server.url('/c.xml'),
    ]);
    const { text, reply } = await bot.send(
      '/feeds import',
      TEST_CHAT,
      withFile(file, 'reader.opml'),
    );
    expect(reply.tone).toBe('answer');
    expect(text).toContain('Imported reader.opml: 2 added, 1 already there, 2 refused.');
    expect(text).toContain('added: Feed B');
    expect(text).toContain('already there: Feed A');
    expect(text).toContain('refused: Listed 3 — it is a web page, not an RSS or Atom feed');
    expect(text).toMatch(/refused: Listed 4 — .*http/);
    expect((await bot.send('/feeds', TEST_CHAT, MEMBER)).text).toContain(
      'Feeds of this channel (3)',
    );
  });

  it('exports the channel’s feeds as an OPML file that import takes back', async () => {
    const { bot } = createFeedBot();
    await bot.send(`/feeds add ${server.url('/a.xml')}`, TEST_CHAT, withFile(''));
    await bot.send(`/feeds add ${server.url('/b.xml')}`, TEST_CHAT, withFile(''));
    const { reply } = await bot.send('/feeds export', TEST_CHAT, withFile(''));
    expect(reply.file?.name).toBe('briefly-feeds.opml');
    const reading = readOpml(reply.file?.text ?? '');
    expect(reading).toEqual({
      ok: true,
      feeds: [
        { url: server.url('/a.xml'), title: 'Feed A' },
        { url: server.url('/b.xml'), title: 'Feed B' },
      ],
    });
    const other = { platform: 'test', id: 'other' };
    const imported = await bot.send('/feeds import', other, withFile(reply.file?.text ?? ''));
    expect(imported.text).toContain('2 added, 0 already there, 0 refused');
  });

  it('stops at the channel’s feed limit and refuses the rest with the reason, without reading them', async () => {
    const { bot } = createFeedBot();
    const urls = Array.from({ length: 25 }, (_, i) => `${server.url('/a.xml')}?n=${i}`);
    const { text } = await bot.send('/feeds import', TEST_CHAT, withFile(opml(urls)));
    expect(text).toContain('20 added, 0 already there, 5 refused.');
    expect(text).toContain(
      '…and 10 more: 5 added or already there, 5 refused (this channel already has 20 feeds',
    );
    expect((await bot.services.feeds.list(TEST_CHAT)).feeds).toHaveLength(20);
  });

  it('refuses what is not an OPML file, or too big, adding nothing; members may not import or export', async () => {
    const { bot } = createFeedBot();
    const cases: [Caller, string][] = [
      [withFile('hello'), 'Nothing imported from feeds.opml: it is not an OPML file'],
      [withFile('<opml/>', 'big.opml', 50 * 1024 * 1024), 'Nothing imported: big.opml is 50.0 MB'],
      [withFile(opml([])), 'lists no feeds'],
      [{ isModerator: () => Promise.resolve(true) }, 'Attach an OPML file'],
    ];
    for (const [caller, expected] of cases) {
      const { text, reply } = await bot.send('/feeds import', TEST_CHAT, caller);
      expect(reply.tone).toBe('error');
      expect(text).toContain(expected);
    }
    expect((await bot.send('/feeds import', TEST_CHAT, MEMBER)).reply.tone).toBe('refusal');
    expect((await bot.send('/feeds export', TEST_CHAT, MEMBER)).reply.tone).toBe('refusal');
    expect((await bot.send('/feeds export', TEST_CHAT, withFile(''))).text).toContain(
      'no feeds of its own to export',
    );
    expect(await bot.services.feeds.list(TEST_CHAT)).toMatchObject({ feeds: [] });
  });
});
