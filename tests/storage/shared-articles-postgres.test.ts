import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderPlainText } from '../../src/adapters/console/render-plain-text.js';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { ChatRef } from '../../src/core/ports/chat-memory.js';
import { createRecordingLogger, type LogEntry } from '../support/recording-logger.js';
import { useTestSchemas } from '../support/postgres.js';
import { MEMBER } from '../support/test-services.js';
import { draft } from '../support/builders.js';

const schemas = useTestSchemas();
const dir = mkdtempSync(join(tmpdir(), 'briefly-shared-articles-'));
const apps: App[] = [];
afterAll(async () => {
  await Promise.all(apps.map((app) => app.close()));
  rmSync(dir, { recursive: true, force: true });
});

async function start(databaseUrl: string, log: LogEntry[]): Promise<App> {
  const config = loadConfig({ CONTENT_DIR: dir, DATABASE_URL: databaseUrl }, '');
  const app = await createApp(config, createRecordingLogger(log), {
    watchContent: false,
    startFeeds: false,
  });
  apps.push(app);
  return app;
}

async function ask(app: App, line: string, chat: ChatRef): Promise<string> {
  return renderPlainText(await app.dispatcher.dispatchLine(line, chat, MEMBER));
}

describe('articles shared by processes on one PostgreSQL', () => {
  it('are written once, and answered by a process that never read them', async () => {
    writeFileSync(
      join(dir, 'ferry.txt'),
      'Ferry fares frozen\n\nThe ferry fares stay as they are all winter.',
    );
    const url = await schemas.fresh();
    const firstLog: LogEntry[] = [];
    const first = await start(url, firstLog);
    expect(firstLog.filter((e) => e.message === 'article loaded')).toHaveLength(1);

    // A second process over the same files and database writes nothing: the content is stored.
    const secondLog: LogEntry[] = [];
    const second = await start(url, secondLog);
    expect(secondLog.filter((e) => e.message === 'article loaded')).toHaveLength(0);
    const chat: ChatRef = { platform: 'test', id: 'reader' };
    expect(await ask(second, '/summary ferry-fares-frozen', chat)).toContain(
      'The ferry fares stay as they are all winter.',
    );

    // A feed article the first process stores is answered by the second, for the chats that read
    // its feed only.
    const feedUrl = 'https://courier.test/rss';
    await first.services.articles.put(
      'https://courier.test/lighthouse',
      draft({
        title: 'Lighthouse keeper retires after forty years',
        url: 'https://courier.test/lighthouse',
        origin: { kind: 'feed', feedUrl, itemId: 'lighthouse' },
        text: [
          'The last keeper of the north lighthouse handed over the keys on Friday. (Attribution: Harbour Courier)',
        ],
      }),
    );
    await second.storage.feeds.addSubscription(chat, feedUrl, new Date());
    expect(await ask(second, '/search lighthouse keeper', chat)).toContain(
      '1. Lighthouse keeper retires after forty years',
    );
    expect(await ask(second, '/source https://courier.test/lighthouse', chat)).toContain(
      'Harbour Courier',
    );
    expect(await ask(second, '/search lighthouse', { platform: 'test', id: 'other' })).toContain(
      'No article matches',
    );
  });
});
