import { REST, Routes, type Client } from 'discord.js';
import type { Dispatcher } from '../../core/commands/dispatch.js';
import { MemoryFleetLocks } from '../../core/fleet/memory-fleet-locks.js';
import { ShareKeeper } from '../../core/fleet/share-keeper.js';
import type { ChatLifecycle } from '../../core/ports/chat-lifecycle.js';
import type { FleetLocks } from '../../core/ports/fleet-locks.js';
import type { Logger } from '../../core/ports/logger.js';
import type { SendBudget } from '../../core/ports/send-budget.js';
import { noMetrics, type Metrics } from '../../core/ports/metrics.js';
import type { BotGuilds } from '../../core/ports/panel-places.js';
import { MemorySendBudget } from '../../core/sending/memory-send-budget.js';
import type { RunningAdapter } from '../running-adapter.js';
import { botGuildsOf } from './bot-guilds.js';
import { ButtonIds } from './button-ids.js';
import { createDiscordPoster } from './channel-poster.js';
import { rejectChannelPostLimits } from './paced-request.js';
import { placeDescriber } from './describe-place.js';
import { fleetPacedGet, globalHoldOf } from './fleet-pacing.js';
import { logRateLimits } from './client-events.js';
import { fetchGatewayInfo } from './gateway-info.js';
import { handleInteraction } from './handle-interaction.js';
import { fleetIdentifyThrottler } from './identify-pacing.js';
import { REST_RETRIES } from './limits.js';
import { countRestResponses, measuredRest } from './measured-rest.js';
import { ShardClients } from './shard-clients.js';
import { uploadSafeRequest } from './upload-request.js';
import { toSlashCommands } from './slash-commands.js';

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
  /** Gateway shards in all (DISCORD_SHARD_COUNT); unset: what GET /gateway/bot recommends. */
  readonly shardCount?: number | undefined;
  /** Divide the shards among the fleet's processes (default: this process holds them all). */
  readonly fleetLocks?: FleetLocks | undefined;
  /** How often this process looks again at who holds which shard (default 5 s). */
  readonly shardCheckMs?: number | undefined;
}

const DEFAULT_DEFER_AFTER_MS = 800;
const DEFAULT_SHARD_CHECK_MS = 5_000;

export interface RunningDiscord extends RunningAdapter {
  /** The servers the bot is in (the control panel lists their channels). */
  readonly guilds: BotGuilds;
}

/**
 * Starts the Discord adapter: asks Discord who the bot is and how many gateway shards it needs,
 * connects this process's share of the shards (all of them when it is alone), registers every
 * command with one bulk overwrite (in one server, or globally), answers the interactions of its
 * shards' servers, and posts digests to any channel through REST.
 */
