import { describe, expect, it } from 'vitest';
import { renderPlainText } from '../../../src/adapters/console/render-plain-text.js';
import type { ChannelPoster } from '../../../src/core/ports/channel-poster.js';
import type { ChatRef } from '../../../src/core/ports/chat-memory.js';
import { noFeeds, type FeedService } from '../../../src/core/ports/feed-service.js';
import { createExtractiveSummarizer } from '../../../src/core/summaries/extractive-summarizer.js';
import type { Summarizer } from '../../../src/core/summaries/summarizer.js';
import { draft } from '../../support/builders.js';
import { createRecordingLogger } from '../../support/recording-logger.js';
import { createTestBot } from '../../support/test-services.js';

const chat: ChatRef = { platform: 'test', id: 'harbour' };
const poster: ChannelPoster = {
  platform: 'test',
  post: () => Promise.resolve({ ok: true, messageIds: ['m1'] }),
};

describe('composing a digest', () => {
  it('covers only up to just before a fresh feed item whose article is not in memory yet', async () => {
    const firstSeen = new Date('2026-11-26T06:30:00Z');
    const asked: string[] = [];
    const feeds: FeedService = {
      ...noFeeds,
      freshArticles: (_chat, since) => {
        asked.push(since.toISOString());
        return Promise.resolve({ articles: [], unresolvedFrom: firstSeen });
      },
    };
    const bot = createTestBot([], { feeds });
    bot.services.digests.registerPoster(poster);
    bot.clock.set('2026-11-26T06:00:00Z');
    await bot.services.digests.change(chat, { enabled: true, minuteOfDay: 7 * 60 });
    bot.clock.set('2026-11-26T07:00:00Z');
    expect((await bot.services.digests.runDue(bot.clock.now())).results.empty).toBe(1);
    const last = await bot.storage.digests.lastCoveredUntil(chat);
    expect(last).toEqual(new Date(firstSeen.getTime() - 1));
    // The next digest asks again from there, so it finds the item once this process has read it.
    bot.clock.set('2026-11-27T07:00:00Z');
    await bot.services.digests.runDue(bot.clock.now());
    expect(asked).toEqual(['2026-11-25T07:00:00.000Z', '2026-11-26T06:29:59.999Z']);
  });

  it('asks the summarizer every time, so a fallback summary from a model outage is not kept', async () => {
    let calls = 0;
    const summarizer: Summarizer = {
      summarize: () => {
        calls++;
        return Promise.resolve({
          method: calls === 1 ? 'extractive' : 'model',
          sentences: [{ text: `Summary number ${calls}.`, paragraph: 0 }],
        });
      },
    };
    const bot = createTestBot(
      [draft({ title: 'Harbour tunnel reopens', publishedAt: new Date('2026-11-26T05:00:00Z') })],
      { summarizer },
    );
    bot.clock.set('2026-11-26T06:00:00Z');
    const first = renderPlainText((await bot.services.digests.preview(chat)).reply);
    const second = renderPlainText((await bot.services.digests.preview(chat)).reply);
    expect(first).toContain('Summary number 1.');
    expect(second).toContain('Summary number 2.');
  });

  it('leaves out a story whose summary fails, logs it, and sends the others', async () => {
    const logger = createRecordingLogger();
    const fine = createExtractiveSummarizer();
    const summarizer: Summarizer = {
      summarize: (article, count) =>
        article.title.includes('ferry')
          ? Promise.reject(new RangeError('Invalid typed array length: 10000000000'))
          : fine.summarize(article, count),
    };
    const at = (hour: number) => new Date(`2026-11-26T0${hour}:00:00Z`);
    const bot = createTestBot(
      [
        draft({
          title: 'Harbour tunnel reopens',
          publishedAt: at(3),
          paragraphs: [
            { text: 'The harbour tunnel reopened on Tuesday after four months of repairs.' },
          ],
        }),
        draft({
          title: 'Night ferry cancelled',
          publishedAt: at(4),
          paragraphs: [{ text: 'The night ferry to the islands was cancelled for the winter.' }],
        }),
        draft({
          title: 'Market hall gets a roof',
          publishedAt: at(5),
          paragraphs: [
            { text: 'Builders finished the new glass roof of the market hall this week.' },
          ],
        }),
      ],
      { summarizer, logger },
    );
    bot.clock.set('2026-11-26T06:00:00Z');
    const digest = await bot.services.digests.preview(chat);
    const text = renderPlainText(digest.reply);
    expect(text).toContain('The harbour tunnel reopened on Tuesday');
    expect(text).toContain('Builders finished the new glass roof');
    expect(text).not.toContain('ferry');
    expect(text).toContain('2 new stories');
    expect(digest.articleIds).toHaveLength(2);
    expect(logger.entries).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: 'digest story skipped: its summary failed',
        fields: expect.objectContaining({ reason: expect.stringContaining('Invalid typed array') }),
      }),
    );
  });
});
