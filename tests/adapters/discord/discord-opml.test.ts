import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readOpml } from '../../../src/feeds/opml.js';
import { createFeedBot, stopFeedBots } from '../../support/feed-bot.js';
import { startFixtureServer, type FixtureServer } from '../../support/fixture-server.js';
import { serveSmallFeeds } from '../../support/small-feeds.js';
import { startBot, type StartedBot } from './harness.js';
import { PERMISSIONS, type CommandOption } from './peer/interactions.js';

/** OPML through the real discord.js: an attachment option for import, an uploaded file for export. */
let bot: StartedBot;
let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
  serveSmallFeeds(server, ['a', 'b']);
  const { bot: core } = createFeedBot();
  bot = await startBot({ services: core.services });
});
afterAll(async () => {
  await bot.stop();
  await stopFeedBots();
  await server.close();
});
afterEach(() => {
  expect(bot.peer.problems).toEqual([]);
});

const str = (name: string, value: string): CommandOption => ({ name, type: 3, value });
const textOf = (messages: any[]) =>
  messages
    .flatMap((m) => [m.content ?? '', ...(m.embeds ?? []).map((e: any) => e.description ?? '')])
    .join('\n');

async function feeds(
  action: string,
  file?: { name: string; content: string | Buffer },
  permissions = PERMISSIONS.manager,
) {
  const attached = file && bot.peer.attach('file', file.name, file.content);
  const record = bot.peer.send({
    kind: 'command',
    name: 'feeds',
    options: [str('action', action), ...(attached ? [attached.option] : [])],
    ...(attached ? { attachments: attached.attachments } : {}),
    permissions,
  });
  return bot.peer.answer(record);
}

describe('OPML through the Discord adapter', () => {
  it('registers /feeds with an optional attachment option', () => {
    const command = bot.peer.registrations[0]?.commands.find((c: any) => c.name === 'feeds');
    expect(command.options.at(-1)).toMatchObject({ type: 11, name: 'file', required: false });
  });

  it('imports the feeds of an attached OPML file, then exports them as an uploaded file', async () => {
    const opml = `<?xml version="1.0"?><opml version="2.0"><body><outline text="Mine"><outline type="rss" text="A" xmlUrl="${server.url('/a.xml')}"/><outline type="rss" text="B &amp; co" xmlUrl="${server.url('/b.xml')}"/><outline type="rss" text="Bad" xmlUrl="javascript:alert(1)"/></outline></body></opml>`;
    const fetchesBefore = bot.peer.attachmentFetches.length;
    const refused = await feeds('import', { name: 'mine.opml', content: opml }, PERMISSIONS.member);
    expect(textOf(refused)).toContain('Only moderators');
    // A member's file is never downloaded.
    expect(bot.peer.attachmentFetches.length).toBe(fetchesBefore);

    const report = textOf(await feeds('import', { name: 'mine.opml', content: opml }));
    expect(report).toContain('Imported mine.opml: 2 added, 0 already there, 1 refused.');
    expect(report).toContain('**refused:** Bad — only http and https addresses can be feeds');
    expect(bot.peer.attachmentFetches.length).toBe(fetchesBefore + 1);

    const exported = await feeds('export');
    expect(textOf(exported)).toContain('The 2 feeds of this channel as OPML');
    const uploads = exported.flatMap((m) => m.uploads ?? []);
    expect(uploads.map((u: any) => u.name)).toEqual(['briefly-feeds.opml']);
    expect(readOpml(uploads[0].text)).toEqual({
      ok: true,
      feeds: [
        { url: server.url('/a.xml'), title: 'Feed A' },
        { url: server.url('/b.xml'), title: 'Feed B' },
      ],
    });
    expect(textOf(exported)).not.toContain('cannot be attached');
  });

  it('refuses a file that is not OPML, one over 1 MB, and an import without a file, adding nothing', async () => {
    const png = await feeds('import', {
      name: 'photo.png',
      content: Buffer.from([0x89, 0x50, 0x4e, 0x47]),
    });
    expect(textOf(png)).toContain('Nothing imported from photo.png: it is not an OPML file');
    const big = await feeds('import', { name: 'big.opml', content: 'x'.repeat(1024 * 1024 + 10) });
    expect(textOf(big)).toContain('Nothing imported: big.opml is 1.0 MB');
    expect(textOf(await feeds('import'))).toContain('Attach an OPML file');
    expect(textOf(await feeds('list'))).toContain('Feed A');
  });
});
