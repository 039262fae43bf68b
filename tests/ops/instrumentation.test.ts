import { mkdtempSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TelegramError } from 'telegraf';
import { afterAll, describe, expect, it } from 'vitest';
import { OutboundQueue } from '../../src/adapters/telegram/outbound-queue.js';
import { TELEGRAM_LIMITS } from '../../src/adapters/telegram/queue-limits.js';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { MemoryArticleStore } from '../../src/storage/articles/memory-article-store.js';
import { silentLogger } from '../../src/core/ports/logger.js';
import { createFeedHttp } from '../../src/feeds/feed-http.js';
import { FeedPoller } from '../../src/feeds/feed-poller.js';
import { createLimiter } from '../../src/core/async/limiter.js';
import { MemoryFeedStore } from '../../src/feeds/memory-feed-store.js';
import { addressPolicy } from '../../src/feeds/safe-address.js';
import { createPromMetrics } from '../../src/ops/prom-metrics.js';
import { FakeTimer } from '../adapters/telegram/fake-timer.js';
import { FakeClock } from '../support/fake-clock.js';
import { rssDocument } from '../support/feed-documents.js';
import { send, startFixtureServer, withEtag } from '../support/fixture-server.js';
import { RecordingMetrics } from '../support/recording-metrics.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('metrics move with what the bot does', () => {
  it('commands, summaries, digests and ledger claims, through the app as main.ts builds it', async () => {
    const content = mkdtempSync(join(tmpdir(), 'briefly-metrics-'));
    dirs.push(content);
    copyFileSync(new URL('../fixtures/seed.txt', import.meta.url), join(content, 'seed.txt'));
    const metrics = createPromMetrics({ defaults: false });
    const config = loadConfig({ CONTENT_DIR: content, DATABASE_URL: 'sqlite::memory:' }, '');
    const app = await createApp(config, silentLogger, {
      metrics,
      watchContent: false,
      startFeeds: false,
    });
    try {
      app.attachPosters([
        { platform: 'test', post: () => Promise.resolve({ ok: true, messageIds: ['m1'] }) },
      ]);
      const chat = { platform: 'test', id: 'chat-42' };
      const caller = { isModerator: () => Promise.resolve(true) };
      for (const line of [
        '/news',
        '/summary 1',
        '/summary 1',
        '/summary',
        '/nope',
        'hello',
        '/digest now',
      ])
        await app.dispatcher.dispatchLine(line, chat, caller);
      const { body } = await metrics.render();
      expect(body).toContain('briefly_commands_total{command="news",outcome="answer"} 1');
      expect(body).toContain('briefly_commands_total{command="summary",outcome="answer"} 2');
      expect(body).toContain('briefly_commands_total{command="summary",outcome="usage"} 1');
      expect(body).toContain('briefly_commands_total{command="unknown",outcome="usage"} 2');
      expect(body).toMatch(/briefly_command_duration_seconds_count\{command="summary"\} 3/);
      expect(body).toContain('briefly_summaries_computed_total{method="extractive"} ');
      expect(body).toMatch(/briefly_summary_cache_hits_total\{method="extractive"\} [1-9]/);
      expect(body).toMatch(/briefly_digests_total\{outcome="(sent|empty)",kind="manual"\} 1/);
      expect(body).toContain('briefly_ledger_claims_total{result="claimed"} 1');
      expect(body).toContain('briefly_articles 1');
      expect(body).not.toMatch(/chat-42|nope|hello/);
    } finally {
      await app.close();
    }
  });

  it('feed reads by outcome (200, 304, error, refused) and the items found', async () => {
    const server = await startFixtureServer();
    const http = createFeedHttp({ policy: addressPolicy(false), timeoutMs: 3000 });
    const open = createFeedHttp({ policy: addressPolicy(true), timeoutMs: 3000 });
    const metrics = new RecordingMetrics();
    const poller = (httpClient: typeof http) =>
      new FeedPoller({
        store: new MemoryFeedStore(),
        index: new MemoryArticleStore(),
        http: httpClient,
        limiter: createLimiter({ perKey: 2, total: 8 }),
        clock: new FakeClock('2026-11-26T12:00:00Z'),
        logger: silentLogger,
        notify: () => Promise.resolve(),
        metrics,
      });
    try {
      const items = [1, 2, 3].map((n) => ({
        title: `Story ${n}`,
        link: `https://example.org/${n}`,
        guid: `g${n}`,
        description: `Text of story ${n}.`,
      }));
      server.route('/feed', withEtag(rssDocument({ title: 'Courier' }, items), '"v1"'));
      server.route('/broken', send('not a feed at all'));
      const reader = poller(open);
      reader.track(server.url('/feed'));
      await reader.poll(server.url('/feed'));
      await reader.poll(server.url('/feed'));
      await reader.poll(server.url('/broken'));
      await poller(http).poll(server.url('/feed')); // loopback, with private addresses refused
      expect(metrics.count('briefly_feed_fetches_total', { outcome: '200' })).toBe(1);
      expect(metrics.count('briefly_feed_fetches_total', { outcome: '304' })).toBe(1);
      expect(metrics.count('briefly_feed_fetches_total', { outcome: 'error' })).toBe(1);
      expect(metrics.count('briefly_feed_fetches_total', { outcome: 'refused' })).toBe(1);
      expect(metrics.count('briefly_feed_items_found_total')).toBe(3);
    } finally {
      await http.close();
      await open.close();
      await server.close();
    }
  });

  it("Telegram's queue: depth, wait, 429s and retries", async () => {
    const timer = new FakeTimer();
    const metrics = new RecordingMetrics();
    let calls = 0;
    const queue = new OutboundQueue(
      {
        sendMessage: () => {
          calls++;
          if (calls === 1)
            return Promise.reject(
              new TelegramError({
                error_code: 429,
                description: 'Too Many Requests',
                parameters: { retry_after: 2 },
              }),
            );
          if (calls === 2)
            return Promise.reject(
              new TelegramError({ error_code: 502, description: 'Bad Gateway' }),
            );
          return Promise.resolve(calls);
        },
      },
      { chatGone: () => Promise.resolve(), chatMoved: () => Promise.resolve() },
      silentLogger,
      TELEGRAM_LIMITS,
      timer,
      metrics,
    );
    const sent = [
      queue.send(7, { html: 'one' }),
      queue.send(7, { html: 'two' }),
      queue.send(7, { html: 'three' }),
    ];
    expect(metrics.read('briefly_outbound_queue_depth', { platform: 'telegram' })).toBe(3);
    await timer.run();
    await Promise.all(sent);
    expect(metrics.read('briefly_outbound_queue_depth', { platform: 'telegram' })).toBe(0);
    expect(metrics.count('briefly_platform_rate_limited_total', { platform: 'telegram' })).toBe(1);
    expect(metrics.count('briefly_platform_retries_total', { platform: 'telegram' })).toBe(1);
    const waits = metrics.observations.filter((o) => o.name === 'briefly_outbound_wait_seconds');
    expect(waits).toHaveLength(3);
    // The second and third waited behind the first's 429 pause and retry, at about 1 s per message.
    expect(waits[2]!.value).toBeGreaterThan(2);
  });
});
