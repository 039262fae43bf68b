import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readOpml } from '../../../src/feeds/opml.js';
import { createFeedBot, stopFeedBots } from '../../support/feed-bot.js';
import { startFixtureServer, type FixtureServer } from '../../support/fixture-server.js';
import { serveSmallFeeds } from '../../support/small-feeds.js';
import { startHarness, type Harness } from './harness.js';
import type { PeerChat, PeerUser } from './peer/bot-api-peer.js';
import { checkTelegramHtml } from './peer/telegram-html.js';

/** OPML through the real adapter: /feeds import with a document, /feeds export as a document. */
let h: Harness;
let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
  serveSmallFeeds(server, ['a', 'b']);
  const { bot } = createFeedBot();
  h = await startHarness([], { services: bot.services });
});
afterAll(async () => {
  await h.close();
  await stopFeedBots();
  await server.close();
});

const admin: PeerUser = { id: 8, first_name: 'Ada' };
const member: PeerUser = { id: 9, first_name: 'Max' };
const chat: PeerChat = { id: -100700, type: 'supergroup', title: 'Feeds' };

async function sentAfter(before: number, count = 1) {
  return (await h.peer.waitForSent(chat.id, before + count, 20_000)).slice(before);
}
const count = () => h.peer.sent.filter((m) => m.chatId === chat.id).length;

describe('OPML through the Telegram adapter', () => {
  it('imports the feeds of a document sent with /feeds import, then exports them as a document', async () => {
    h.peer.members.set(`${chat.id}:${admin.id}`, 'administrator');
    h.peer.members.set(`${chat.id}:${member.id}`, 'member');
    const file = `<?xml version="1.0"?><opml version="2.0"><body><outline text="Mine"><outline type="rss" text="A" xmlUrl="${server.url('/a.xml')}"/><outline type="rss" text="B &amp; co" xmlUrl="${server.url('/b.xml')}"/><outline type="rss" text="Bad" xmlUrl="javascript:alert(1)"/></outline></body></opml>`;

    let before = count();
    await h.peer.sendFile(chat, member, '/feeds import', 'mine.opml', file);
    expect(checkTelegramHtml((await sentAfter(before))[0]?.text ?? '').text).toContain(
      'Only moderators',
    );

    before = count();
    await h.peer.sendFile(chat, admin, '/feeds import', 'mine.opml', file);
    const [report] = await sentAfter(before);
    const shown = checkTelegramHtml(report?.text ?? '').text;
    expect(shown).toContain('Imported mine.opml: 2 added, 0 already there, 1 refused.');
    expect(shown).toContain('refused: Bad');

    before = count();
    await h.peer.send(chat, admin, '/feeds export');
    const [text, document] = await sentAfter(before, 2);
    expect(checkTelegramHtml(text?.text ?? '').text).toContain(
      'The 2 feeds of this channel as OPML',
    );
    expect(document?.document?.name).toBe('briefly-feeds.opml');
    expect(readOpml(document?.document?.text ?? '')).toEqual({
      ok: true,
      feeds: [
        { url: server.url('/a.xml'), title: 'Feed A' },
        { url: server.url('/b.xml'), title: 'Feed B' },
      ],
    });
    expect(h.peer.refusals.filter((r) => r.chatId === chat.id)).toEqual([]);
  });

  it('refuses a document that is not OPML, and /feeds import without one, adding nothing', async () => {
    const other: PeerChat = { id: -100701, type: 'supergroup', title: 'Other' };
    h.peer.members.set(`${other.id}:${admin.id}`, 'administrator');
    let before = h.peer.sent.filter((m) => m.chatId === other.id).length;
    await h.peer.sendFile(
      other,
      admin,
      '/feeds import',
      'photo.png',
      Buffer.from([0x89, 0x50, 0x4e, 0x47]),
    );
    let [answer] = (await h.peer.waitForSent(other.id, before + 1, 20_000)).slice(before);
    expect(checkTelegramHtml(answer?.text ?? '').text).toContain(
      'Nothing imported from photo.png: it is not an OPML file',
    );
    before = h.peer.sent.filter((m) => m.chatId === other.id).length;
    await h.peer.send(other, admin, '/feeds import');
    [answer] = (await h.peer.waitForSent(other.id, before + 1, 20_000)).slice(before);
    expect(checkTelegramHtml(answer?.text ?? '').text).toContain('Attach an OPML file');
  });
});
