import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { startDiscord, type RunningDiscord } from '../../../src/adapters/discord/start-discord.js';
import { createDispatcher } from '../../../src/core/commands/dispatch.js';
import { CommandRegistry } from '../../../src/core/commands/registry.js';
import { MemoryFleetLocks } from '../../../src/core/fleet/memory-fleet-locks.js';
import type { FleetLocks } from '../../../src/core/ports/fleet-locks.js';
import { createRecordingLogger } from '../../support/recording-logger.js';
import { RecordingLifecycle } from '../../support/recording-lifecycle.js';
import { RecordingMetrics } from '../../support/recording-metrics.js';
import { createTestBot } from '../../support/test-services.js';
import { DiscordPeer, guildIdsOnShard, waitFor } from './peer/discord-peer.js';

const peers: DiscordPeer[] = [];
const adapters: RunningDiscord[] = [];
afterEach(async () => {
  await Promise.all(adapters.splice(0).map((adapter) => adapter.stop()));
  await Promise.all(peers.splice(0).map((peer) => peer.stop()));
});

/** A peer whose bot is in `perShard` servers on each of `shards` shards. */
async function shardedPeer(shards: number, perShard = 1) {
  const peer = await DiscordPeer.start();
  peers.push(peer);
  const guilds = Array.from({ length: shards }, (_, shard) =>
    guildIdsOnShard(shard, shards, perShard),
  );
  peer.gateway.guilds.splice(0);
  for (const id of guilds.flat())
    peer.gateway.guilds.push({
      id,
      name: `Guild ${id}`,
      channels: [{ id: `3${id.slice(1)}`, name: 'general' }],
    });
  return { peer, guilds };
}

/** One process's Discord adapter (its own core), against `peer`, on the fleet's `locks`. */
async function process(
  peer: DiscordPeer,
  options: { locks?: FleetLocks; shardCount?: number } = {},
) {
  const logger = createRecordingLogger();
  const metrics = new RecordingMetrics();
  const adapter = await startDiscord({
    token: 'peer-token.for.tests',
    apiUrl: peer.apiUrl,
    dispatcher: createDispatcher(new CommandRegistry(commands), createTestBot().services),
    lifecycle: new RecordingLifecycle(),
    logger,
    metrics,
    fleetLocks: options.locks,
    shardCount: options.shardCount,
    shardCheckMs: 50,
  });
  adapters.push(adapter);
  return { adapter, logger, metrics };
}

/** Sends /help in `guild` and resolves with the answer; fails unless exactly one session got it. */
async function helpIn(peer: DiscordPeer, guild: string | undefined) {
  const record = peer.send({
    kind: 'command',
    name: 'help',
    ...(guild ? { guild } : { dm: true }),
  });
  expect(record.deliveredTo, `sessions that got /help in ${guild ?? 'a DM'}`).toBe(1);
  const seen = await peer.answer(record);
  expect(seen.length).toBeGreaterThan(0);
  return record;
}

describe('Discord sharding in one process', () => {
  it("holds every shard Discord recommends and answers in each shard's servers and in DMs", async () => {
    const { peer, guilds } = await shardedPeer(3);
    peer.gateway.shardCount = 3;
    const { metrics } = await process(peer);
    expect(peer.gateway.identifies.map((i) => i.shard)).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
    ]);
    // max_concurrency 1: one IDENTIFY per 5 seconds (a lower bound: a loaded machine only adds).
    const at = peer.gateway.identifies.map((i) => i.at);
    for (let i = 1; i < at.length; i++) expect(at[i]! - at[i - 1]!).toBeGreaterThanOrEqual(5000);
    expect(metrics.read('briefly_discord_shards_held')).toBe(3);
    for (const guild of guilds.flat()) await helpIn(peer, guild);
    await helpIn(peer, undefined);
    expect(peer.problems).toEqual([]);
  });

  it('stops the start with the close code when Discord wants more shards (4011)', async () => {
    const { peer } = await shardedPeer(2, 2);
    peer.gateway.maxGuildsPerShard = 2;
    await expect(process(peer, { shardCount: 1 })).rejects.toThrow(/4011.*Sharding required/);
    expect(peer.gateway.refused).toEqual([{ shard: [0, 1], code: 4011 }]);
    expect(peer.calls.filter((c) => c.method === 'PUT')).toEqual([]);
  });
});

describe('Discord sharding over two processes sharing fleet locks', () => {
  it('divides the shards, each held by one session, and hands them over when one stops', async () => {
    const { peer, guilds } = await shardedPeer(4);
    // Each shard identifies in a bucket of its own (shard_id % max_concurrency), without waiting.
    peer.gateway.maxConcurrency = 4;
    const locks = new MemoryFleetLocks();
    const first = await process(peer, { locks, shardCount: 4 });
    const second = await process(peer, { locks, shardCount: 4 });
    // The first held all four; once the second joins, two are handed over to it.
    await waitFor(
      () =>
        peer.gateway.sessionsPerShard().size === 4 &&
        second.logger.entries.filter((e) => e.message === 'Discord shard held').length === 2,
      30_000,
      'two shards each',
    );
    expect([...peer.gateway.sessionsPerShard().values()]).toEqual([1, 1, 1, 1]);
    expect(first.metrics.read('briefly_discord_shards_held')).toBe(2);
    expect(second.metrics.read('briefly_discord_shards_held')).toBe(2);
    for (const guild of guilds.flat()) await helpIn(peer, guild);

    await first.adapter.stop();
    adapters.splice(adapters.indexOf(first.adapter), 1);
    await waitFor(
      () => [...peer.gateway.sessionsPerShard().values()].join() === '1,1,1,1',
      30_000,
      'the second process to hold all four',
    );
    expect(second.metrics.read('briefly_discord_shards_held')).toBe(4);
    for (const guild of guilds.flat()) await helpIn(peer, guild);
    expect(peer.problems).toEqual([]);
  });
});
