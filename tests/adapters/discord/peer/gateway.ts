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

/**
 * The gateway half of the peer, after platforms.md §2: HELLO, IDENTIFY → READY + GUILD_CREATE,
 * heartbeat ACKs, RESUME → RESUMED; plain JSON frames (no zlib-sync installed, so no compression).
 */
export class Gateway {
  readonly wss: WebSocketServer;
  readonly frames: any[] = [];
  readonly sockets = new Set<WebSocket>();
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

  dispatch(t: string, d: unknown, only?: WebSocket): void {
    const frame = JSON.stringify({ op: 0, t, s: ++this.seq, d });
    for (const socket of only ? [only] : this.sockets) socket.send(frame);
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
        this.resumed++;
        this.dispatch('RESUMED', {}, ws);
        this.readyWaiters.splice(0).forEach((resolve) => resolve());
      }
    });
    ws.on('close', () => this.sockets.delete(ws));
  }

  private onIdentify(ws: WebSocket, d: { shard?: number[] }) {
    this.identified++;
    this.dispatch(
      'READY',
      {
        v: 10,
        user: { id: IDS.app, username: 'briefly', discriminator: '0', bot: true, avatar: null },
        guilds: this.guilds.map((g) => ({ id: g.id, unavailable: true })),
        session_id: `session-${this.identified}`,
        resume_gateway_url: `ws://127.0.0.1:${this.port()}`,
        shard: d.shard ?? [0, 1],
        application: { id: IDS.app, flags: 0 },
      },
      ws,
    );
    for (const guild of this.guilds)
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
}
