import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { renderPlainText } from '../../src/adapters/console/render-plain-text.js';
import { describeOptions } from '../../src/core/commands/option-spec.js';
import { LANGUAGE_NAMES, PSEUDO_LOCALE } from '../../src/core/i18n/locales.js';
import type { ChatRef } from '../../src/core/ports/chat-memory.js';
import { paragraph } from '../../src/core/replies/build.js';
import type { Reply } from '../../src/core/replies/reply.js';
import { FakeClock } from '../support/fake-clock.js';
import { greekArticles } from '../support/foreign-articles.js';
import { COMMAND_LINES as LINES } from '../support/command-lines.js';
import { createTestBot, MEMBER, MODERATOR } from '../support/test-services.js';

/**
 * Every command's answers and errors in the pseudo-locale, where each catalogue word is accented
 * and dates, ages and lists are Greek; the articles are Greek too. What is left in Latin letters,
 * after taking out what users type (commands, their choices and examples, URLs, time zones), is
 * English that did not come through the catalogue.
 */
const CHAT: ChatRef = { platform: 'test', id: 'pseudo' };

/** Takes out what users type and data that is not Briefly's wording; returns the Latin words left. */
function englishLeft(text: string): string[] {
  const typed = new Set(commands.map((c) => c.name));
  const examples = commands.flatMap((c) =>
    (c.examples ?? []).filter(Boolean).map((e) => `/${c.name} ${e}`),
  );
  const choices = commands.flatMap((c) =>
    describeOptions(c.options).flatMap((o) => o.choices ?? []),
  );
  let rest = text;
  // The supported languages are listed by their own names, which are not translated on purpose.
  for (const name of Object.values(LANGUAGE_NAMES)) rest = rest.split(name).join(' ');
  for (const example of examples.sort((a, b) => b.length - a.length))
    rest = rest.split(example).join(' ');
  rest = rest
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\b(?:Europe\/Berlin|UTC)\b/g, ' ')
    .replace(/\b(?:include|exclude)\b/g, ' ') // a filter rule's kind, as moderators type it
    .replace(/[[<][a-z|]+\|[a-z|]+[\]>]/g, ' ') // a usage line's choices: [on|off|…]
    .replace(/\/([a-z_]+)(?: ([a-z_]+))?/g, (_m, command: string, word?: string) =>
      typed.has(command) && word !== undefined && !typed.has(word) && !choices.includes(word)
        ? ` ${word}`
        : ' ',
    );
  return rest.match(/[A-Za-z]{3,}/g) ?? [];
}

describe('pseudo-locale: every word Briefly writes comes from the catalogue', () => {
  it('finds English that bypassed the catalogue (the check can fail)', () => {
    const reply: Reply = { tone: 'answer', blocks: [paragraph('Nothing new here.')] };
    expect(englishLeft(renderPlainText(reply))).toEqual(['Nothing', 'new', 'here']);
    expect(englishLeft('/digest on · /help summary · https://x.test/a')).toEqual([]);
  });

  it('answers every command, error, usage and refusal without untranslated English', async () => {
    const bot = createTestBot(greekArticles(), {
      clock: new FakeClock(new Date('2026-11-26T12:00:00Z')),
    });
    bot.services.digests.registerPoster({
      platform: 'test',
      post: () => Promise.resolve({ ok: true, messageIds: ['m1'] }),
    });
    const offending: string[] = [];
    for (const [line, who] of LINES) {
      const caller = who === 'moderator' ? MODERATOR : MEMBER;
      const reply = await bot.dispatcher.dispatchLine(line, CHAT, caller, { chat: PSEUDO_LOCALE });
      const text = renderPlainText(reply);
      const left = englishLeft(text);
      if (left.length > 0) offending.push(`${line} → ${left.join(' ')}\n${text}`);
      expect(reply.locale, line).toBe(PSEUDO_LOCALE);
    }
    expect(offending).toEqual([]);
  });
});
