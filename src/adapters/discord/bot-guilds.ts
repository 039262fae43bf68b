import { ChannelType, type Client } from 'discord.js';
import type { BotGuild, BotGuilds } from '../../core/ports/panel-places.js';

const POSTABLE = new Set([ChannelType.GuildText, ChannelType.GuildAnnouncement]);

/**
 * The servers the bot is in and their text channels, read from the gateway cache of the shards
 * this process holds (a server of another process's shard is not known here).
 */
export function botGuildsOf(clients: () => readonly Client[]): BotGuilds {
  return {
    guild(id): BotGuild | undefined {
      const guild = clients()
        .map((client) => client.guilds.cache.get(id))
        .find((found) => found !== undefined);
      if (!guild) return undefined;
      const channels = [...guild.channels.cache.values()]
        .filter((channel) => POSTABLE.has(channel.type))
        .sort((a, b) => ('position' in a && 'position' in b ? a.position - b.position : 0))
        .map((channel) => ({ id: channel.id, name: channel.name }));
      return { id: guild.id, name: guild.name, channels };
    },
  };
}
