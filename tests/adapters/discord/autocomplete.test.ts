import { describe, expect, it } from 'vitest';
import { autocompleteChoices } from '../../../src/adapters/discord/handle-interaction.js';
import { draft } from '../../support/builders.js';
import { createTestBot } from '../../support/test-services.js';

describe('Discord autocomplete', () => {
  const feed = (itemId: string) => ({
    kind: 'feed' as const,
    feedUrl: 'https://fees.test/rss',
    itemId,
  });
  const bot = createTestBot([
    draft({ title: 'Harbour tunnel reopens' }),
    draft({ title: 'Harbour fees rise', origin: feed('1') }),
  ]);
  const deps = { dispatcher: bot.dispatcher, articles: bot.services.articles };

  it('suggests titles for article options only', async () => {
    expect(
      (await autocompleteChoices(deps, 'summary', 'ref', 'harb')).map((c) => c.name).sort(),
    ).toEqual(['Harbour fees rise', 'Harbour tunnel reopens']);
    expect(await autocompleteChoices(deps, 'news', 'topic', 'harb')).toEqual([]);
  });

  it('never suggests an article the chat may not see', async () => {
    const choices = await autocompleteChoices(deps, 'summary', 'ref', 'harb', {
      feeds: new Set(),
    });
    expect(choices.map((c) => c.name)).toEqual(['Harbour tunnel reopens']);
  });

  it('finds an older title by whole words beyond the latest articles', async () => {
    const many = createTestBot([
      draft({ title: 'Lighthouse keeper retires', publishedAt: new Date('2020-01-01') }),
      ...Array.from({ length: 320 }, (_, i) =>
        draft({ title: `Market report ${i}`, publishedAt: new Date(Date.UTC(2026, 0, 1, 0, i)) }),
      ),
    ]);
    const choices = await autocompleteChoices(
      { dispatcher: many.dispatcher, articles: many.services.articles },
      'summary',
      'ref',
      'lighthouse keeper',
    );
    expect(choices.map((c) => c.name)).toEqual(['Lighthouse keeper retires']);
  });
});
