import { Client, Events, GatewayIntentBits, type Interaction, type RESTOptions } from 'discord.js';
import type { Logger } from '../../core/ports/logger.js';
import { logClientEvents, logRateLimits } from './client-events.js';
import type { IdentifyThrottler } from './identify-pacing.js';
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
    const client = new Client({
      intents: [GatewayIntentBits.Guilds],
      allowedMentions: NO_MENTIONS,
      shards: [shard],
      shardCount,
      rest: this.options.rest,
      ws: { buildIdentifyThrottler: () => this.options.identifyThrottler },
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
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`Discord shard ${shard} not ready after ${this.options.readyTimeoutMs} ms`)),
        this.options.readyTimeoutMs,
      );
      timer.unref();
      fatal = (reason) => reject(new Error(reason));
      client.once(Events.ClientReady, () => {
        clearTimeout(timer);
        resolve();
      });
    });
    ready.catch(() => undefined); // awaited below; a failed login must not leave it unhandled
    try {
      await client.login(this.options.token);
      await ready;
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
