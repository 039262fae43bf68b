import { afterEach, describe, expect, it } from 'vitest';
import { DiscordPeer, guildIdsOnShard, waitFor } from '../adapters/discord/peer/discord-peer.js';
import { startBotProcess, stopAll } from '../support/fleet.js';
import { useTestSchemas } from '../support/postgres.js';
import type { Spawned } from '../support/spawned.js';

const SHARDS = 4;
const schemas = useTestSchemas();
const running: Spawned[] = [];
const peers: DiscordPeer[] = [];
afterEach(async () => {
  await stopAll(running.splice(0));
  await Promise.all(peers.splice(0).map((peer) => peer.stop()));
});

/** The shards a process holds now, from its log: "Discord shard held" less "Discord shard let go". */
function heldBy(bot: Spawned): Set<number> {
  const held = new Set<number>();
  for (const line of bot.output.stderr.split('\n')) {
    if (!line.startsWith('{')) continue;
    const entry = JSON.parse(line) as { msg?: string; shard?: number };
    if (entry.shard === undefined) continue;
    if (entry.msg === 'Discord shard held') held.add(entry.shard);
    if (entry.msg === 'Discord shard let go') held.delete(entry.shard);
  }
  return held;
}

/** Each shard has one open gateway session, and the processes' logs say the same, disjointly. */
function dividedOnce(peer: DiscordPeer, bots: readonly Spawned[]): boolean {
  const sessions = peer.gateway.sessionsPerShard();
  const held = bots.flatMap((bot) => [...heldBy(bot)]);
  return (
    sessions.size === SHARDS &&
    [...sessions.values()].every((n) => n === 1) &&
    held.length === SHARDS &&
    new Set(held).size === SHARDS
  );
}

/** /help in `guild`: sent to exactly one session, answered, acknowledged once. */
async function answeredOnce(peer: DiscordPeer, guild: string): Promise<void> {
  const record = peer.send({ kind: 'command', name: 'help', guild });
  expect(record.deliveredTo, `sessions that got /help in ${guild}`).toBe(1);
  const seen = await peer.answer(record, 300, 60_000);
  expect(seen.length, `the answer in ${guild}`).toBeGreaterThan(0);
}

describe('a fleet of bot processes dividing Discord gateway shards on one PostgreSQL', () => {
  it('gives each shard to one process, answers every server once, and takes over after a SIGKILL', async () => {
    const peer = await DiscordPeer.start();
    peers.push(peer);
    // Two servers on each shard; IDENTIFYs limited to 2 per 5 s (shard_id % 2), for the fleet.
    const guilds = Array.from({ length: SHARDS }, (_, shard) => guildIdsOnShard(shard, SHARDS, 2));
    peer.gateway.guilds.splice(0);
    for (const id of guilds.flat())
      peer.gateway.guilds.push({
        id,
        name: `Guild ${id}`,
        channels: [{ id: `3${id.slice(1)}`, name: 'general' }],
      });
    peer.gateway.maxConcurrency = 2;
    const env = {
      DATABASE_URL: await schemas.fresh(),
      DISCORD_TOKEN: 'peer-token.for.tests',
      DISCORD_API_URL: peer.apiUrl,
      DISCORD_SHARD_COUNT: String(SHARDS),
    };
    const bots = [0, 1, 2].map(() => startBotProcess(env));
    running.push(...bots);

    // Safety deadline only: the assertion is on who holds what once the fleet has settled.
    await waitFor(
      () => dividedOnce(peer, bots) && bots.every((bot) => heldBy(bot).size > 0),
      150_000,
      'the shards divided over three processes',
    );
    expect(peer.gateway.overlaps).toEqual([]);
    expect(bots.map((bot) => heldBy(bot).size).sort()).toEqual([1, 1, 2]);
    for (const guild of guilds.flat()) await answeredOnce(peer, guild);

    // IDENTIFYs of one bucket (shard_id % max_concurrency) were at least 5 s apart, fleet-wide.
    for (const bucket of [0, 1]) {
      const at = peer.gateway.identifies.filter((i) => i.shard[0] % 2 === bucket).map((i) => i.at);
      for (let i = 1; i < at.length; i++) expect(at[i]! - at[i - 1]!).toBeGreaterThanOrEqual(5000);
    }

    // The process holding two shards is killed: no goodbye, its sessions and locks just end.
    const victim = bots.find((bot) => heldBy(bot).size === 2)!;
    const orphaned = [...heldBy(victim)];
    const identifiedBefore = peer.gateway.identifies.length;
    victim.child.kill('SIGKILL');
    await victim.exited;
    const survivors = bots.filter((bot) => bot !== victim);
    await waitFor(
      () => dividedOnce(peer, survivors),
      150_000,
      "the dead process's shards taken over",
    );
    const reidentified = peer.gateway.identifies.slice(identifiedBefore).map((i) => i.shard[0]);
    expect(reidentified.sort()).toEqual(orphaned.sort());
    expect(peer.gateway.overlaps).toEqual([]);
    for (const shard of orphaned)
      for (const guild of guilds[shard]!) await answeredOnce(peer, guild);
    expect(peer.problems).toEqual([]);
  }, 400_000);
});
