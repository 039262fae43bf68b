import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnInRepository } from '../support/spawned.js';

/**
 * A feed server that takes requests and never answers (a read of it would last the fetcher's 20 s
 * timeout, past the 9 s stop deadline): a SIGTERM must still end the bot with exit 0, the reads
 * ended at once and nothing recorded against the feed.
 */
const held: ServerResponse[] = [];
const waiting = new Map<string, () => void>();
const server = createServer((request, response) => {
  held.push(response);
  waiting.get(request.url ?? '')?.();
});
const requestFor = (path: string) => new Promise<void>((resolve) => waiting.set(path, resolve));
const dir = mkdtempSync(join(tmpdir(), 'briefly-slow-feed-'));
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const response of held) response.destroy();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

function startBot(name: string, feedsTxt: string) {
  const content = join(dir, name);
  mkdirSync(content, { recursive: true });
  writeFileSync(join(content, 'feeds.txt'), feedsTxt);
  return spawnInRepository(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    CONTENT_DIR: content,
    DATABASE_URL: `sqlite:${join(content, 'bot.db')}`,
    FEEDS_ALLOW_PRIVATE: 'true',
    LOG_LEVEL: 'info',
  });
}

async function stopsCleanly(bot: ReturnType<typeof startBot>) {
  bot.child.kill('SIGTERM');
  expect(await bot.exited).toBe(0);
  expect(bot.output.stderr).toMatch(/"msg":"stopped"/);
  expect(bot.output.stderr).not.toMatch(/stopping took too long/);
  expect(bot.output.stderr).not.toMatch(/feed read failed/);
}

describe('stopping while a feed server never answers', () => {
  it('SIGTERM during the first round of reads, which the start waits for: exit 0', async () => {
    const read = requestFor('/first.xml');
    const bot = startBot('first', `${base}/first.xml\n`);
    try {
      await read;
      expect(bot.output.stderr).not.toMatch(/feeds polled/);
      await stopsCleanly(bot);
    } finally {
      bot.child.kill('SIGKILL');
    }
  }, 60_000);

  it('SIGTERM while /feeds add reads a feed: exit 0', async () => {
    const read = requestFor('/added.xml');
    const bot = startBot('added', '');
    try {
      await bot.waitFor(/"msg":"feeds polled"/);
      bot.child.stdin.write(`/feeds add ${base}/added.xml\n`);
      await read;
      await stopsCleanly(bot);
    } finally {
      bot.child.kill('SIGKILL');
    }
  }, 60_000);
});
