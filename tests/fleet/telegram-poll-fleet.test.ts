import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  PEER_TOKEN,
  startBotApiPeer,
  type BotApiPeer,
} from '../adapters/telegram/peer/bot-api-peer.js';
import { startBotProcess, stopAll } from '../support/fleet.js';
import { useTestSchemas } from '../support/postgres.js';
import type { Spawned } from '../support/spawned.js';

const schemas = useTestSchemas();
const running: Spawned[] = [];
const peers: BotApiPeer[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await stopAll(running.splice(0));
  await Promise.all(peers.splice(0).map((peer) => peer.close()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const ann = { id: 7, first_name: 'Ann' };
const chat = (id: number) => ({ id, type: 'private' as const });

/** The ops port a process listens on (OPS_PORT=0 picks one; the log says which). */
async function opsPort(bot: Spawned): Promise<number> {
  await bot.waitFor(/ops server listening/);
  const line = bot.output.stderr.split('\n').find((l) => l.includes('ops server listening'));
  return Number((JSON.parse(line ?? '{}') as { port?: number }).port);
}

/** The process's briefly_telegram_polling gauge, read from its /metrics. */
async function pollingGauge(port: number): Promise<number> {
  const body = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const match = /^briefly_telegram_polling (\d+)/m.exec(body);
  if (!match) throw new Error('no briefly_telegram_polling in /metrics');
  return Number(match[1]);
}

/** Three processes as `npm start` runs them on one PostgreSQL schema, polling the peer's bot. */
async function fleet(size: number) {
  const peer = await startBotApiPeer({
    limits: {
      perChat: { count: 1, windowMs: 1000 },
      perGroup: { count: 20, windowMs: 60_000 },
      overall: { count: 30, windowMs: 1000 },
    },
  });
  peers.push(peer);
  const content = mkdtempSync(join(tmpdir(), 'briefly-poll-fleet-'));
  dirs.push(content);
  const env = {
    DATABASE_URL: await schemas.fresh(),
    CONTENT_DIR: content,
    TELEGRAM_BOT_TOKEN: PEER_TOKEN,
    TELEGRAM_API_ROOT: peer.apiRoot,
    OPS_PORT: '0',
  };
  const bots = Array.from({ length: size }, () => startBotProcess(env));
  running.push(...bots);
  const ports = await Promise.all(bots.map(opsPort));
  await Promise.all(bots.map((bot) => bot.waitFor(/Telegram adapter started/)));
  return { peer, bots, ports };
}

const conflicts = (peer: BotApiPeer) =>
  peer.refusals.filter((r) => r.method === 'getUpdates' && r.status === 409).length;
const pollers = (bots: readonly Spawned[]) =>
  bots.map((bot) => bot.output.stderr.split('this process long-polls for the fleet').length - 1);

describe('Telegram long polling in a fleet of processes on one PostgreSQL', () => {
  it('three processes: one polls, the others stand by; no 409 storm', async () => {
    const { peer, bots, ports } = await fleet(3);
    await expect
      .poll(async () => (await Promise.all(ports.map(pollingGauge))).join(','), {
        timeout: 30_000,
        interval: 250,
      })
      .toMatch(/^(1,0,0|0,1,0|0,0,1)$/);
    // A command is answered once, by the poller.
    await peer.send(chat(7), ann, '/help');
    await peer.waitForSent(7, 1);
    // Every standby has asked for the lock and been refused at least once meanwhile (they ask every
    // 5 s): wait for a second answer later than that, then nothing else has polled.
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    await peer.send(chat(8), ann, '/help');
    await peer.waitForSent(8, 1);
    expect(pollers(bots).sort()).toEqual([0, 0, 1]);
    expect(peer.sent.filter((m) => m.chatId === 7)).toHaveLength(1);
    expect(conflicts(peer)).toBeLessThanOrEqual(1);
  }, 120_000);

  it('the poller killed with SIGKILL: another polls, and a command sent after the kill is answered once', async () => {
    const { peer, bots, ports } = await fleet(3);
    await expect
      .poll(async () => (await Promise.all(ports.map(pollingGauge))).reduce((a, b) => a + b), {
        timeout: 30_000,
        interval: 250,
      })
      .toBe(1);
    const index = pollers(bots).indexOf(1);
    const leader = bots[index]!;
    leader.child.kill('SIGKILL');
    await leader.exited;
    const killedAt = Date.now();
    await peer.send(chat(9), ann, '/help');
    // Telegram's target: another process polls within 30 s of the poller's death.
    await peer.waitForSent(9, 1, 30_000);
    const takeoverMs = Date.now() - killedAt;
    const rest = bots.filter((bot) => bot !== leader);
    expect(pollers(rest).sort()).toEqual([0, 1]);
    // Answered once: a later command's answer has come, and still one answer to the first.
    await peer.send(chat(10), ann, '/help');
    await peer.waitForSent(10, 1);
    expect(peer.sent.filter((m) => m.chatId === 9)).toHaveLength(1);
    expect(takeoverMs).toBeLessThan(30_000);
    expect(conflicts(peer)).toBeLessThanOrEqual(2);
    const restPorts = ports.filter((_, i) => i !== index);
    expect((await Promise.all(restPorts.map(pollingGauge))).sort()).toEqual([0, 1]);
  }, 150_000);
});
