import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/ports/logger.js';
import { openSqliteStorage } from '../../src/storage/open-storage.js';
import {
  PEER_TOKEN,
  startBotApiPeer,
  type BotApiPeer,
} from '../adapters/telegram/peer/bot-api-peer.js';
import { repositoryRoot } from '../support/run-script.js';
import { spawnInRepository } from '../support/spawned.js';

/**
 * SIGTERM to the production start (compiled JavaScript run by node, as the image runs it) while a
 * digest fan-out is being sent to a slow Telegram: it exits 0 within the stop deadline, and every
 * due chat either got its digest once or has a ledger row that says it will be sent (failed, with
 * a retry time) or none at all (the next start's catch-up sends it). Nothing is lost or sent twice.
 */
/** Two seconds of Telegram's 30 messages a second: sends in flight and queued at the signal. */
const CHATS = Array.from({ length: 60 }, (_, i) => -1009000 - i);
const dir = mkdtempSync(join(tmpdir(), 'briefly-stop-sends-'));
// Compiled inside the repository, so that node finds its node_modules as dist/ would.
const build = join(repositoryRoot, `.stop-test-build-${process.pid}`);
let peer: BotApiPeer;

beforeAll(async () => {
  execFileSync(
    process.execPath,
    [
      join(repositoryRoot, 'node_modules/typescript/bin/tsc'),
      '-p',
      'tsconfig.build.json',
      '--outDir',
      build,
    ],
    { cwd: repositoryRoot, stdio: 'pipe' },
  );
  mkdirSync(join(dir, 'content'));
  cpSync(
    new URL('../fixtures/seed.txt', import.meta.url).pathname,
    join(dir, 'content', 'seed.txt'),
  );
  peer = await startBotApiPeer();
}, 240_000);

afterAll(async () => {
  await peer.close();
  rmSync(build, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

describe('SIGTERM to the production start with digest sends in flight', () => {
  it('exits 0, and every due chat got its digest once or is left in the ledger to be sent', async () => {
    const database = join(dir, 'bot.db');
    const now = new Date();
    // A slot two minutes ago: the start's catch-up round sends it to every chat at once.
    const minuteOfDay = (now.getUTCHours() * 60 + now.getUTCMinutes() - 2 + 1440) % 1440;
    const storage = openSqliteStorage(`sqlite:${database}`, silentLogger);
    for (const id of CHATS)
      await storage.digests.saveSettings({
        chat: { platform: 'telegram', id: String(id) },
        enabled: true,
        minuteOfDay,
        days: [0, 1, 2, 3, 4, 5, 6],
        timezone: 'UTC',
        size: 3,
        topics: [],
        showImages: true,
        active: true,
        scheduleFrom: new Date(now.getTime() - 86_400_000),
        updatedAt: now,
      });
    await storage.close();

    peer.sendDelayMs = 1_500;
    const bot = spawnInRepository(process.execPath, [join(build, 'src/main.js')], {
      TELEGRAM_BOT_TOKEN: PEER_TOKEN,
      TELEGRAM_API_ROOT: peer.apiRoot,
      CONTENT_DIR: join(dir, 'content'),
      DATABASE_URL: `sqlite:${database}`,
      LOG_LEVEL: 'info',
    });
    try {
      // The first digest is on its way to Telegram, which takes 1.5 s to answer each.
      while (!peer.calls.some((c) => c.method === 'sendMessage')) {
        if (bot.child.exitCode !== null) throw new Error(bot.output.stderr);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
    } finally {
      bot.child.kill('SIGKILL');
    }
    expect(bot.output.stderr).toMatch(/"msg":"stopped"/);
    expect(bot.output.stderr).not.toMatch(/stopping took too long/);

    const after = openSqliteStorage(`sqlite:${database}`, silentLogger);
    const slot = new Date(now);
    slot.setUTCHours(Math.floor(minuteOfDay / 60), minuteOfDay % 60, 0, 0);
    if (slot > now) slot.setUTCDate(slot.getUTCDate() - 1);
    let delivered = 0;
    for (const id of CHATS) {
      const posts = peer.sent.filter((m) => m.chatId === id).length;
      expect(posts).toBeLessThanOrEqual(1);
      const row = await after.digests.getDelivery({
        chat: { platform: 'telegram', id: String(id) },
        slot,
        kind: 'scheduled',
      });
      if (posts === 1) {
        delivered++;
        expect(row?.status).toBe('sent');
      } else if (row) {
        // Handed back: recorded as failed with a time to try again (or unknown, to be resolved).
        expect(row.status === 'failed' ? row.retryAt : row.status).toBeDefined();
        expect(['failed', 'unknown', 'empty']).toContain(row.status);
      }
    }
    await after.close();
    // The send in flight when the signal came was finished, not dropped.
    expect(delivered).toBeGreaterThan(0);
  }, 120_000);
});
