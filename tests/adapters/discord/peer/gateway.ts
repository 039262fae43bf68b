import type { IncomingMessage, Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';

/** Snowflakes of the peer's world (17 to 19 digits, as @discordjs/rest expects). */
export const IDS = {
  app: '100000000000000001', // the application id is the bot user's id, as on Discord
  guild: '200000000000000001',
  channel: '300000000000000001',
  dmChannel: '300000000000000009',
  user: '400000000000000001',
  /** A second server and its channel (the control panel's cross-server tests). */
  otherGuild: '200000000000000002',
  otherChannel: '300000000000000002',
};

/** A server the peer's bot is in, as GUILD_CREATE describes it. */
export interface PeerGuild {
  readonly id: string;
  readonly name: string;
  readonly channels: readonly { id: string; name: string }[];
  /** Its preferred locale (default: the gateway's guildLocale). */
  readonly locale?: string;
  /** Its roles besides @everyone. */
  readonly roles?: readonly { id: string; name: string }[];
}

/** A shard as an IDENTIFY names it: [shard_id, num_shards]. */
export type ShardPair = readonly [number, number];

/** The shard of a server's events: (guild_id >> 22) % num_shards, as Discord routes them. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** `count` server ids whose events go to `shard` of `shardCount` (17-19 digit snowflakes). */
export function guildIdsOnShard(shard: number, shardCount: number, count = 1): string[] {
  const base = BigInt(IDS.guild) >> 22n;
  const ids: string[] = [];
  for (let k = 0n; ids.length < count; k++)
    if ((base + k) % BigInt(shardCount) === BigInt(shard)) ids.push(String((base + k) << 22n));
  return ids;
}

/** The shard field of an IDENTIFY is valid: two whole numbers, 0 <= shard_id < num_shards. */
function validShard(shard: unknown): shard is ShardPair {
  return (
    Array.isArray(shard) &&
    shard.length === 2 &&
    shard.every((n) => Number.isInteger(n)) &&
    shard[1] >= 1 &&
    shard[0] >= 0 &&
    shard[0] < shard[1]
  );
}

/**
 * The gateway half of the peer, after platforms.md §2: HELLO, IDENTIFY → READY + GUILD_CREATE,
 * heartbeat ACKs, RESUME → RESUMED; plain JSON frames (no zlib-sync installed, so no compression).
 * Sharded as Discord is: an IDENTIFY's `shard` must be valid (else close 4010 Invalid shard) and
 * leave no shard more than `maxGuildsPerShard` servers (else 4011 Sharding required); a session
 * is told of, and sent the events of, its shard's servers only; direct messages go to shard 0.
 */
export class Gateway {
  readonly wss: WebSocketServer;
  readonly frames: any[] = [];
  readonly sockets = new Set<WebSocket>();
  /** The shard each identified (or resumed) connection serves. */
  readonly shards = new Map<WebSocket, ShardPair>();
  /** Every IDENTIFY accepted, in order, with its shard. */
  readonly identifies: { shard: ShardPair; at: number }[] = [];
  /** IDENTIFYs for a shard that another open session held at that moment (should stay empty). */
  readonly overlaps: ShardPair[] = [];
  /** Connections closed for their shard field, with the close code (4010 or 4011). */
  readonly refused: { shard: unknown; code: number }[] = [];
  /** The shard count GET /gateway/bot recommends. */
  shardCount = 1;
  /** Discord requires sharding from 2,500 servers on one shard. */
  maxGuildsPerShard = 2500;
  /** GET /gateway/bot's session_start_limit.max_concurrency. */
  maxConcurrency = 1;
  private readonly sessions = new Map<string, ShardPair>();
  private seq = 0;
  heartbeatIntervalMs = 41_250;
  private readyWaiters: (() => void)[] = [];
  identified = 0;
  resumed = 0;
  /** The preferred locale of a server that names none of its own, as GUILD_CREATE reports it. */
  guildLocale = 'en-US';
  /** The servers the bot is in; a test may add some before the bot connects. */
  readonly guilds: PeerGuild[] = [
    { id: IDS.guild, name: 'Test Guild', channels: [{ id: IDS.channel, name: 'general' }] },
  ];

  constructor(
    server: Server,
    private readonly port: () => number,
  ) {
    this.wss = new WebSocketServer({ server });
    this.wss.on('connection', (ws, req) => this.onConnection(ws, req));
  }

  /** Resolves once a client has identified (or resumed) and been told it is READY. */
  ready(): Promise<void> {
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /**
   * Sends an event: to `only`, else to the sessions of the shard of its server (`d.guild_id`), or
   * of shard 0 when it has none (direct messages). Returns how many sessions it went to.
   */
  dispatch(t: string, d: any, only?: WebSocket): number {
    const frame = JSON.stringify({ op: 0, t, s: ++this.seq, d });
    const to = only
      ? [only]
      : this.sessionsFor(typeof d?.guild_id === 'string' ? d.guild_id : undefined);
    for (const socket of to) socket.send(frame);
    return to.length;
  }

  /** The open sessions that get the events of a server (or of direct messages: shard 0). */
  sessionsFor(guildId: string | undefined): WebSocket[] {
    return [...this.shards].flatMap(([socket, [id, count]]) =>
      id === (guildId === undefined ? 0 : shardOf(guildId, count)) ? [socket] : [],
    );
  }

  /** Which shards have an open session now, and how many each (one, when all is well). */
  sessionsPerShard(): Map<number, number> {
    const counts = new Map<number, number>();
    for (const [id] of this.shards.values()) counts.set(id, (counts.get(id) ?? 0) + 1);
    return counts;
  }

  /** Closes every connection with a close code (4000 = unknown error: the client may resume). */
  drop(code = 4000): void {
    for (const socket of this.sockets) socket.close(code, 'peer dropped the connection');
  }

  close(): void {
    for (const socket of this.sockets) socket.terminate();
    this.wss.close();
  }

  private onConnection(ws: WebSocket, req: IncomingMessage) {
    this.sockets.add(ws);
    this.frames.push({ connectUrl: req.url });
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs } }));
    ws.on('message', (raw: Buffer) => {
      const frame = JSON.parse(raw.toString());
      this.frames.push(frame);
      if (frame.op === 1) ws.send(JSON.stringify({ op: 11 }));
      if (frame.op === 2) this.onIdentify(ws, frame.d);
      if (frame.op === 6) {
        const shard = this.sessions.get(frame.d?.session_id);
        if (shard) this.shards.set(ws, shard);
        this.resumed++;
        this.dispatch('RESUMED', {}, ws);
        this.readyWaiters.splice(0).forEach((resolve) => resolve());
      }
    });
    ws.on('close', () => {
      this.sockets.delete(ws);
      this.shards.delete(ws);
    });
  }

  private onIdentify(ws: WebSocket, d: { shard?: unknown }) {
    const shard = d.shard ?? [0, 1];
    if (!validShard(shard)) return this.refuse(ws, shard, 4010, 'Invalid shard');
    const guilds = this.guilds.filter((g) => shardOf(g.id, shard[1]) === shard[0]);
    if (guilds.length > this.maxGuildsPerShard)
      return this.refuse(ws, shard, 4011, 'Sharding required');
    const [id, count] = shard;
    if ([...this.shards.values()].some(([i, c]) => i === id && c === count))
      this.overlaps.push(shard);
    this.identified++;
    const sessionId = `session-${this.identified}`;
    this.sessions.set(sessionId, shard);
    this.shards.set(ws, shard);
    this.identifies.push({ shard, at: Date.now() });
    this.dispatch(
      'READY',
      {
        v: 10,
        user: { id: IDS.app, username: 'briefly', discriminator: '0', bot: true, avatar: null },
        guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
        session_id: sessionId,
        resume_gateway_url: `ws://127.0.0.1:${this.port()}`,
        shard,
        application: { id: IDS.app, flags: 0 },
      },
      ws,
    );
    for (const guild of guilds)
      this.dispatch(
        'GUILD_CREATE',
        {
          id: guild.id,
          name: guild.name,
          icon: null,
          owner_id: IDS.user,
          unavailable: false,
          joined_at: new Date().toISOString(),
          member_count: 2,
          preferred_locale: guild.locale ?? this.guildLocale,
          large: false,
          features: [],
          roles: [
            {
              id: guild.id,
              name: '@everyone',
              permissions: '1071698660929',
              position: 0,
              color: 0,
              hoist: false,
              managed: false,
              mentionable: false,
              flags: 0,
            },
            ...(guild.roles ?? []).map((role, index) => ({
              id: role.id,
              name: role.name,
              permissions: '0',
              position: index + 1,
              color: 0,
              hoist: false,
              managed: false,
              mentionable: true,
              flags: 0,
            })),
          ],
          channels: guild.channels.map((channel, position) => ({
            id: channel.id,
            type: 0,
            name: channel.name,
            position,
            permission_overwrites: [],
            parent_id: null,
            nsfw: false,
          })),
          members: [],
          voice_states: [],
          presences: [],
          threads: [],
          emojis: [],
          stickers: [],
        },
        ws,
      );
    this.readyWaiters.splice(0).forEach((resolve) => resolve());
  }

  private refuse(ws: WebSocket, shard: unknown, code: number, reason: string): void {
    this.refused.push({ shard, code });
    ws.close(code, reason);
  }
}
