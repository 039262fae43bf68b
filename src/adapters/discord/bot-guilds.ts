import { ChannelType, DiscordAPIError, Routes, type Client, type REST } from 'discord.js';
import { LruCache } from '../../core/lru-cache.js';
import type { Logger } from '../../core/ports/logger.js';
import type { BotGuild, BotGuilds } from '../../core/ports/panel-places.js';

const POSTABLE = new Set<number>([ChannelType.GuildText, ChannelType.GuildAnnouncement]);
/** A server asked of REST is kept this long (the panel asks again when a moderator reloads). */
const FETCHED_FOR_MS = 60_000;

interface ChannelLike {
  readonly id: string;
  readonly name: string | null;
  readonly type: number;
  readonly position?: number;
}

function postableChannels(channels: readonly ChannelLike[]): BotGuild['channels'] {
  return channels
    .filter((channel) => POSTABLE.has(channel.type))
    .sort((a, b) => (a.position ?? 0) - (b.position ?? 0))
    .map((channel) => ({ id: channel.id, name: channel.name ?? channel.id }));
}

/**
 * The servers the bot is in and their text channels: from the gateway cache of the shards this
 * process holds, else (a server of another process's shard) asked of Discord's REST API and kept
 * a minute. A server Discord does not show the bot (403, 404) is not the bot's.
 */
export function botGuildsOf(
  clients: () => readonly Client[],
  rest: Pick<REST, 'get'>,
  logger: Logger,
): BotGuilds {
  const fetched = new LruCache<string, { at: number; guild: BotGuild | undefined }>(1_000);
  return {
    async guild(id) {
      for (const client of clients()) {
        const guild = client.guilds.cache.get(id);
        if (guild)
          return {
            id: guild.id,
            name: guild.name,
            channels: postableChannels([...guild.channels.cache.values()]),
          };
      }
      const kept = fetched.get(id);
      if (kept && Date.now() - kept.at < FETCHED_FOR_MS) return kept.guild;
      try {
        const guild = (await rest.get(Routes.guild(id))) as { id: string; name: string };
        const channels = (await rest.get(Routes.guildChannels(id))) as ChannelLike[];
        const found = { id: guild.id, name: guild.name, channels: postableChannels(channels) };
        fetched.set(id, { at: Date.now(), guild: found });
        return found;
      } catch (error) {
        if (error instanceof DiscordAPIError && (error.status === 403 || error.status === 404)) {
          fetched.set(id, { at: Date.now(), guild: undefined });
          return undefined;
        }
        // Not kept: the next request asks again.
        logger.warn({ err: error, guild: id }, 'Discord server could not be read');
        return undefined;
      }
    },
  };
}
