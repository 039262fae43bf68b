import { silentLogger } from '../../src/core/ports/logger.js';
import { createInProcessJobs } from '../../src/jobs/in-process-jobs.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ArticleIndex } from '../../src/core/articles/article-index.js';
import { MemoryArticleStore } from '../../src/storage/articles/memory-article-store.js';
import type { ArticleDraft } from '../../src/core/articles/article.js';
import type { FeedStore } from '../../src/core/ports/feed-store.js';
import { MemoryFeedStore } from '../../src/feeds/memory-feed-store.js';
import {
  createFeeds,
  POLL_TICK_MS,
  type Feeds,
  type Scheduler,
} from '../../src/feeds/start-feeds.js';
import { FakeClock } from './fake-clock.js';
import { createRecordingLogger, type LogEntry } from './recording-logger.js';
import { createTestBot, type TestBot } from './test-services.js';

/** A scheduler that runs nothing until told: the test decides when a polling round happens. */
export class ManualScheduler implements Scheduler {
  readonly tasks: { ms: number; task: () => void }[] = [];

  after(ms: number, task: () => void) {
    const entry = { ms, task };
    this.tasks.push(entry);
    return () => {
      const at = this.tasks.indexOf(entry);
      if (at >= 0) this.tasks.splice(at, 1);
    };
  }

  /** Runs the waiting polling tick and resolves when it has scheduled the next one. */
  async tick(): Promise<void> {
    const at = this.tasks.findIndex((t) => t.ms === POLL_TICK_MS);
    expect(at).toBeGreaterThanOrEqual(0);
    const [entry] = this.tasks.splice(at, 1);
    entry?.task();
    await expect.poll(() => this.tasks.some((t) => t.ms === POLL_TICK_MS)).toBe(true);
  }
}

export interface FeedBotOptions {
  /** The operator's list, written to feeds.txt in a fresh CONTENT_DIR. */
  readonly feedsTxt?: string;
  readonly allowPrivate?: boolean;
  /** A store to share with other feed bots (several processes on one database). */
  readonly store?: FeedStore;
  /** An article store to share with other feed bots (with `store`: processes of one fleet). */
  readonly articles?: MemoryArticleStore;
  readonly firstRoundLimitMs?: number;
  /** File articles in the index besides the feeds'. */
  readonly files?: readonly ArticleDraft[];
}

/** The real core and real feeds (one "process": its own memory), on a manual scheduler. */
export interface FeedBot {
  readonly bot: TestBot;
  readonly feeds: Feeds;
  readonly index: ArticleIndex;
  readonly articles: MemoryArticleStore;
  readonly store: FeedStore;
  readonly scheduler: ManualScheduler;
  readonly clock: FakeClock;
  readonly log: LogEntry[];
  /** Titles of the articles in memory, newest first. */
  titles(): string[];
}

const started: Feeds[] = [];
const dirs: string[] = [];

export function createFeedBot(options: FeedBotOptions = {}): FeedBot {
  const dir = mkdtempSync(join(tmpdir(), 'briefly-feed-bot-'));
  dirs.push(dir);
  if (options.feedsTxt !== undefined) writeFileSync(join(dir, 'feeds.txt'), options.feedsTxt);
  const articles = options.articles ?? new MemoryArticleStore();
  const index = articles.index;
  const store = options.store ?? new MemoryFeedStore();
  const scheduler = new ManualScheduler();
  const clock = new FakeClock();
  const log: LogEntry[] = [];
  const feeds = createFeeds({
    contentDir: dir,
    allowPrivate: options.allowPrivate ?? true,
    store,
    index: articles,
    clock,
    logger: createRecordingLogger(log),
    notify: () => Promise.resolve(),
    scheduler,
    jobs: createInProcessJobs(silentLogger),
    ...(options.firstRoundLimitMs === undefined
      ? {}
      : { firstRoundLimitMs: options.firstRoundLimitMs }),
  });
  started.push(feeds);
  const bot = createTestBot(options.files ?? [], { articles, feeds: feeds.service, clock });
  const titles = () => index.all().map((a) => a.title);
  return { bot, feeds, index, articles, store, scheduler, clock, log, titles };
}

/** Stops every feed bot made so far and removes their folders (call in afterEach). */
export async function stopFeedBots(): Promise<void> {
  await Promise.all(started.splice(0).map((feeds) => feeds.stop()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}
