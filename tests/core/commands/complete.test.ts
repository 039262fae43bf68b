import { describe, expect, it } from 'vitest';
import { noFeeds, type FeedService } from '../../../src/core/ports/feed-service.js';
import { draft } from '../../support/builders.js';
import { createTestBot, TEST_CHAT } from '../../support/test-services.js';

const feedOrigin = (feedUrl: string, itemId: string) => ({
  kind: 'feed' as const,
  feedUrl,
  itemId,
});
const drafts = [
  draft({ title: 'Harbour tunnel reopens' }),
  draft({ title: 'Harbour fees rise', origin: feedOrigin('https://fees.test/rss', '1') }),
];

describe('dispatcher.complete', () => {
  it('suggests article titles for article options, best first, within the limit', async () => {
    const bot = createTestBot([...drafts, draft({ title: 'Harbour' })]);
    const all = await bot.dispatcher.complete('summary', 'ref', 'harb', TEST_CHAT, 10);
    expect(all.map((c) => c.label).sort()).toEqual([
      'Harbour',
      'Harbour fees rise',
      'Harbour tunnel reopens',
    ]);
    for (const c of all) expect((await bot.services.articles.get(c.value))?.title).toBe(c.label);
    expect(await bot.dispatcher.complete('source', 'ref', 'harb', TEST_CHAT, 2)).toHaveLength(2);
  });

  it('suggests nothing for other options, unknown options and unknown commands', async () => {
    const bot = createTestBot(drafts);
    expect(await bot.dispatcher.complete('news', 'topic', 'harb', TEST_CHAT, 10)).toEqual([]);
    expect(await bot.dispatcher.complete('summary', 'nope', 'harb', TEST_CHAT, 10)).toEqual([]);
    expect(await bot.dispatcher.complete('nope', 'ref', 'harb', TEST_CHAT, 10)).toEqual([]);
  });

  it('never suggests an article the chat may not see', async () => {
    const feeds: FeedService = {
      ...noFeeds,
      // This chat follows no feed: it sees file articles only; another chat sees the fees feed.
      visibleTo: (chat) =>
        Promise.resolve({
          feeds: new Set(chat.id === TEST_CHAT.id ? [] : ['https://fees.test/rss']),
        }),
    };
    const bot = createTestBot(drafts, { feeds });
    const seen = await bot.dispatcher.complete('summary', 'ref', 'harb', TEST_CHAT, 10);
    expect(seen.map((c) => c.label)).toEqual(['Harbour tunnel reopens']);
    const other = { platform: 'test', id: 'other' };
    const theirs = await bot.dispatcher.complete('summary', 'ref', 'harb', other, 10);
    expect(theirs.map((c) => c.label).sort()).toEqual([
      'Harbour fees rise',
      'Harbour tunnel reopens',
    ]);
  });

  it('finds an older title by whole words beyond the latest articles', async () => {
    const bot = createTestBot([
      draft({ title: 'Lighthouse keeper retires', publishedAt: new Date('2020-01-01') }),
      ...Array.from({ length: 320 }, (_, i) =>
        draft({ title: `Market report ${i}`, publishedAt: new Date(Date.UTC(2026, 0, 1, 0, i)) }),
      ),
    ]);
    const choices = await bot.dispatcher.complete(
      'summary',
      'ref',
      'lighthouse keeper',
      TEST_CHAT,
      10,
    );
    expect(choices.map((c) => c.label)).toEqual(['Lighthouse keeper retires']);
  });
});
