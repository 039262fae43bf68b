import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { acquireSend } from '../../src/core/sending/acquire-send.js';
import type { SendBudget } from '../../src/core/ports/send-budget.js';
import { openStorage } from '../../src/storage/open-storage.js';
import { createRecordingLogger } from '../support/recording-logger.js';
import { useTestSchemas } from '../support/postgres.js';

const schemas = useTestSchemas();

describe('PostgreSQL going away under a running process', () => {
  it('logs the lost connections and answers again on new ones, without crashing', async () => {
    // A name of our own for this process's connections, so that only they are terminated.
    const name = `briefly_restart_${randomBytes(4).toString('hex')}`;
    const url = new URL(await schemas.fresh());
    url.searchParams.set('application_name', name);
    const logger = createRecordingLogger();
    const storage = await openStorage(url.toString(), logger);
    try {
      await Promise.all([
        storage.ping(),
        storage.digests.listDue(),
        storage.feeds.subscribedFeedUrls(),
      ]);
      // What a server restart does to every connection: the backends end.
      const ended = await schemas.query<{ ended: boolean }>(
        url.toString(),
        `SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE application_name = '${name}'`,
      );
      expect(ended.length).toBeGreaterThan(0);
      await expect
        .poll(() => logger.entries.some((e) => e.message === 'PostgreSQL connection lost'))
        .toBe(true);
      // A statement that meets a dead connection runs again on a new one: the stores answer.
      expect(await storage.digests.listDue()).toEqual([]);
      const reserved = await storage.sendBudget.reserve(
        [{ key: 'k', rate: { count: 1, windowMs: 1000 }, queued: true }],
        1000,
      );
      expect(reserved.reserved).toBe(true);
    } finally {
      await storage.close();
    }
  });

  it('holds a send while the send budget cannot be asked, logs it, and sends once it answers', async () => {
    let calls = 0;
    const budget: SendBudget = {
      reserve: () => {
        calls++;
        return calls <= 2
          ? Promise.reject(new Error('Connection terminated unexpectedly'))
          : Promise.resolve({ reserved: true, waitMs: 0 });
      },
    };
    const logger = createRecordingLogger();
    const waits: number[] = [];
    await acquireSend(budget, [{ key: 'k', rate: { count: 1, windowMs: 1000 } }], {
      logger,
      sleep: (ms) => Promise.resolve(void waits.push(ms)),
    });
    expect(calls).toBe(3);
    expect(waits).toEqual([250, 500]);
    expect(logger.entries.map((e) => e.message)).toEqual([
      'send budget unavailable; the send waits and asks again',
      'send budget unavailable; the send waits and asks again',
      'send budget reachable again',
    ]);
  });
});
