import { describe, expect, it } from 'vitest';
import { autocompleteChoices } from '../../../src/adapters/discord/handle-interaction.js';
import { LIMITS } from '../../../src/adapters/discord/limits.js';
import { draft } from '../../support/builders.js';
import { createTestBot, TEST_CHAT } from '../../support/test-services.js';

describe('Discord autocomplete', () => {
  it("shows the core's suggestions as choices within Discord's limits", async () => {
    const long = `Harbour ${'very '.repeat(40)}long title`;
    const many = Array.from({ length: 40 }, (_, i) => draft({ title: `Harbour story ${i}` }));
    const bot = createTestBot([draft({ title: long }), ...many]);
    const choices = await autocompleteChoices(bot.dispatcher, 'summary', 'ref', 'harb', TEST_CHAT);
    expect(choices).toHaveLength(LIMITS.choices);
    for (const choice of choices) {
      expect(choice.name.length).toBeLessThanOrEqual(LIMITS.choiceName);
      expect(choice.value.length).toBeLessThanOrEqual(LIMITS.choiceValue);
    }
    const [cut] = await autocompleteChoices(
      bot.dispatcher,
      'summary',
      'ref',
      'harbour very',
      TEST_CHAT,
    );
    expect(cut?.name).toBe(`${long.slice(0, LIMITS.choiceName - 1)}…`);
  });

  it('offers nothing for options that do not complete', async () => {
    const bot = createTestBot([draft({ title: 'Harbour tunnel reopens' })]);
    expect(await autocompleteChoices(bot.dispatcher, 'news', 'topic', 'harb', TEST_CHAT)).toEqual(
      [],
    );
  });
});
