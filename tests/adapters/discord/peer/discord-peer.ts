import http from 'node:http';
import { commandProblems, mentionsProblems, messageProblems } from './check-payloads.js';
import { Gateway, IDS } from './gateway.js';
import { PeerChannels, type PeerChannel } from './channels.js';
import { OAuthProvider } from './oauth.js';
import { parseBody } from './parse-body.js';
import type { PeerDiscordLimits } from './rate-limits.js';
import {
  createInteraction,
  type CommandOption,
  type InteractionOptions,
  type InteractionRecord,
} from './interactions.js';

export { IDS, guildIdsOnShard, shardOf } from './gateway.js';
export type { InteractionRecord } from './interactions.js';

export interface RestCall {
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly body: any;
  readonly auth: string | undefined;
  readonly at: number;
  status?: number;
  /** The rate limit that refused it with 429 (`global`, or the channel's message `route`). */
  refusedBy?: 'global' | 'route';
}

export interface Failure {
  readonly method: string;
  readonly path: RegExp;
  readonly status: number;
  count: number;
  /** For 429: seconds, sent as the Retry-After header and as retry_after in the body. */
  readonly retryAfter?: number;
}

export interface Registration {
  readonly guildId: string | undefined;
  readonly commands: any[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `probe` returns something truthy; fails after `timeoutMs`. */
export async function waitFor<T>(
  probe: () => T,
  timeoutMs = 30_000,
  what = 'condition',
): Promise<NonNullable<T>> {
  const started = Date.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

/**
 * A loopback Discord for tests: REST (node:http) and gateway (ws) on one ephemeral port. It records
 * command registrations, sends interactions, takes their responses, edits and follow-ups, serves
 * channel messages (honouring nonces), checks every payload against Discord's limits, and can
 * answer chosen requests with 429 or 403.
 */
export class DiscordPeer {
  private readonly server = http.createServer((req, res) => void this.onHttp(req, res));
  readonly gateway = new Gateway(this.server, () => this.port);
  readonly calls: RestCall[] = [];
  readonly registrations: Registration[] = [];
  readonly interactions = new Map<string, InteractionRecord>();
  readonly channelMessages = new Map<string, any[]>();
  /** Roles a channel message may allow to be pinged (one at most); any other allowed mention is a problem. */
  readonly pingableRoles = new Set<string>();
  /** Files users attached (served at their CDN URL), and how often the bot fetched each. */
  private readonly attachmentFiles = new Map<string, { name: string; bytes: Buffer }>();
  readonly attachmentFetches: string[] = [];
  /** Everything Discord would have refused; a passing test expects it empty. */
  readonly problems: string[] = [];
  readonly failures: Failure[] = [];
  /** The OAuth2 side of Discord, for the control panel's sign-in. */
  readonly oauth = new OAuthProvider();
  /** Threads, forums and other channels beyond the home text channel, and Discord's rules for them. */
  readonly world = new PeerChannels((event, data) => this.gateway.dispatch(event, data));
  /** Forum posts the bot started: the forum, the new thread, its title and tags. */
  readonly forumPosts: { forumId: string; thread: PeerChannel }[] = [];
  private nextId = 500_000_000_000_000_000n;
  port = 0;
  /** Discord's rate limits, when a test enforces them (see rate-limits.ts). */
  rateLimits: PeerDiscordLimits | undefined;

  static async start(): Promise<DiscordPeer> {
    const peer = new DiscordPeer();
    await new Promise<void>((resolve) => peer.server.listen(0, '127.0.0.1', resolve));
    peer.port = (peer.server.address() as { port: number }).port;
    return peer;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async stop(): Promise<void> {
    this.gateway.close();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  snowflake(): string {
    return String(++this.nextId);
  }

  fail(failure: Omit<Failure, 'count'> & { count?: number }): void {
    this.failures.push({ count: 1, ...failure });
  }

  /**
   * A file a user attaches to a slash command: the option to send and the attachment Discord
   * resolves it to, its URL served by this peer over loopback (as Discord's CDN would).
   */
  attach(
    optionName: string,
    filename: string,
    content: string | Buffer,
    contentType = 'text/x-opml',
  ): { option: CommandOption; attachments: Record<string, unknown> } {
    const id = this.snowflake();
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    this.attachmentFiles.set(id, { name: filename, bytes });
    const url = `http://127.0.0.1:${this.port}/attachments/${IDS.channel}/${id}/${encodeURIComponent(filename)}`;
    return {
      option: { name: optionName, type: 11, value: id },
      attachments: {
        [id]: {
          id,
          filename,
          size: bytes.length,
          url,
          proxy_url: url,
          content_type: contentType,
        },
      },
    };
  }

  /**
   * Sends an interaction (command, autocomplete, button press) over the gateway, to the session of
   * its server's shard (shard 0 for a direct message); `record.deliveredTo` says to how many. `in`:
   * a channel of the peer's world (a thread, a forum post) it comes from instead of the home channel.
   */
  send(options: InteractionOptions & { readonly in?: string }): InteractionRecord {
    const guild = this.gateway.guilds.find((g) => g.id === options.guild);
    const place = options.in === undefined ? undefined : this.world.byId.get(options.in);
    if (options.in !== undefined && !place) throw new Error(`peer: no channel ${options.in}`);
    const { payload, record } = createInteraction(
      {
        guildLocale: this.gateway.guildLocale,
        ...options,
        ...(guild?.channels[0] ? { channel: guild.channels[0].id } : {}),
        ...(place ? { channelObject: this.world.json(place) } : {}),
      },
      this.snowflake(),
      this.message(IDS.channel, {}),
    );
    this.interactions.set(record.token, record);
    record.deliveredTo = this.gateway.dispatch('INTERACTION_CREATE', payload);
    return record;
  }

  /**
   * The messages a user sees for an interaction once the bot has gone quiet for `quietMs`:
   * the response (or the edited deferred one) and every follow-up.
   */
  async answer(record: InteractionRecord, quietMs = 300, timeoutMs = 30_000): Promise<any[]> {
    await waitFor(
      () => record.visible().length > 0 || record.choices,
      timeoutMs,
      `an answer to ${record.label}`,
    );
    await waitFor(() => Date.now() - record.lastActivity >= quietMs, timeoutMs, 'quiet');
    return record.visible();
  }

  private message(channelId: string, body: any) {
    return {
      id: this.snowflake(),
      channel_id: channelId,
      type: 0,
      content: body?.content ?? '',
      embeds: body?.embeds ?? [],
      components: body?.components ?? [],
      author: { id: IDS.app, username: 'briefly', discriminator: '0', avatar: null, bot: true },
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      pinned: false,
      flags: body?.flags ?? 0,
      nonce: body?.nonce,
    };
  }

  private check(body: any, where: string): string[] {
    const found = [
      ...messageProblems(body, where),
      ...mentionsProblems(body, where, this.pingableRoles),
    ];
    this.problems.push(...found);
    return found;
  }

  private async onHttp(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://peer');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    const raw = bytes.toString();
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const method = req.method ?? 'GET';
    if (this.oauth.handle(method, path, url, raw, req, res)) return;
    const file = /^\/attachments\/\d+\/(\d+)\//.exec(url.pathname)?.[1];
    if (method === 'GET' && file !== undefined) {
      const stored = this.attachmentFiles.get(file);
      this.attachmentFetches.push(file);
      res.writeHead(stored ? 200 : 404, { 'content-type': 'application/octet-stream' });
      res.end(stored?.bytes);
      return;
    }
    const body = await parseBody(bytes, req.headers['content-type']);
    const call: RestCall = {
      method,
      path,
      query: url.search,
      body,
      auth: req.headers.authorization,
      at: Date.now(),
    };
    this.calls.push(call);
    // Discord's rate limits, when enforced: every answer carries the bucket's headers.
    const verdict = this.rateLimits?.check(method, path);
    const json = (status: number, value?: unknown, extra: Record<string, string> = {}) => {
      call.status = status;
      const headers = { ...(verdict?.headers ?? {}), ...extra };
      if (value === undefined) {
        res.writeHead(status, headers);
        res.end();
        return;
      }
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(value));
    };
    const invalid = (problems: string[]) =>
      json(400, { code: 50035, message: 'Invalid Form Body', errors: { problems } });

    if (verdict && !verdict.ok) {
      call.refusedBy = verdict.global ? 'global' : 'route';
      return json(verdict.status, verdict.body);
    }
    const failure = this.failures.find(
      (f) => f.count > 0 && f.method === method && f.path.test(path),
    );
    if (failure) {
      failure.count--;
      if (failure.status === 429) {
        const after = failure.retryAfter ?? 1;
        return json(
          429,
          { message: 'You are being rate limited.', retry_after: after, global: false },
          {
            'retry-after': String(after),
            'x-ratelimit-limit': '5',
            'x-ratelimit-remaining': '0',
            'x-ratelimit-reset-after': String(after),
            'x-ratelimit-bucket': 'peer-bucket',
            'x-ratelimit-scope': 'user',
          },
        );
      }
      if (failure.status === 403) return json(403, { message: 'Missing Access', code: 50001 });
      if (failure.status === 404) return json(404, { message: 'Unknown Channel', code: 10003 });
      return json(failure.status, { message: 'Peer failure', code: 0 });
    }

    let m: RegExpExecArray | null;
    const token = /^\/(?:interactions\/\d+|webhooks\/\d+)\/([^/]+)/.exec(path)?.[1];
    const broken = token === undefined ? undefined : this.interactions.get(token);
    if (broken?.broken) {
      broken.failedResponses++;
      return json(500, { message: 'Peer: this interaction is broken', code: 0 });
    }
    if (method === 'GET' && path === '/gateway/bot') {
      return json(200, {
        url: `ws://127.0.0.1:${this.port}`,
        shards: this.gateway.shardCount,
        session_start_limit: {
          total: 1000,
          remaining: 999,
          reset_after: 86_400_000,
          max_concurrency: this.gateway.maxConcurrency,
        },
      });
    }
    if (method === 'GET' && (m = /^\/guilds\/(\d+)(\/channels)?$/.exec(path))) {
      const guild = this.gateway.guilds.find((g) => g.id === m![1]);
      if (!guild) return json(404, { message: 'Unknown Guild', code: 10004 });
      if (m[2])
        return json(
          200,
          guild.channels.map((channel, position) => ({
            id: channel.id,
            type: 0,
            name: channel.name,
            position,
            guild_id: guild.id,
          })),
        );
      return json(200, {
        id: guild.id,
        name: guild.name,
        preferred_locale: guild.locale ?? this.gateway.guildLocale,
      });
    }
    if (method === 'GET' && path === '/applications/@me') {
      return json(200, {
        id: IDS.app,
        name: 'Briefly',
        bot: { id: IDS.app, username: 'briefly', discriminator: '0', bot: true, avatar: null },
        flags: 0,
      });
    }
    if (
      method === 'PUT' &&
      (m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path))
    ) {
      const problems = commandProblems(body);
      this.problems.push(...problems);
      if (problems.length > 0) return invalid(problems);
      this.registrations.push({ guildId: m[2], commands: body });
      return json(
        200,
        body.map((c: any, i: number) => ({
          ...c,
          id: String(700_000_000_000_000_000n + BigInt(i)),
          application_id: m![1],
          guild_id: m![2],
          version: '1',
          default_member_permissions: c.default_member_permissions ?? null,
          type: c.type ?? 1,
        })),
      );
    }
    if (method === 'POST' && (m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path))) {
      const record = this.interactions.get(m[2] ?? '');
      if (!record) return json(404, { message: 'Unknown interaction', code: 10062 });
      if (Date.now() - record.sentAt > 3000) {
        this.problems.push(`${record.label}: acknowledged after Discord's 3 seconds`);
        return json(404, { message: 'Unknown interaction', code: 10062 });
      }
      if (record.callback) {
        this.problems.push(`${record.label}: acknowledged twice`);
        return json(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
      }
      if (
        (body.type === 4 || body.type === 7) &&
        this.check(body.data, `${record.label} response`).length > 0
      )
        return invalid(this.problems.slice(-1));
      if (body.type === 8) {
        const choices = body.data?.choices ?? [];
        if (choices.length > 25) this.problems.push(`${record.label}: over 25 choices`);
        for (const c of choices)
          if (!c.name || c.name.length > 100 || String(c.value).length > 100)
            this.problems.push(`${record.label}: bad choice ${JSON.stringify(c)}`);
      }
      record.respond(body);
      return url.searchParams.get('with_response') === 'true'
        ? json(200, {
            interaction: { id: record.id, type: record.type },
            resource: { type: body.type },
          })
        : json(204);
    }
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(@original|\d+))?$/.exec(path))) {
      const record = this.interactions.get(m[2] ?? '');
      if (!record) return json(404, { message: 'Unknown Webhook', code: 10015 });
      if (method === 'DELETE') {
        record.deleteOriginal();
        return json(204);
      }
      if (method === 'PATCH') {
        const merged = record.edit(body);
        if (this.check(merged, `${record.label} edit`).length > 0)
          return invalid(this.problems.slice(-1));
        return json(200, this.message(IDS.channel, merged));
      }
      if (method === 'POST' && m[3] === undefined) {
        if (this.check(body, `${record.label} follow-up`).length > 0)
          return invalid(this.problems.slice(-1));
        record.followUp(body);
        return json(200, this.message(IDS.channel, body));
      }
    }
    if ((m = /^\/channels\/(\d+)$/.exec(path)) && (method === 'GET' || method === 'PATCH'))
      return json(
        ...(method === 'GET' ? this.world.get(m[1]!) : this.world.patch(m[1]!, body ?? {})),
      );
    if (method === 'POST' && (m = /^\/channels\/(\d+)\/threads$/.exec(path))) {
      const started = this.world.startForumPost(m[1]!, body ?? {}, this.snowflake());
      if ('refused' in started) return json(...started.refused);
      if (this.check(body.message, `forum ${m[1]} post`).length > 0)
        return invalid(this.problems.slice(-1));
      this.forumPosts.push({ forumId: m[1]!, thread: started.created });
      this.channelMessages.set(started.created.id, [body.message]);
      const first = this.message(started.created.id, body.message);
      return json(201, { ...this.world.json(started.created), message: first });
    }
    if (method === 'POST' && (m = /^\/channels\/(\d+)\/messages$/.exec(path))) {
      const channelId = m[1] ?? '';
      const refused = this.world.beforeMessage(channelId);
      if (refused) return json(...refused);
      const problems = this.check(body, `channel ${channelId} message`);
      if (problems.length > 0) return invalid(problems);
      const list = this.channelMessages.get(channelId) ?? [];
      const repeat = body.enforce_nonce ? list.find((b) => b.nonce === body.nonce) : undefined;
      if (!repeat) list.push(body);
      this.channelMessages.set(channelId, list);
      return json(200, this.message(channelId, repeat ?? body));
    }
    return json(404, { message: `peer: no route ${method} ${path}`, code: 0 });
  }
}
