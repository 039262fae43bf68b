import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { draft } from '../../support/builders.js';
import { runCommand, startBot, str, type StartedBot } from './harness.js';
import { IDS } from './peer/discord-peer.js';
import type { CommandOption } from './peer/interactions.js';

const TUNNEL_IMAGE = 'https://img.news.example/tunnel.jpg';
const RAIL_IMAGE = 'https://img.news.example/rail.png';
const chat = { platform: 'discord', id: IDS.channel };

// Pictures as the feeds and front matter keep them (already checked); one story has none.
const DRAFTS = [
  draft({
    title: 'Harbour tunnel tolls suspended',
    url: 'https://news.example/tunnel',
    image: TUNNEL_IMAGE,
    publishedAt: new Date('2026-11-26T11:00:00Z'),
    text: [
      'The city suspended tolls on the harbour tunnel after a week of congestion on the ring road. (Attribution: City Hall)',
    ],
  }),
  draft({
    title: 'Rail strike called off',
    url: 'https://news.example/rail',
    image: RAIL_IMAGE,
    publishedAt: new Date('2026-11-26T10:00:00Z'),
    text: [
      'Union leaders called off the planned rail strike after talks ran late into the night. (Attribution: Union)',
    ],
  }),
  draft({
    title: 'Library opens on Sundays',
    url: 'https://news.example/library',
    publishedAt: new Date('2026-11-26T09:00:00Z'),
    text: [
      'The central library will open on Sundays from next month, the council said on Tuesday. (Attribution: Council)',
    ],
  }),
];

let bot: StartedBot;
beforeAll(async () => {
  bot = await startBot({ drafts: DRAFTS });
  bot.services.digests.registerPoster(bot.adapter.poster);
});
afterAll(async () => {
  await bot.stop();
});
afterEach(() => {
  expect(bot.peer.problems).toEqual([]);
});

const run = (name: string, options: CommandOption[] = [], moderator = false) =>
  runCommand(bot, name, options, { moderator });

const thumbnails = (messages: any[]) =>
  messages.flatMap((m) => (m.embeds ?? []).map((e: any) => e.thumbnail?.url ?? null));

describe('Discord: articles’ pictures', () => {
  it('shows each /news item as an embed with its picture as the thumbnail, in list order', async () => {
    const messages = await run('news');
    const items = messages
      .flatMap((m) => m.embeds ?? [])
      .filter((e: any) => /^\d+\\?\. /.test(e.description ?? ''));
    expect(items.map((e: any) => e.description)).toEqual([
      expect.stringContaining('Harbour tunnel tolls suspended'),
      expect.stringContaining('Rail strike called off'),
      expect.stringContaining('Library opens on Sundays'),
    ]);
    expect(items.map((e: any) => e.thumbnail?.url ?? null)).toEqual([
      TUNNEL_IMAGE,
      RAIL_IMAGE,
      null,
    ]);
    // The buttons still run the same commands.
    expect(messages.at(-1).components.length).toBeGreaterThan(0);
  });

  it('puts each digest story’s picture in its embed, and none after /digest images off', async () => {
    await run('digest', [str('action', 'now')], true);
    const posted = bot.peer.channelMessages.get(IDS.channel) ?? [];
    expect(posted).toHaveLength(1);
    const stories = posted[0].embeds.filter((e: any) => e.title !== undefined);
    expect(stories.map((e: any) => [e.title, e.thumbnail?.url ?? null])).toEqual([
      ['Harbour tunnel tolls suspended', TUNNEL_IMAGE],
      ['Rail strike called off', RAIL_IMAGE],
      ['Library opens on Sundays', null],
    ]);

    const changed = await run('digest', [str('action', 'images'), str('value', 'off')], true);
    expect(JSON.stringify(changed)).toContain('Pictures:');
    expect(JSON.stringify(changed)).toContain('digests and /news show no pictures');
    expect((await bot.services.digests.settingsFor(chat)).showImages).toBe(false);
    expect(thumbnails(await run('news')).filter(Boolean)).toEqual([]);
    const preview = await run('digest', [str('action', 'preview')], true);
    expect(thumbnails(preview).filter(Boolean)).toEqual([]);

    await run('digest', [str('action', 'images'), str('value', 'on')], true);
    expect(thumbnails(await run('news')).filter(Boolean)).toEqual([TUNNEL_IMAGE, RAIL_IMAGE]);
  });

  it('answers a value that is neither on nor off with the usage, and changes nothing', async () => {
    const messages = await run('digest', [str('action', 'images'), str('value', 'maybe')], true);
    expect(JSON.stringify(messages)).toContain('\\"maybe\\" is neither on nor off.');
    expect((await bot.services.digests.settingsFor(chat)).showImages).toBe(true);
  });
});