export async function startDiscord(options: DiscordAdapterOptions): Promise<RunningDiscord> {
  const { dispatcher, logger } = options;
  const metrics = options.metrics ?? noMetrics;
  const restOptions = {
    retries: REST_RETRIES,
    makeRequest: uploadSafeRequest,
    // A channel post's rate limit comes back to the poster, which waits for the fleet's budget.
    rejectOnRateLimit: rejectChannelPostLimits,
    ...(options.apiUrl ? { api: options.apiUrl } : {}),
  };
  const rest = new REST(restOptions).setToken(options.token);
  logRateLimits(rest, logger);
  countRestResponses(rest, metrics);
  const info = await fetchGatewayInfo(rest);
  const shardCount = options.shardCount ?? info.recommendedShards;

  let fatal: (reason: string) => void = () => undefined;
  const finished = new Promise<void>((resolve) => (fatal = () => resolve()));
  let fatalReason: string | undefined;
  const deps = {
    dispatcher,
    buttons: new ButtonIds(),
    logger,
    deferAfterMs: options.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS,
  };
  const shards = new ShardClients({
    token: options.token,
    shardCount,
    rest: restOptions,
    logger,
    readyTimeoutMs: options.readyTimeoutMs ?? 30_000,
    onInteraction: (interaction) => void handleInteraction(interaction, deps),
    identifyThrottler: fleetIdentifyThrottler(
      options.sendBudget ?? new MemorySendBudget(),
      info.botId,
      info.maxConcurrency,
      logger,
    ),
    onClient: (client) => countRestResponses(client.rest, metrics),
    onFatal: (reason) => {
      fatalReason ??= reason;
      fatal(reason);
    },
  });
  // The shard count is part of the names: processes that disagree on it never share locks.
  const keeper = new ShareKeeper({
    locks: options.fleetLocks ?? new MemoryFleetLocks(),
    group: `discord:${info.botId}:${shardCount}`,
    name: `discord:${info.botId}:${shardCount}:shard`,
    count: shardCount,
    begin: (shard) => shards.begin(shard),
    end: (shard) => shards.end(shard),
    logger,
  });
  metrics.gauge('briefly_discord_shards_held', {}, () => keeper.held().length);
  logger.info({ shardCount, botId: info.botId }, "Discord: taking this process's gateway shards");
  await keeper.start(options.shardCheckMs ?? DEFAULT_SHARD_CHECK_MS);
  if (fatalReason !== undefined) {
    await keeper.close();
    throw new Error(fatalReason);
  }
  await registerCommands(rest, info.applicationId, dispatcher, options.guildId, logger);

  const clients = () => shards.all();
  const fleet = options.sendBudget && { budget: options.sendBudget, botId: info.botId };
  return {
    platform: 'discord',
    poster: createDiscordPoster({
      rest: measuredRest(rest, metrics),
      buttons: deps.buttons,
      lifecycle: options.lifecycle,
      logger,
      fleet,
      restHeldForMs: globalHoldOf(rest),
      // Known only for the servers of the shards this process holds; else the default language.
      guildLocaleOf: (channelId) => {
        const channel = channelOf(clients(), channelId);
        return channel && 'guild' in channel ? channel.guild.preferredLocale : undefined;
      },
      // Threads and forums: the shards' caches, else GET /channels/{id} (any server, any process),
      // paced with the posts: it counts against the bot's global limit.
      describePlace: placeDescriber(
        (id) => channelOf(clients(), id),
        fleetPacedGet(rest, fleet, logger),
      ),
      roleExists: (channelId, roleId) => {
        const channel = channelOf(clients(), channelId);
        return channel && 'guild' in channel ? channel.guild.roles.cache.has(roleId) : undefined;
      },
    }),
    finished,
    guilds: botGuildsOf(clients, rest, logger),
    problem: () => {
      const waiting = shards.notReady();
      return waiting.length > 0
        ? `gateway not connected (shards ${waiting.join(', ')})`
        : undefined;
    },
    async stop() {
      await keeper.close();
      logger.info({}, 'Discord adapter stopped');
    },
  };
}

function channelOf(clients: readonly Client[], channelId: string) {
  for (const client of clients) {
    const channel = client.channels.cache.get(channelId);
    if (channel) return channel;
  }
  return undefined;
}

/** One bulk overwrite (PUT): Discord then has exactly our commands. A failure keeps the old set. */
async function registerCommands(
  rest: REST,
  applicationId: string,
  dispatcher: Dispatcher,
  guildId: string | undefined,
  logger: Logger,
): Promise<void> {
  const body = toSlashCommands(dispatcher.registry.all());
  try {
    await rest.put(
      guildId
        ? Routes.applicationGuildCommands(applicationId, guildId)
        : Routes.applicationCommands(applicationId),
      { body },
    );
    logger.info(
      { commands: body.length, scope: guildId ? `server ${guildId}` : 'global' },
      'Discord slash commands registered',
    );
  } catch (error) {
    logger.error({ err: error, guildId }, 'registering Discord slash commands failed');
  }
}
