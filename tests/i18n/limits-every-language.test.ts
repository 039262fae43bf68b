import { describe, expect, it } from 'vitest';
import { ButtonIds } from '../../src/adapters/discord/button-ids.js';
import { renderReply as renderDiscord } from '../../src/adapters/discord/render-reply.js';
import { CallbackCodec } from '../../src/adapters/telegram/callback-data.js';
import { renderReply as renderTelegram } from '../../src/adapters/telegram/render-reply.js';
import { SUPPORTED_LOCALES } from '../../src/core/i18n/locales.js';
import type { ChatRef } from '../../src/core/ports/chat-memory.js';
import { mentionsProblems, messageProblems } from '../adapters/discord/peer/check-payloads.js';
import { checkTelegramHtml } from '../adapters/telegram/peer/telegram-html.js';
import { draft } from '../support/builders.js';
import { COMMAND_LINES } from '../support/command-lines.js';
import { FakeClock } from '../support/fake-clock.js';
import { greekArticles } from '../support/foreign-articles.js';
import { createTestBot, MEMBER, MODERATOR } from '../support/test-services.js';

/** Right-to-left and mixed-script articles, with text built to break HTML, markdown and pings. */
const HEBREW_TITLE = 'הרכבת הקלה בתל אביב נפתחת מחדש <b>&amp; @everyone';
const ARABIC_TITLE = 'افتتاح نفق الميناء بعد ستة أشهر من الأشغال (Harbour **tunnel**)';
const RTL = [
  draft({
    title: HEBREW_TITLE,
    url: 'https://news.test/he',
    publishedAt: new Date('2026-11-26T11:30:00Z'),
    text: [
      'הרכבת הקלה חוזרת לפעול ביום שני אחרי שישה חודשי עבודות. [לחצו כאן](https://evil.example) <@123> (Attribution: עיריית תל אביב)',
      'Mixed scripts: עברית, English, русский и العربية in one line & <i>tags</i>.',
    ],
  }),
  draft({
    title: ARABIC_TITLE,
    url: 'https://news.test/ar',
    publishedAt: new Date('2026-11-26T11:40:00Z'),
    text: [
      'يعود النفق إلى العمل يوم الاثنين بعد ستة أشهر من أعمال الصيانة. (Attribution: البلدية)',
    ],
  }),
  draft({
    title: 'A very long article',
    publishedAt: new Date('2026-11-20T11:40:00Z'),
    text: Array.from({ length: 40 }, (_, i) =>
      `Paragraph ${i} of a long text that goes on. `.repeat(12),
    ),
  }),
];

const CHAT: ChatRef = { platform: 'test', id: 'limits' };

describe('limits and escaping in every language', () => {
  for (const locale of SUPPORTED_LOCALES) {
    it(`keeps every answer in ${locale} valid Telegram HTML and within Discord's limits`, async () => {
      const bot = createTestBot([...greekArticles(), ...RTL], {
        clock: new FakeClock(new Date('2026-11-26T12:00:00Z')),
      });
      bot.services.digests.registerPoster({
        platform: 'test',
        post: () => Promise.resolve({ ok: true, messageIds: ['m'] }),
      });
      const problems: string[] = [];
      let telegramText = '';
      let discordText = '';
      const lines = [
        ...COMMAND_LINES,
        ['/search הרכבת', 'member'] as const,
        ['/summary 1 10', 'member'] as const,
      ];
      for (const [line, who] of lines) {
        const caller = who === 'moderator' ? MODERATOR : MEMBER;
        const reply = await bot.dispatcher.dispatchLine(line, CHAT, caller, { chat: locale });
        expect(reply.locale, line).toBe(locale);
        const codec = new CallbackCodec();
        for (const part of renderTelegram(reply, (action) => codec.encode(action))) {
          const check = checkTelegramHtml(part.html);
          problems.push(...check.problems.map((p) => `${line} (Telegram): ${p}`));
          if (part.html.length > 4096)
            problems.push(`${line} (Telegram): ${part.html.length} chars`);
          telegramText += check.text;
        }
        for (const [i, message] of renderDiscord(reply, new ButtonIds()).entries()) {
          const body = { ...message, allowed_mentions: { parse: [] } };
          problems.push(...messageProblems(body, `${line} (Discord ${i})`));
          problems.push(...mentionsProblems(body, `${line} (Discord ${i})`));
          discordText += JSON.stringify(message);
        }
      }
      expect(problems).toEqual([]);
      // Right-to-left titles arrive as written (escaped, never altered) on both platforms.
      expect(telegramText).toContain(HEBREW_TITLE);
      expect(telegramText).toContain(ARABIC_TITLE);
      expect(discordText).toContain('הרכבת הקלה בתל אביב נפתחת מחדש');
      expect(discordText).not.toMatch(/@everyone/);
    });
  }
});
