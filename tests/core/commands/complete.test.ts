import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/articles/article.js';
import { noFeeds, type FeedService } from '../../../src/core/ports/feed-service.js';
import { draft } from '../../support/builders.js';
import { createTestBot, TEST_CHAT } from '../../support/test-services.js';

const drafts = [draft({ title: 'Harbour tunnel reopens' }), draft({ title: 'Harbour fees rise' })];

describe('dispatcher.complete', () => {
  it('suggests article titles for article options, best first, within the limit', async () => {
    const bot = createTestBot([...drafts, draft({ title: 'Harbour' })]);
    const all = await bot.dispatcher.complete('summary', 'ref', 'harb', TEST_CHAT, 10);
    expect(all.map((c) => c.label).sort()).toEqual([
      'Harbour',
      'Harbour fees rise',
      'Harbour tunnel reopens',
    ]);
    for (const c of all) expect(bot.services.articles.get(c.value)?.title).toBe(c.label);
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
      visibleTo: (chat) =>
        Promise.resolve((a: Article) => chat.id === TEST_CHAT.id && a.title.includes('fees')),
    };
    const bot = createTestBot(drafts, { feeds });
    const seen = await bot.dispatcher.complete('summary', 'ref', 'harb', TEST_CHAT, 10);
    expect(seen.map((c) => c.label)).toEqual(['Harbour fees rise']);
    const other = { platform: 'test', id: 'other' };
    expect(await bot.dispatcher.complete('summary', 'ref', 'harb', other, 10)).toEqual([]);
  });
});
