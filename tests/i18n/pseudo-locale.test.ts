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
import { createTestBot, MEMBER, MODERATOR } from '../support/test-services.js';

/**
 * Every command's answers and errors in the pseudo-locale, where each catalogue word is accented
 * and dates, ages and lists are Greek; the articles are Greek too. What is left in Latin letters,
 * after taking out what users type (commands, their choices and examples, URLs, time zones), is
 * English that did not come through the catalogue.
 */
const LINES: readonly (readonly [string, 'member' | 'moderator'])[] = [
  ['/help', 'member'],
  ...commands.map((c) => [`/help ${c.name}`, 'member'] as const),
  ['/help nosuch', 'member'],
  ['/news', 'member'],
  ['/news 2 μεταφορές', 'member'],
  ['/news 1 κανένα', 'member'],
  ['/news 99', 'member'],
  ['/summary 1', 'member'],
  ['/summary 2 2', 'member'],
  ['/summary 1 20', 'member'],
  ['/summary 42', 'member'],
  ['/summary σήραγγα λιμανιού', 'member'],
  ['/summary 1', 'member'],
  ['/summary ανύπαρκτο', 'member'],
  ['/summary https://news.test/none', 'member'],
  ['/source 1', 'member'],
  ['/source 3', 'member'],
  ['/source 1 τα διόδια παραμένουν σε αναστολή', 'member'],
  ['/source 1 εξωγήινοι στον Άρη', 'member'],
  ['/search βιβλία', 'member'],
  ['/search ελέφαντες', 'member'],
  ['/search', 'member'],
  ['/digest', 'member'],
  ['/digest on', 'member'],
  ['/digest preview', 'member'],
  ['/digest now', 'member'],
  ['/digest on', 'moderator'],
  ['/digest on extra', 'moderator'],
  ['/digest time 25:00', 'moderator'],
  ['/digest time 07:30', 'moderator'],
  ['/digest days κάποτε', 'moderator'],
  ['/digest days mon,wed,fri', 'moderator'],
  ['/digest timezone Άρης/Όλυμπος', 'moderator'],
  ['/digest timezone Europe/Berlin', 'moderator'],
  ['/digest size 0', 'moderator'],
  ['/digest size', 'moderator'],
  ['/digest size 3', 'moderator'],
  ['/digest topics !!!', 'moderator'],
  ['/digest topics', 'moderator'],
  ['/digest topics μεταφορές', 'moderator'],
  ['/digest language ελληνικά', 'moderator'],
  ['/digest preview', 'moderator'],
  ['/digest now', 'moderator'],
  ['/digest now', 'moderator'],
  ['/digest ξέρω', 'moderator'],
  ['/digest off', 'moderator'],
  ['/feeds', 'member'],
  ['/feeds list κάτι', 'member'],
  ['/feeds add https://news.test/feed.xml', 'member'],
  ['/feeds add', 'moderator'],
  ['/feeds add https://news.test/feed.xml', 'moderator'],
  ['/feeds remove 1', 'moderator'],
  ['/nwes', 'member'],
  ['/ξένο', 'member'],
  ['καλημέρα', 'member'],
  [`/search ${'λέξη '.repeat(300)}`, 'member'],
];

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
