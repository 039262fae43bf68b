import { describe, expect, it } from 'vitest';
import { autocompleteChoices } from '../../../src/adapters/discord/handle-interaction.js';
import { draft } from '../../support/builders.js';
import { createTestBot } from '../../support/test-services.js';

describe('Discord autocomplete', () => {
  const bot = createTestBot([
    draft({ title: 'Harbour tunnel reopens' }),
    draft({ title: 'Harbour fees rise' }),
  ]);
  const deps = { dispatcher: bot.dispatcher, articles: bot.services.articles };

  it('suggests titles for article options only', () => {
    expect(
      autocompleteChoices(deps, 'summary', 'ref', 'harb')
        .map((c) => c.name)
        .sort(),
    ).toEqual(['Harbour fees rise', 'Harbour tunnel reopens']);
    expect(autocompleteChoices(deps, 'news', 'topic', 'harb')).toEqual([]);
  });

  it('never suggests an article the chat may not see', () => {
    const choices = autocompleteChoices(deps, 'summary', 'ref', 'harb', (a) =>
      a.title.includes('fees'),
    );
    expect(choices.map((c) => c.name)).toEqual(['Harbour fees rise']);
  });
});
