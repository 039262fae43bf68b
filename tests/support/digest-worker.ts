/**
 * A real process running one digest round against a real database (a SQLite file or PostgreSQL),
 * posting to a file (one line per post), for the tests that kill processes and run two at once.
 * Configured by environment: DATABASE_URL, OUT, NOW (ISO), CHANNELS (setup only), MODE (setup |
 * run), DELAY_MS, IDEMPOTENT (1: the sink drops a repeated idempotency key, as Discord does with
 * enforce_nonce), OWNER, START_FILE (print "ready", then wait for this file before running).
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { MemoryArticleStore } from '../../src/storage/articles/memory-article-store.js';
import { createServices } from '../../src/core/create-services.js';
import { silentLogger } from '../../src/core/ports/logger.js';
import { createExtractiveSummarizer } from '../../src/core/summaries/extractive-summarizer.js';
import { openStorage } from '../../src/storage/open-storage.js';
import { FakeClock } from './fake-clock.js';

const env = process.env;
const now = new Date(env.NOW ?? '2026-11-26T08:00:00Z');
const out = env.OUT ?? 'out.txt';
const storage = await openStorage(env.DATABASE_URL ?? 'sqlite:worker.db', silentLogger);
const articles = new MemoryArticleStore();
for (let i = 0; i < 5; i++) {
  articles.putNow(`a${i}`, {
    title: `Story ${i} about harbours and ${['tunnels', 'reefs', 'trains', 'pumps', 'books'][i] ?? ''}`,
    tags: [],
    publishedAt: new Date(now.getTime() - (i + 1) * 3_600_000),
    origin: { kind: 'file', path: `a${i}.txt` },
    paragraphs: [
      {
        text: `Distinct lead number ${i} with its own words ${'xyz'.repeat(i + 1)}. More text follows here.`,
        source: 'Wire',
      },
    ],
    related: [],
  });
}
const services = createServices({
  articles,
  summarizer: createExtractiveSummarizer(),
  clock: new FakeClock(now),
  logger: silentLogger,
  digestStore: storage.digests,
  filterStore: storage.filters,
  digestDefaults: { minuteOfDay: 480, timezone: 'UTC', size: 5 },
  catchUpMinutes: 60,
  owner: env.OWNER ?? `worker-${process.pid}`,
});

if (env.MODE === 'setup') {
  for (let i = 0; i < Number(env.CHANNELS ?? 100); i++) {
    await storage.digests.saveSettings({
      chat: { platform: 'file', id: `c${i}` },
      enabled: true,
      minuteOfDay: 8 * 60,
      days: [0, 1, 2, 3, 4, 5, 6],
      timezone: 'UTC',
      size: 5,
      topics: [],
      showImages: true,
      active: true,
      scheduleFrom: new Date('2026-11-01T00:00:00Z'),
      updatedAt: new Date('2026-11-01T00:00:00Z'),
    });
  }
} else {
  const idempotent = env.IDEMPOTENT === '1';
  const delay = Number(env.DELAY_MS ?? 0);
  services.digests.registerPoster({
    platform: 'file',
    idempotent,
    async post(chat, _reply, options) {
      await new Promise((resolve) => setTimeout(resolve, delay));
      const key = options?.idempotencyKey ?? '';
      if (idempotent && existsSync(out) && readFileSync(out, 'utf8').includes(`\t${key}\n`))
        return { ok: true, messageIds: [] };
      appendFileSync(out, `${chat.id}\t${key}\n`);
      return { ok: true, messageIds: [key] };
    },
  });
  if (env.START_FILE) {
    // Ready: wait for the test to start every worker at once.
    process.stdout.write('ready\n');
    while (!existsSync(env.START_FILE)) await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const report = await services.digests.runDue(now);
  process.stdout.write(`${JSON.stringify(report)}\n`);
}
await storage.close();
