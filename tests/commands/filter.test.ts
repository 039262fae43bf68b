import { describe, expect, it } from 'vitest';
import { draft } from '../support/builders.js';
import { createTestBot, MEMBER, MODERATOR, TEST_CHAT } from '../support/test-services.js';

const at = (minutes: number) => new Date(Date.parse('2026-11-26T11:00:00Z') + minutes * 60_000);
const stories = [
  draft({
    title: 'Bitcoin slides again',
    publisher: 'Wire',
    publishedAt: at(1),
    text: ['Crypto markets fell.'],
  }),
  draft({
    title: 'Harbour tunnel reopens',
    publisher: 'Wire',
    publishedAt: at(2),
    text: ['Tolls stay suspended.'],
  }),
  draft({
    title: 'Élections à Genève',
    publisher: 'Wire',
    publishedAt: at(3),
    text: ['Le café était plein.'],
  }),
  draft({
    title: 'Sponsored: buy now',
    publisher: 'Wire',
    publishedAt: at(4),
    text: ['This is sponsored content.'],
  }),
];
const OTHER_CHAT = { platform: 'test', id: 'chat-2' };

describe('/filter', () => {
  it('says a channel has no filters, to anyone', async () => {
    const bot = createTestBot(stories);
    const { text, reply } = await bot.send('/filter', TEST_CHAT, MEMBER);
    expect(reply.tone).toBe('answer');
    expect(text).toContain('This channel has no filters');
  });

  it('lets only moderators change or test filters', async () => {
    const bot = createTestBot(stories);
    for (const line of [
      '/filter add exclude crypto',
      '/filter clear',
      '/filter remove 1',
      '/filter test 1',
    ]) {
      const { reply, text } = await bot.send(line, TEST_CHAT, MEMBER);
      expect(reply.tone).toBe('refusal');
      expect(text).toContain('Only moderators can');
    }
    expect(await bot.storage.filters.listRules(TEST_CHAT)).toEqual([]);
  });

  it('adds, lists, removes and clears rules, and /news of that channel only follows them', async () => {
    const bot = createTestBot(stories);
    const added = await bot.send(
      '/filter add exclude bitcoin "sponsored content"',
      TEST_CHAT,
      MODERATOR,
    );
    expect(added.text).toContain('Rule 1 added: exclude');
    expect(
      (await bot.send('/filter add exclude /g[eé]n[eè]ve/', TEST_CHAT, MODERATOR)).text,
    ).toContain('Rule 2 added');
    const listed = await bot.send('/filter', TEST_CHAT, MEMBER);
    expect(listed.text).toContain('Filters of this channel (2)');
    expect(listed.text).toContain('1. exclude bitcoin "sponsored content"');
    expect(listed.text).toContain('2. exclude /g[eé]n[eè]ve/');

    const news = await bot.send('/news 10', TEST_CHAT, MEMBER);
    expect(news.text).toContain('Harbour tunnel reopens');
    expect(news.text).not.toContain('Bitcoin');
    expect(news.text).not.toContain('Sponsored');
    expect(news.text).not.toContain('Genève');
    expect((await bot.send('/news 10', OTHER_CHAT, MEMBER)).text).toContain('Bitcoin slides again');

    const removed = await bot.send('/filter remove 2', TEST_CHAT, MODERATOR);
    expect(removed.text).toContain('Removed rule 2');
    expect((await bot.send('/news 10', TEST_CHAT, MEMBER)).text).toContain('Élections à Genève');
    expect((await bot.send('/filter clear', TEST_CHAT, MODERATOR)).text).toContain(
      'Removed the one filter rule',
    );
    expect((await bot.send('/news 10', TEST_CHAT, MEMBER)).text).toContain('Bitcoin slides again');
  });

  it('keeps only stories matching an include rule, ignoring accents and case', async () => {
    const bot = createTestBot(stories);
    await bot.send('/filter add include CAFE harbour', TEST_CHAT, MODERATOR);
    const news = await bot.send('/news 10', TEST_CHAT, MEMBER);
    expect(news.text).toContain('Harbour tunnel reopens');
    expect(news.text).toContain('Élections à Genève');
    expect(news.text).not.toContain('Bitcoin');
  });

  it('explains with /filter test which rule keeps or drops a story', async () => {
    const bot = createTestBot(stories);
    await bot.send('/filter add include harbour', TEST_CHAT, MODERATOR);
    await bot.send('/filter add exclude crypto', TEST_CHAT, MODERATOR);
    const dropped = await bot.send('/filter test bitcoin slides', TEST_CHAT, MODERATOR);
    expect(dropped.text).toContain('Left out: “Bitcoin slides again”');
    expect(dropped.text).toContain('Matches exclude rule 2 (“crypto”)');
    expect(dropped.text).toContain('Matches none of the include rules (1)');
    const kept = await bot.send('/filter test harbour tunnel', TEST_CHAT, MODERATOR);
    expect(kept.text).toContain('Kept: “Harbour tunnel reopens”');
    expect(kept.text).toContain('Matches include rule 1 (“harbour”)');
  });

  it('shows in /digest preview how many stories the filters left out', async () => {
    const bot = createTestBot(stories);
    await bot.send('/filter add exclude crypto sponsored', TEST_CHAT, MODERATOR);
    const preview = await bot.send('/digest preview', TEST_CHAT, MODERATOR);
    expect(preview.text).toContain('2 stories filtered out');
    expect(preview.text).toContain('Harbour tunnel reopens');
    expect(preview.text).not.toContain('Bitcoin');
    await bot.send('/filter add include nothingmatchesthis', TEST_CHAT, MODERATOR);
    const empty = await bot.send('/digest preview', TEST_CHAT, MODERATOR);
    expect(empty.text).toContain('Nothing new for this channel’s digest right now.');
    expect(empty.text).toContain('4 stories filtered out');
  });

  it('answers bad input with the problem and usage, saving nothing', async () => {
    const bot = createTestBot(stories);
    const cases: [string, string][] = [
      ['/filter add /(unclosed/', 'add needs include or exclude first'],
      ['/filter add exclude /(unclosed/', 'does not compile at character 1'],
      ['/filter add exclude', 'add exclude needs words'],
      ['/filter add include feed:1 climate', 'no feeds of its own'],
      ['/filter remove two', 'remove needs the number of a rule'],
      ['/filter remove 3', 'This channel has no filter rules'],
      ['/filter test', 'test needs an article'],
      ['/filter frobnicate', 'Usage: /filter'],
      ['/filter clear now', '/filter clear takes no value'],
    ];
    for (const [line, expected] of cases) {
      const { text, reply } = await bot.send(line, TEST_CHAT, MODERATOR);
      expect(reply.tone, line).not.toBe('answer');
      expect(text, line).toContain(expected);
    }
    expect(await bot.storage.filters.listRules(TEST_CHAT)).toEqual([]);
  });

  it('caps the rules of a channel and its regular expressions', async () => {
    const bot = createTestBot(stories);
    for (let i = 0; i < 10; i++)
      await bot.send(`/filter add exclude /word${i}x/`, TEST_CHAT, MODERATOR);
    expect((await bot.send('/filter add exclude /one-more/', TEST_CHAT, MODERATOR)).text).toContain(
      '10 regular-expression rules',
    );
    for (let i = 0; i < 20; i++)
      await bot.send(`/filter add exclude word${i}`, TEST_CHAT, MODERATOR);
    expect((await bot.send('/filter add exclude last', TEST_CHAT, MODERATOR)).text).toContain(
      '30 filter rules',
    );
    expect(await bot.storage.filters.listRules(TEST_CHAT)).toHaveLength(30);
  });
});
