import { describe, expect, it } from 'vitest';
import { renderPlainText } from '../../../src/adapters/console/render-plain-text.js';
import type { ChannelPoster } from '../../../src/core/ports/channel-poster.js';
import type { ChatRef } from '../../../src/core/ports/chat-memory.js';
import { createExtractiveSummarizer } from '../../../src/core/summaries/extractive-summarizer.js';
import type { Summarizer } from '../../../src/core/summaries/summarizer.js';
import { draft } from '../../support/builders.js';
import { createTestBot } from '../../support/test-services.js';

const at = (text: string) => new Date(`2026-11-${text}Z`);
const chats: ChatRef[] = ['a', 'b', 'c'].map((id) => ({ platform: 'test', id }));

describe('a digest run composes once what channels share', () => {
  it('gives channels with the same window and settings one digest, and a channel sent other articles its own', async () => {
    const summarized: string[] = [];
    const extractive = createExtractiveSummarizer();
    const summarizer: Summarizer = {
      summarize: (article, count) => {
        summarized.push(article.title);
        return extractive.summarize(article, count);
      },
    };
    const bot = createTestBot(
      [
        draft({
          title: 'Harbour tunnel reopens',
          publishedAt: at('26T03:00:00'),
          text: ['The harbour tunnel reopened on Tuesday after four months of repairs.'],
        }),
        draft({
          title: 'Night ferry cancelled',
          publishedAt: at('26T04:00:00'),
          text: ['The night ferry to the islands was cancelled for the winter.'],
        }),
        draft({
          title: 'Market hall gets a roof',
          publishedAt: at('26T05:00:00'),
          text: ['Builders finished the new glass roof of the market hall this week.'],
        }),
      ],
      { summarizer },
    );
    const posted = new Map<string, string>();
    const poster: ChannelPoster = {
      platform: 'test',
      post: (chat, reply) => {
        posted.set(chat.id, renderPlainText(reply));
        return Promise.resolve({ ok: true, messageIds: [chat.id] });
      },
    };
    bot.services.digests.registerPoster(poster);
    bot.clock.set('2026-11-26T06:00:00Z');
    for (const chat of chats)
      await bot.services.digests.change(chat, { enabled: true, minuteOfDay: 7 * 60 });
    const ferry = (await bot.services.digests.preview(chats[0] ?? chats[2]!)).articleIds.find(
      (id) => id.includes('ferry'),
    );
    expect(ferry).toBeDefined();
    // Channel c was sent the ferry story a day ago, by a digest covering up to where the others'
    // window starts anyway: only what it was sent differs.
    const earlier = { chat: chats[2]!, slot: at('25T07:00:00'), kind: 'manual' as const };
    await bot.storage.digests.claim({
      ...earlier,
      owner: 'test-process',
      now: earlier.slot,
      leaseMs: 60_000,
      resendUnknown: false,
      maxAttempts: 6,
    });
    await bot.storage.digests.update(earlier, 'test-process', {
      status: 'sent',
      now: earlier.slot,
      coveredUntil: earlier.slot,
      articleIds: [ferry!],
    });
    summarized.length = 0;

    bot.clock.set('2026-11-26T07:00:00Z');
    expect((await bot.services.digests.runDue(bot.clock.now())).results.sent).toBe(3);

    expect(posted.get('a')).toContain('Night ferry cancelled');
    expect(posted.get('b')).toEqual(posted.get('a'));
    expect(posted.get('c')).toContain('Market hall gets a roof');
    expect(posted.get('c')).not.toContain('ferry');
    // a and b: three stories summarised once; c: its two composed again.
    expect(summarized.sort()).toEqual([
      'Harbour tunnel reopens',
      'Harbour tunnel reopens',
      'Market hall gets a roof',
      'Market hall gets a roof',
      'Night ferry cancelled',
    ]);
  });

  it('posts every due slot of a run once when its pages grow (64, 128, then the rest)', async () => {
    const bot = createTestBot([
      draft({
        title: 'Harbour tunnel reopens',
        publishedAt: at('26T03:00:00'),
        text: ['The harbour tunnel reopened on Tuesday after four months of repairs.'],
      }),
    ]);
    const posts = new Map<string, number>();
    bot.services.digests.registerPoster({
      platform: 'test',
      post: (chat) => {
        posts.set(chat.id, (posts.get(chat.id) ?? 0) + 1);
        return Promise.resolve({ ok: true, messageIds: [chat.id] });
      },
    });
    bot.clock.set('2026-11-26T06:00:00Z');
    const many = Array.from({ length: 300 }, (_, i) => ({ platform: 'test', id: `p${i}` }));
    for (const chat of many)
      await bot.services.digests.change(chat, { enabled: true, minuteOfDay: 7 * 60 });

    bot.clock.set('2026-11-26T07:00:00Z');
    const report = await bot.services.digests.runDue(bot.clock.now());

    expect(report.due).toBe(300);
    expect(report.results.sent).toBe(300);
    expect([...posts.keys()].sort()).toEqual(many.map((chat) => chat.id).sort());
    expect([...posts.values()].every((count) => count === 1)).toBe(true);
  });
});
