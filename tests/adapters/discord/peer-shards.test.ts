import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DiscordPeer, guildIdsOnShard, IDS, shardOf, waitFor } from './peer/discord-peer.js';

/** A bare gateway client: connects, identifies with `shard`, and keeps every frame it gets. */
async function connect(peer: DiscordPeer, shard?: unknown) {
  const ws = new WebSocket(`ws://127.0.0.1:${peer.port}`);
  const frames: any[] = [];
  let closed: number | undefined;
  ws.on('message', (raw: Buffer) => frames.push(JSON.parse(raw.toString())));
  ws.on('close', (code) => (closed = code));
  await new Promise((resolve) => ws.once('open', resolve));
  ws.send(JSON.stringify({ op: 2, d: { token: 't', intents: 1, properties: {}, shard } }));
  return {
    ws,
    frames,
    closeCode: () => closed,
    events: (t: string) => frames.filter((f) => f.t === t).map((f) => f.d),
  };
}

const peers: DiscordPeer[] = [];
const clients: WebSocket[] = [];
afterEach(async () => {
  for (const ws of clients.splice(0)) ws.terminate();
  await Promise.all(peers.splice(0).map((peer) => peer.stop()));
});

async function peerWith(guildIds: string[]) {
  const peer = await DiscordPeer.start();
  peers.push(peer);
  peer.gateway.guilds.splice(0);
  for (const id of guildIds)
    peer.gateway.guilds.push({
      id,
      name: `Guild ${id}`,
      channels: [{ id: `3${id.slice(1)}`, name: 'general' }],
    });
  return peer;
}

describe('the Discord peer shards its gateway as Discord does', () => {
  it('routes each server by (guild_id >> 22) % num_shards', () => {
    expect(shardOf('200000000000000001', 1)).toBe(0);
    // 200000000000000001 >> 22 = 47683715820, which is 0 mod 4 and 6 mod 7
    expect(shardOf('200000000000000001', 4)).toBe(0);
    expect(shardOf('200000000000000001', 7)).toBe(6);
    for (const shard of [0, 1, 2, 3])
      for (const id of guildIdsOnShard(shard, 4, 3)) {
        expect(shardOf(id, 4)).toBe(shard);
        expect(id).toMatch(/^\d{17,19}$/);
      }
  });

  it('closes an identify with an invalid shard with 4010', async () => {
    const peer = await peerWith([IDS.guild]);
    for (const shard of [[2, 2], [-1, 2], [0, 0], [0], 'x', [0.5, 2]]) {
      const client = await connect(peer, shard);
      clients.push(client.ws);
      await waitFor(() => client.closeCode(), 5_000, `the close of ${JSON.stringify(shard)}`);
      expect(client.closeCode()).toBe(4010);
      expect(client.events('READY')).toEqual([]);
    }
    expect(peer.gateway.identifies).toEqual([]);
  });

  it('closes with 4011 when a shard would hold more servers than Discord allows', async () => {
    const peer = await peerWith([...guildIdsOnShard(0, 2, 2), ...guildIdsOnShard(1, 2, 2)]);
    peer.gateway.maxGuildsPerShard = 2;
    const unsharded = await connect(peer); // no shard field: one shard of everything
    clients.push(unsharded.ws);
    await waitFor(() => unsharded.closeCode(), 5_000, 'the close');
    expect(unsharded.closeCode()).toBe(4011);
    // Two shards hold two servers each: accepted.
    const sharded = await connect(peer, [1, 2]);
    clients.push(sharded.ws);
    await waitFor(() => sharded.events('READY').length, 5_000, 'READY');
    expect(sharded.closeCode()).toBeUndefined();
  });

  it("tells a shard of its own servers only, and sends each server's interactions to its shard", async () => {
    const onShard = [0, 1, 2].map((shard) => guildIdsOnShard(shard, 3, 2));
    const peer = await peerWith(onShard.flat());
    const shards = await Promise.all([0, 1, 2].map((shard) => connect(peer, [shard, 3])));
    clients.push(...shards.map((s) => s.ws));
    await waitFor(
      () => shards.every((s) => s.events('GUILD_CREATE').length === 2),
      5_000,
      'guilds',
    );
    shards.forEach((s, shard) => {
      expect(s.events('READY')[0].guilds.map((g: any) => g.id)).toEqual(onShard[shard]);
      expect(s.events('READY')[0].shard).toEqual([shard, 3]);
      expect(s.events('GUILD_CREATE').map((g: any) => g.id)).toEqual(onShard[shard]);
    });
    const guild = onShard[2]![1]!;
    const record = peer.send({ kind: 'command', name: 'help', guild });
    expect(record.deliveredTo).toBe(1);
    await waitFor(() => shards[2]!.events('INTERACTION_CREATE').length, 5_000, 'the interaction');
    const [interaction] = shards[2]!.events('INTERACTION_CREATE');
    expect(interaction.guild_id).toBe(guild);
    expect(interaction.channel.guild_id).toBe(guild);
    // Direct messages belong to shard 0.
    const dm = peer.send({ kind: 'command', name: 'help', dm: true });
    expect(dm.deliveredTo).toBe(1);
    await waitFor(() => shards[0]!.events('INTERACTION_CREATE').length, 5_000, 'the DM');
    expect(shards[0]!.events('INTERACTION_CREATE')[0].guild_id).toBeUndefined();
    expect(shards[1]!.events('INTERACTION_CREATE')).toEqual([]);
    expect(shards[2]!.events('INTERACTION_CREATE')).toHaveLength(1);
    expect(peer.gateway.sessionsPerShard()).toEqual(
      new Map([
        [0, 1],
        [1, 1],
        [2, 1],
      ]),
    );
  });

  it('reaches no one when no session holds the shard, and recommends its shard count', async () => {
    const peer = await peerWith(guildIdsOnShard(1, 2));
    peer.gateway.shardCount = 2;
    const zero = await connect(peer, [0, 2]);
    clients.push(zero.ws);
    await waitFor(() => zero.events('READY').length, 5_000, 'READY');
    expect(
      peer.send({ kind: 'command', name: 'help', guild: guildIdsOnShard(1, 2)[0]! }).deliveredTo,
    ).toBe(0);
    const info = (await (await fetch(`${peer.apiUrl}/v10/gateway/bot`)).json()) as {
      shards: number;
    };
    expect(info.shards).toBe(2);
  });
});
