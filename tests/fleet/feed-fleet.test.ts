import { rmSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  contentWithFeeds,
  startBotProcess,
  startFeedFarm,
  stopAll,
  type FeedFarm,
} from '../support/fleet.js';
import { useTestSchemas } from '../support/postgres.js';
import type { Spawned } from '../support/spawned.js';

const FEEDS = 200;
const schemas = useTestSchemas();
const running: Spawned[] = [];
const farms: FeedFarm[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await stopAll(running.splice(0));
  await Promise.all(farms.splice(0).map((farm) => farm.close()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
afterAll(() => undefined);

/** A fleet's shared settings: one PostgreSQL schema, one feeds.txt, a feed read every 10 minutes. */
async function fleet() {
  const farm = await startFeedFarm(FEEDS);
  farms.push(farm);
  const content = contentWithFeeds(farm.urls);
  dirs.push(content);
  const env = {
    DATABASE_URL: await schemas.fresh(),
    CONTENT_DIR: content,
    FEED_POLL_INTERVAL_SECONDS: '600',
    JOB_LEASE_SECONDS: '4',
  };
  const start = () => {
    const bot = startBotProcess(env);
    running.push(bot);
    return bot;
  };
  return { farm, env, start };
}

/** Every feed's story is in the shared store: any process answers /search for it. */
async function searchAnswers(bot: Spawned, words: string): Promise<void> {
  bot.child.stdin.write(`/search ${words}\n`);
  await bot.waitFor(
    new RegExp(`> /search ${words}[\\s\\S]*Story \\d+ of the loopback wire`),
    'stdout',
  );
}

describe('a fleet of bot processes on one PostgreSQL reading 200 feeds', () => {
  for (const size of [1, 2, 3]) {
    it(`${size} process(es): each feed is fetched once in its interval, by the whole fleet`, async () => {
      const { farm, start } = await fleet();
      const bots = Array.from({ length: size }, () => start());
      // Each process has run its first round (its own ticks enqueued every feed).
      await Promise.all(bots.map((bot) => bot.waitFor(/"msg":"feeds polled"/)));
      await expect.poll(() => farm.total(), { timeout: 60_000, interval: 200 }).toBe(FEEDS);
      expect(farm.served.every((n) => n === 1)).toBe(true);
      // A process that read nothing serves what the others read.
      const last = bots.at(-1);
      if (!last) throw new Error('no process');
      await searchAnswers(last, 'loopback wire');
      expect(farm.total()).toBe(FEEDS);
    }, 120_000);
  }

  it('a process killed mid-poll loses no feed and duplicates none: its reads are taken over', async () => {
    const { farm, env, start } = await fleet();
    // The last two feeds it asks for hang (a process reads at most two at once from one host).
    const stuck = 2;
    farm.holdAfter(FEEDS - stuck);
    const first = start();
    // It claimed the two held feeds and waits on them; everything else is read.
    await expect
      .poll(() => farm.holding.size + farm.total(), { timeout: 60_000, interval: 200 })
      .toBe(FEEDS);
    expect(farm.holding.size).toBe(stuck);
    first.child.kill('SIGKILL');
    await first.exited;
    // What the dead process finished: reads answered and stored. A read cut off between the answer
    // and the save is redone (as it must be: nothing of it was kept), so it may be answered twice.
    const storedUrls = async () =>
      new Set(
        (
          await schemas.query<{ url: string }>(
            env.DATABASE_URL,
            'SELECT url FROM feeds WHERE last_success_at IS NOT NULL',
          )
        ).map((row) => row.url),
      );
    const finished = await storedUrls();
    const servedAtKill = [...farm.served];
    farm.release();
    const others = [start(), start()];
    await Promise.all(others.map((bot) => bot.waitFor(/"msg":"feeds polled"/)));
    // After the dead process's lease (JOB_LEASE_SECONDS=4), another process reads the rest.
    await expect
      .poll(async () => (await storedUrls()).size, { timeout: 60_000, interval: 250 })
      .toBe(FEEDS);
    const expected = farm.urls.map((url, n) =>
      finished.has(url) ? 1 : (servedAtKill[n] ?? 0) + 1,
    );
    expect(farm.served).toEqual(expected);
    expect(finished.size).toBeGreaterThan(FEEDS / 2);
  }, 150_000);
});
