import {
  Client,
  Events,
  GatewayIntentBits,
  Partials,
  type Interaction,
  type RESTOptions,
} from 'discord.js';
import type { Logger } from '../../core/ports/logger.js';
import { logClientEvents, logRateLimits } from './client-events.js';
import { IDENTIFY_WINDOW_MS, type IdentifyThrottler } from './identify-pacing.js';
import { NO_MENTIONS } from './send-reply.js';

export interface ShardClientsOptions {
  readonly token: string;
  readonly shardCount: number;
  readonly rest: Partial<RESTOptions>;
  readonly logger: Logger;
  readonly readyTimeoutMs: number;
  readonly onInteraction: (interaction: Interaction) => void;
  /** Paces IDENTIFYs for the whole fleet (Discord allows max_concurrency per 5 s). */
  readonly identifyThrottler: IdentifyThrottler;
  /** Every client made (to count its REST answers). */
  readonly onClient?: (client: Client) => void;
  /** A shard's session ended in a way Discord will not take back (a wrong token or shard count). */
  readonly onFatal: (reason: string) => void;
}

/**
 * The gateway shards this process holds, one discord.js Client per shard (`shards: [n]`,
 * `shardCount`): a shard is added or dropped without touching the others' sessions, which a
 * single Client cannot do (its shard list is fixed once it logs in). Each answers the
 * interactions of its servers with its own REST queue (interaction routes are outside the bot's
 * global limit); digests go through the adapter's REST.
 */
export class ShardClients {
  private readonly clients = new Map<number, Client>();

  constructor(private readonly options: ShardClientsOptions) {}

  /** Connects shard `n` and resolves once it is READY; rejects (leaving nothing) when it is not. */
  async begin(shard: number): Promise<void> {
    const { logger, shardCount } = this.options;
    /** Starts the READY time-out (set below, with the promise it rejects). */
    let arm: () => void = () => undefined;
    const client = new Client({
      intents: [GatewayIntentBits.Guilds],
      // An interaction from a thread the gateway never sent (a private thread the bot is not in)
      // still makes a channel of the payload: its type and parent say whose settings apply.
      partials: [Partials.Channel],
      allowedMentions: NO_MENTIONS,
      shards: [shard],
      shardCount,
      rest: this.options.rest,
      ws: {
        // The wait for the fleet's IDENTIFY permit (5 s per shard ahead in line) is not counted
        // against the READY time-out: it starts once this shard may identify.
        buildIdentifyThrottler: () => ({
          waitForIdentify: async (id: number, signal: AbortSignal) => {
            await this.options.identifyThrottler.waitForIdentify(id, signal);
            arm();
          },
        }),
      },
    });
    const shardLogger = logger.child({ shard });
    let fatal: (reason: string) => void = () => undefined;
    logClientEvents(client, shardLogger, (reason) => {
      shardLogger.error({ shardCount }, reason);
      fatal(reason);
      this.options.onFatal(reason);
    });
    logRateLimits(client.rest, shardLogger);
    this.options.onClient?.(client);
    client.on(Events.InteractionCreate, this.options.onInteraction);
    this.clients.set(shard, client);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ready = new Promise<void>((resolve, reject) => {
      const deadline = (ms: number, what: string) => {
        clearTimeout(timer);
        timer = setTimeout(() => reject(new Error(`Discord shard ${shard} ${what} ${ms} ms`)), ms);
        timer.unref();
      };
      // Until its IDENTIFY may go, a shard waits at most for a whole fleet's line at
      // max_concurrency 1; once it may, READY must come within readyTimeoutMs.
      const { readyTimeoutMs } = this.options;
      deadline(readyTimeoutMs + IDENTIFY_WINDOW_MS * 1.1 * shardCount, 'not identified after');
      let armed = false;
      arm = () => {
        if (!armed) deadline(readyTimeoutMs, 'not ready after');
        armed = true;
      };
      fatal = (reason) => reject(new Error(reason));
      client.once(Events.ClientReady, () => {
        clearTimeout(timer);
        resolve();
      });
    });
    ready.catch(() => undefined); // awaited below; a failed login must not leave it unhandled
    try {
      // Whichever comes first: READY, a failed login, the time-out, a fatal close.
      await Promise.all([client.login(this.options.token), ready]);
    } catch (error) {
      if (this.clients.get(shard) === client) this.clients.delete(shard);
      await client.destroy();
      throw error;
    }
    logger.info({ shard, shardCount }, 'Discord shard held');
  }

  /** Closes shard `n`'s session (Discord may then give it to another process). */
  async end(shard: number): Promise<void> {
    const client = this.clients.get(shard);
    if (!client) return;
    this.clients.delete(shard);
    await client.destroy();
    this.options.logger.info({ shard }, 'Discord shard let go');
  }

  /** The clients of the shards held, in shard order. */
  all(): Client[] {
    return [...this.clients].sort(([a], [b]) => a - b).map(([, client]) => client);
  }

  /** Shards held whose session is not ready now (connecting, resuming). */
  notReady(): number[] {
    return [...this.clients].flatMap(([shard, client]) => (client.isReady() ? [] : [shard]));
  }

  async endAll(): Promise<void> {
    await Promise.all([...this.clients.keys()].map((shard) => this.end(shard)));
  }
}
