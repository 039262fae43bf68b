import { Client, Events, GatewayIntentBits, RESTEvents } from 'discord.js';
import type { Dispatcher } from '../../core/commands/dispatch.js';
import type { ChatLifecycle } from '../../core/ports/chat-lifecycle.js';
import type { Logger } from '../../core/ports/logger.js';
import type { SendBudget } from '../../core/ports/send-budget.js';
import { noMetrics, type Metrics } from '../../core/ports/metrics.js';
import type { RunningAdapter } from '../running-adapter.js';
import { botGuildsOf } from './bot-guilds.js';
import { ButtonIds } from './button-ids.js';
import { createDiscordPoster, rejectChannelPostLimits } from './channel-poster.js';
import { handleInteraction } from './handle-interaction.js';
import { REST_RETRIES } from './limits.js';
import { countRestResponses, measuredRest } from './measured-rest.js';
import { uploadSafeRequest } from './upload-request.js';
import { NO_MENTIONS } from './send-reply.js';
import { toSlashCommands } from './slash-commands.js';
import type { BotGuilds } from '../../core/ports/panel-places.js';

export interface DiscordAdapterOptions {
  readonly token: string;
  /** REST base such as http://127.0.0.1:3001/api; the gateway URL comes from its GET /gateway/bot. */
  readonly apiUrl?: string | undefined;
  /** Register the commands in this server only (instant); otherwise globally. */
  readonly guildId?: string | undefined;
  readonly dispatcher: Dispatcher;
  /** The fleet's send budget (the database's): digest posts keep Discord's limits for every process. */
  readonly sendBudget?: SendBudget | undefined;
  readonly lifecycle: ChatLifecycle;
  readonly logger: Logger;
  /** Answers not ready after this long are deferred (Discord wants a response within 3 s). */
  readonly deferAfterMs?: number;
  /** How long to wait for the gateway's READY before giving up the start. */
  readonly readyTimeoutMs?: number;
  /** Where posts under way, their waits, 429s and retries are reported. */
  readonly metrics?: Metrics | undefined;
}

const DEFAULT_DEFER_AFTER_MS = 800;

export interface RunningDiscord extends RunningAdapter {
  /** The servers the bot is in (the control panel lists their channels). */
  readonly guilds: BotGuilds;
}

function logClientEvents(client: Client, logger: Logger, onInvalidated: () => void): void {
  client.on(Events.Error, (error) => logger.error({ err: error }, 'Discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'Discord client warning'));
  client.on(Events.Debug, (message) => {
    // discord.js names part of the token in one debug line; tokens never reach the logs.
    if (!/token/i.test(message)) logger.debug({ message }, 'discord.js');
  });
  client.on(Events.ShardReady, (shard) => logger.info({ shard }, 'Discord gateway ready'));
  client.on(Events.ShardError, (error, shard) =>
    logger.error({ err: error, shard }, 'Discord gateway error'),
  );
  client.on(Events.ShardDisconnect, (event, shard) =>
    logger.warn({ shard, code: event.code }, 'Discord gateway disconnected'),
  );
  client.on(Events.ShardReconnecting, (shard) =>
    logger.warn({ shard }, 'Discord gateway reconnecting'),
  );
  client.on(Events.ShardResume, (shard, replayed) =>
    logger.info({ shard, replayed }, 'Discord gateway resumed'),
  );
  client.on(Events.Invalidated, () => {
    logger.error({}, 'Discord session invalidated; the adapter stops');
    onInvalidated();
  });
  client.rest.on(RESTEvents.RateLimited, (info) =>
    logger.warn(
      {
        route: info.route,
        method: info.method,
        retryAfterMs: info.retryAfter,
        global: info.global,
        scope: info.scope,
        limit: info.limit,
      },
      'Discord rate limit: request waits',
    ),
  );
}

function waitForReady(client: Client, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Discord gateway not ready after ${timeoutMs} ms`)),
      timeoutMs,
    );
    timer.unref();
    client.once(Events.ClientReady, () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Starts the Discord adapter: logs in through discord.js, registers every command with one bulk
 * overwrite (in one server, or globally), answers interactions, and posts digests.
 */
export async function startDiscord(options: DiscordAdapterOptions): Promise<RunningDiscord> {
  const { dispatcher, logger } = options;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    rest: {
      retries: REST_RETRIES,
      makeRequest: uploadSafeRequest,
      rejectOnRateLimit: rejectChannelPostLimits,
      ...(options.apiUrl ? { api: options.apiUrl } : {}),
    },
  });
  let invalidated: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (invalidated = resolve));
  logClientEvents(client, logger, invalidated);
  const metrics = options.metrics ?? noMetrics;
  countRestResponses(client.rest, metrics);

  const buttons = new ButtonIds();
  const deps = {
    dispatcher,
    buttons,
    logger,
    deferAfterMs: options.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS,
  };
  client.on(Events.InteractionCreate, (interaction) => void handleInteraction(interaction, deps));

  const ready = waitForReady(client, options.readyTimeoutMs ?? 30_000);
  ready.catch(() => undefined); // awaited below; a failed login must not leave it unhandled
  try {
    await client.login(options.token);
    await ready;
    if (!client.isReady()) throw new Error('Discord client is not ready');
    await registerCommands(client, dispatcher, options.guildId, logger);
  } catch (error) {
    await client.destroy();
    throw error;
  }

  return {
    platform: 'discord',
    poster: createDiscordPoster({
      rest: measuredRest(client.rest, metrics),
      buttons,
      lifecycle: options.lifecycle,
      logger,
      fleet: options.sendBudget && { budget: options.sendBudget, botId: client.user.id },
      guildLocaleOf: (channelId) => {
        const channel = client.channels.cache.get(channelId);
        return channel && 'guild' in channel ? channel.guild.preferredLocale : undefined;
      },
      roleExists: (channelId, roleId) => {
        const channel = client.channels.cache.get(channelId);
        return channel && 'guild' in channel ? channel.guild.roles.cache.has(roleId) : undefined;
      },
    }),
    finished,
    guilds: botGuildsOf(client),
    problem: () => (client.isReady() ? undefined : 'gateway not connected'),
    async stop() {
      await client.destroy();
      logger.info({}, 'Discord adapter stopped');
    },
  };
}

/** One bulk overwrite (PUT): Discord then has exactly our commands. A failure keeps the old set. */
async function registerCommands(
  client: Client<true>,
  dispatcher: Dispatcher,
  guildId: string | undefined,
  logger: Logger,
): Promise<void> {
  const body = toSlashCommands(dispatcher.registry.all());
  try {
    if (guildId) await client.application.commands.set(body, guildId);
    else await client.application.commands.set(body);
    logger.info(
      { commands: body.length, scope: guildId ? `server ${guildId}` : 'global' },
      'Discord slash commands registered',
    );
  } catch (error) {
    logger.error({ err: error, guildId }, 'registering Discord slash commands failed');
  }
}
