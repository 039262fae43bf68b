import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClaimHolder } from '../../src/core/digests/claim-holder.js';
import { MemoryFleetLocks } from '../../src/core/fleet/memory-fleet-locks.js';
import type { JobQueue, QueuedJob } from '../../src/core/ports/job-queue.js';
import { silentLogger } from '../../src/core/ports/logger.js';
import { createInProcessJobs } from '../../src/jobs/in-process-jobs.js';
import { DigestScheduler, digestQueue } from '../../src/scheduler/digest-scheduler.js';
import { draft } from '../support/builders.js';
import { createTestBot } from '../support/test-services.js';
import { createRecordingLogger, type LogEntry } from '../support/recording-logger.js';

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

  it('hands out again at once, before waiting jobs, the slot a dead process had claimed, never a live one', async () => {
    const { bot, posts } = setup();
    const chat = { platform: 'test', id: 'c' };
    bot.clock.set('2026-11-26T06:00:00Z');
    await bot.services.digests.change(chat, { enabled: true, minuteOfDay: 7 * 60 });
    bot.clock.set('2026-11-26T07:00:05Z');
    const locks = new MemoryFleetLocks();
    const store = bot.storage.digests;
    const other = new ClaimHolder({ locks, store, logger: silentLogger });
    const mine = new ClaimHolder({ locks, store, logger: silentLogger });
    await other.open();
    await mine.open();
    // Another process claimed the slot (its digest waits in its platform queue), for 2 minutes.
    const claimed = await store.claim({
      chat,
      slot: new Date('2026-11-26T07:00:00Z'),
      kind: 'scheduled',
      owner: 'other',
      now: bot.clock.now(),
      leaseMs: 120_000,
      resendUnknown: false,
      maxAttempts: 6,
      holder: other.current(),
    });
    expect(claimed).toBeDefined();
    const jobs = createInProcessJobs(silentLogger);
    const enqueued: QueuedJob<unknown>[] = [];
    const recording: JobQueue = {
      ...jobs,
      enqueue: (queue, list) => {
        enqueued.push(...list);
        return jobs.enqueue(queue, list);
      },
    };
    const scheduler = new DigestScheduler(
      bot.services.digests,
      bot.clock,
      silentLogger,
      recording,
      mine,
    );
    try {
      await scheduler.takeOver(); // the other process lives: its claim stays its own
      expect(
        (await store.getDelivery({ chat, slot: claimed!.slot, kind: 'scheduled' }))?.owner,
      ).toBe('other');
      await other.close(); // its process died
      bot.clock.set('2026-11-26T07:00:07Z');
      await scheduler.takeOver();
      await jobs.idle(digestQueue('test'));
      expect(posts).toEqual(['c']);
      expect(enqueued.map((job) => job.first)).toEqual([true]);
    } finally {
      await scheduler.stop();
      await jobs.stop();
      await mine.close();
    }
  });

  it('logs and skips a job whose data is malformed or too large, and sends the next ones', async () => {
    const { bot, posts } = setup();
    const chats = ['a', 'b'].map((id) => ({ platform: 'test', id }));
    bot.clock.set('2026-11-26T06:00:00Z');
    for (const chat of chats)
      await bot.services.digests.change(chat, { enabled: true, minuteOfDay: 7 * 60 });
    bot.clock.set('2026-11-26T07:00:05Z');
    const entries: LogEntry[] = [];
    const jobs = createInProcessJobs(createRecordingLogger(entries));
    const scheduler = new DigestScheduler(bot.services.digests, bot.clock, silentLogger, jobs);
    try {
      await scheduler.tick(); // starts this process's worker of the queue and sends both
      expect(posts.sort()).toEqual(['a', 'b']);
      const slot = { chat: chats[0], slot: '2026-11-27T07:00:00.000Z' };
      await jobs.enqueue(digestQueue('test'), [
        { key: 'not-json-shaped', data: { at: 'yesterday', slots: 'all of them' } },
        { key: 'no-slots', data: null },
        {
          key: 'too-large',
          data: {
            at: '2026-11-27T07:00:01.000Z',
            slots: Array.from({ length: 5_000 }, () => slot),
          },
        },
      ]);
      await jobs.idle(digestQueue('test'));
      expect(entries.filter((entry) => entry.message === 'job failed')).toHaveLength(3);
      expect(posts).toHaveLength(2);
      // The next day's tick still goes out, with the next day's story.
      bot.articles.putNow(
        'day-two',
        draft({ title: 'Later', publisher: 'Wire', publishedAt: new Date('2026-11-27T06:00:00Z') }),
      );
      bot.clock.set('2026-11-27T07:00:05Z');
      await scheduler.tick();
      expect(posts.sort()).toEqual(['a', 'a', 'b', 'b']);
    } finally {
      await scheduler.stop();
      await jobs.stop();
    }
  });
});
