import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import {
  startTelegram,
  type RunningTelegram,
} from '../../../src/adapters/telegram/start-telegram.js';
import { createDispatcher } from '../../../src/core/commands/dispatch.js';
import { CommandRegistry } from '../../../src/core/commands/registry.js';
import { MemoryFleetLocks } from '../../../src/core/fleet/memory-fleet-locks.js';
import type { FleetLocks, LockSession } from '../../../src/core/ports/fleet-locks.js';
import { RecordingLifecycle } from '../../support/recording-lifecycle.js';
import { createRecordingLogger, type LogEntry } from '../../support/recording-logger.js';
import { createTestBot } from '../../support/test-services.js';
import { seedArticle } from './articles.js';
import { FAST_BOT_LIMITS } from './harness.js';
import { PEER_TOKEN, startBotApiPeer, type BotApiPeer } from './peer/bot-api-peer.js';

const ann = { id: 7, first_name: 'Ann' };
const chat = { id: 7, type: 'private' } as const;

interface Process {
  readonly bot: RunningTelegram;
  readonly logs: LogEntry[];
}

const peers: BotApiPeer[] = [];
const processes: Process[] = [];
afterEach(async () => {
  await Promise.all(processes.splice(0).map((p) => p.bot.stop()));
  await Promise.all(peers.splice(0).map((peer) => peer.close()));
});

async function peer(): Promise<BotApiPeer> {
  const started = await startBotApiPeer();
  peers.push(started);
  return started;
}

/** One bot process's Telegram adapter (as main.ts starts it) on the peer, with the fleet's lock. */
async function start(on: BotApiPeer, lock: FleetLocks | undefined): Promise<Process> {
  const logger = createRecordingLogger();
  const bot = await startTelegram({
    token: PEER_TOKEN,
    apiRoot: on.apiRoot,
    dispatcher: createDispatcher(
      new CommandRegistry(commands),
      createTestBot([seedArticle()]).services,
    ),
    lifecycle: new RecordingLifecycle(),
    logger,
    limits: FAST_BOT_LIMITS,
    drainMs: 1000,
    conflictRetryMs: 200,
    fleetLocks: lock,
    leaderRetryMs: 50,
  });
  const started = { bot, logs: logger.entries };
  processes.push(started);
  return started;
}

const polling = (p: Process) =>
  p.logs.filter((l) => l.message === 'Telegram: this process long-polls for the fleet').length -
  p.logs.filter((l) => l.message === 'Telegram: this process no longer polls').length;
const conflicts = (on: BotApiPeer) =>
  on.refusals.filter((r) => r.method === 'getUpdates' && r.status === 409).length;

describe('long polling in a fleet: one elected poller', () => {
  it('the peer answers 409 when two processes poll one token without election', async () => {
    const on = await peer();
    await Promise.all([start(on, undefined), start(on, undefined)]);
    await expect.poll(() => conflicts(on), { timeout: 20_000 }).toBeGreaterThan(0);
  });

  it('of three processes sharing the lock one polls, no 409; its successor answers a command once', async () => {
    const on = await peer();
    const lock = new MemoryFleetLocks();
    const fleet = await Promise.all([1, 2, 3].map(() => start(on, lock)));
    await expect.poll(() => fleet.map(polling).join(',')).toMatch(/^(1,0,0|0,1,0|0,0,1)$/);
    await on.send(chat, ann, '/help');
    await on.waitForSent(chat.id, 1);
    const leader = fleet.find((p) => polling(p) === 1)!;
    await leader.bot.stop();
    processes.splice(processes.indexOf(leader), 1);
    const rest = fleet.filter((p) => p !== leader);
    await expect.poll(() => rest.map(polling).sort().join(',')).toBe('0,1');
    await on.send(chat, ann, '/news');
    await on.waitForSent(chat.id, 2);
    // A later command's answer: by then a second answer to /about would have come.
    await on.send(chat, ann, '/help');
    const answers = await on.waitForSent(chat.id, 3);
    expect(answers).toHaveLength(3);
    expect(conflicts(on)).toBe(0);
  });

  it('a poller that loses its lock stops polling, and one process polls again', async () => {
    const on = await peer();
    const inner = new MemoryFleetLocks();
    const sessions: LockSession[] = [];
    const lock: FleetLocks = {
      open: async () => {
        const session = await inner.open();
        sessions.push(session);
        return session;
      },
    };
    const fleet = await Promise.all([1, 2].map(() => start(on, lock)));
    const terms = () =>
      fleet.flatMap((p) => p.logs).filter((l) => l.message.includes('this process long-polls'))
        .length;
    await expect.poll(terms).toBe(1);
    // The poller's lock connection fails: it stops, and a process (either) takes the lock again.
    for (const session of sessions) inner.lose(session);
    await expect.poll(terms).toBe(2);
    await expect.poll(() => fleet.map(polling).reduce((a, b) => a + b)).toBe(1);
    expect(
      fleet
        .flatMap((p) => p.logs)
        .some((l) => l.level === 'warn' && l.message.includes('lost the lock')),
    ).toBe(true);
    await on.send(chat, ann, '/help');
    await on.waitForSent(chat.id, 1);
  });
});
