import { Client, Events, GatewayIntentBits } from 'discord.js';
import { DiscordPeer, guildIdsOnShard } from '../tests/adapters/discord/peer/discord-peer.js';
import { printTable } from './lib/table.js';

/**
 * How a process should hold the gateway shards it is given, measured against the loopback peer
 * (SHARDS shards, GUILDS servers each, max_concurrency high enough that no IDENTIFY waits):
 * - one discord.js Client for all of them: its shard list is fixed at login, so taking one more
 *   shard means a restart, every shard's session closed and identified again;
 * - one Client per shard (what Briefly does): one more shard is one more Client, the others
 *   untouched.
 * Heap per arrangement (after GC), and for one more shard: the time until it is READY and how
 * many of the sessions already held were closed meanwhile.
 */
const SHARDS = Number(process.env.BENCH_SHARDS ?? 8);
const GUILDS = Number(process.env.BENCH_GUILDS_PER_SHARD ?? 50);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

const peer = await DiscordPeer.start();
peer.gateway.guilds.splice(0);
for (let shard = 0; shard < SHARDS; shard++)
  for (const id of guildIdsOnShard(shard, SHARDS, GUILDS))
    peer.gateway.guilds.push({
      id,
      name: `Guild ${id}`,
      channels: [{ id: `3${id.slice(1)}`, name: 'general' }],
    });
peer.gateway.shardCount = SHARDS;
peer.gateway.maxConcurrency = 16;

async function login(shards: number[]): Promise<Client> {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    shards,
    shardCount: SHARDS,
    rest: { api: peer.apiUrl },
  });
  const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
  await client.login('bench-token.for.peer');
  await ready;
  return client;
}

function heapMb(): number {
  gc();
  return process.memoryUsage().heapUsed / 1_048_576;
}

const shardsBelow = (n: number) => Array.from({ length: n }, (_, i) => i);
const rows: Record<string, string | number>[] = [];
// A first Client loads what discord.js loads lazily, so that neither arrangement is charged for it.
await (await login([0])).destroy();
const baseline = heapMb();

// One Client for all: hold SHARDS - 1, then restart with all of them.
let single = await login(shardsBelow(SHARDS - 1));
const singleHeap = heapMb() - baseline;
let closedBefore = peer.gateway.identifies.length;
let started = performance.now();
await single.destroy();
single = await login(shardsBelow(SHARDS));
rows.push({
  arrangement: 'one Client, restarted',
  [`heap MB (${SHARDS - 1} shards)`]: singleHeap,
  'one more shard READY, ms': performance.now() - started,
  'held sessions re-identified': peer.gateway.identifies.length - closedBefore - 1,
});
await single.destroy();

// One Client per shard: hold SHARDS - 1, then add one Client.
const before = heapMb();
const clients = await Promise.all(shardsBelow(SHARDS - 1).map((shard) => login([shard])));
const perShardHeap = heapMb() - before;
closedBefore = peer.gateway.identifies.length;
started = performance.now();
clients.push(await login([SHARDS - 1]));
rows.push({
  arrangement: 'one Client per shard',
  [`heap MB (${SHARDS - 1} shards)`]: perShardHeap,
  'one more shard READY, ms': performance.now() - started,
  'held sessions re-identified': peer.gateway.identifies.length - closedBefore - 1,
});
await Promise.all(clients.map((client) => client.destroy()));
await peer.stop();

printTable(`Discord: holding gateway shards (${SHARDS} shards, ${GUILDS} servers each)`, rows);
