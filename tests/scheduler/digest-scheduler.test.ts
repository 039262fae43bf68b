import { afterEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../src/core/ports/logger.js';
import { DigestScheduler } from '../../src/scheduler/digest-scheduler.js';
import { draft } from '../support/builders.js';
import { createTestBot } from '../support/test-services.js';

afterEach(() => {
  vi.useRealTimers();
});

function setup() {
  const bot = createTestBot([
    draft({ title: 'Story', publisher: 'Wire', publishedAt: new Date('2026-11-26T06:00:00Z') }),
  ]);
  const posts: string[] = [];
  bot.services.digests.registerPoster({
    platform: 'test',
    post: (chat) => {
      posts.push(chat.id);
      return Promise.resolve({ ok: true, messageIds: [] });
    },
  });
  return { bot, posts };
}

describe('DigestScheduler', () => {
  it('catches up at start, then fires on the minute tick of node-cron', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'Date'] });
    vi.setSystemTime(new Date('2026-11-26T06:59:30Z'));
    const { bot, posts } = setup();
    bot.clock.set('2026-11-26T06:00:00Z');
    await bot.services.digests.change(
      { platform: 'test', id: 'a' },
      { enabled: true, minuteOfDay: 7 * 60 },
    );
    bot.clock.set('2026-11-26T06:59:30Z');
    const scheduler = new DigestScheduler(bot.services.digests, bot.clock, silentLogger);
    await scheduler.start();
    expect(posts).toEqual([]);
    bot.clock.set('2026-11-26T07:00:00Z');
    await vi.advanceTimersByTimeAsync(31_000);
    await vi.waitFor(() => expect(posts).toEqual(['a']));
    await scheduler.stop();
  });

  it('sends a digest whose slot passed while stopped when it starts, within the window', async () => {
    const { bot, posts } = setup();
    bot.clock.set('2026-11-26T06:00:00Z');
    await bot.services.digests.change(
      { platform: 'test', id: 'b' },
      { enabled: true, minuteOfDay: 7 * 60 },
    );
    bot.clock.set('2026-11-26T07:20:00Z');
    const scheduler = new DigestScheduler(bot.services.digests, bot.clock, silentLogger);
    await scheduler.start();
    await scheduler.stop();
    expect(posts).toEqual(['b']);
    const again = new DigestScheduler(bot.services.digests, bot.clock, silentLogger);
    await again.start();
    await again.stop();
    expect(posts).toEqual(['b']);
  });
});
