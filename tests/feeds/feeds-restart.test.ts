import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPlainText } from '../../src/adapters/console/render-plain-text.js';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { ChannelPoster } from '../../src/core/ports/channel-poster.js';
import type { ChatRef } from '../../src/core/ports/chat-memory.js';
import { silentLogger } from '../../src/core/ports/logger.js';
import { FakeClock } from '../support/fake-clock.js';
import { longText, rssDocument } from '../support/feed-documents.js';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.js';
import { MODERATOR } from '../support/test-services.js';

const CHAT: ChatRef = { platform: 'test', id: 'newsroom' };
const dir = mkdtempSync(join(tmpdir(), 'briefly-feeds-restart-'));
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  const feed = rssDocument({ title: 'Ferry Courier' }, [
    {
      title: 'Ferry fares frozen for the winter',
      link: server.url('/articles/ferry'),
      date: new Date('2026-11-26T07:00:00Z'),
      content: `<p>${longText('ferry fares')}</p>`,
    },
  ]);
  // A feed that takes a moment to answer, as real ones do.
  server.route('/slow.xml', (_request, response) => {
    setTimeout(() => {
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      response.end(feed);
    }, 300);
  });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('feed stories across a restart', () => {
  it('are in the digest the restarted bot sends at once for a slot it missed', async () => {
    const content = join(dir, 'content');
    mkdirSync(content);
    const config = loadConfig(
      {
        CONTENT_DIR: content,
        DATABASE_URL: `sqlite:${join(dir, 'briefly.db')}`,
        FEEDS_ALLOW_PRIVATE: 'true',
      },
      '',
    );
    const clock = new FakeClock('2026-11-26T07:50:00Z');
    const first = await createApp(config, silentLogger, { clock, watchContent: false });
    try {
      for (const line of [
        `/feeds add ${server.url('/slow.xml')}`,
        '/digest on',
        '/digest time 08:00',
      ]) {
        const reply = await first.dispatcher.dispatchLine(line, CHAT, MODERATOR);
        expect(reply.tone).toBe('answer');
      }
    } finally {
      await first.close();
    }

    // Down over the 08:00 slot; started again at 08:05, the catch-up round sends it.
    clock.set('2026-11-26T08:05:00Z');
    const posts: string[] = [];
    const poster: ChannelPoster = {
      platform: 'test',
      post: (_chat, reply) => {
        posts.push(renderPlainText(reply));
        return Promise.resolve({ ok: true, messageIds: [`m${posts.length}`] });
      },
    };
    const second = await createApp(config, silentLogger, { clock, watchContent: false });
    try {
      second.attachPosters([poster]);
      await second.scheduler.tick();
      expect(posts).toHaveLength(1);
      expect(posts[0]).toContain('Ferry fares frozen for the winter');
    } finally {
      await second.close();
    }
  }, 30_000);
});
