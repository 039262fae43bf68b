import { ChannelFlags, ChannelType, type Channel, type Client } from 'discord.js';
import type { ChatRef } from '../../core/ports/chat-memory.js';
import type { PlaceInfo } from '../../core/ports/places.js';

/** Channels a digest message can be posted in as it is. */
const TEXT_CHANNELS: readonly ChannelType[] = [
  ChannelType.GuildText,
  ChannelType.GuildAnnouncement,
];

/** A channel from the gateway's cache, else fetched (GET /channels/{id}); undefined if unseen. */
async function channelOf(client: Client, id: string): Promise<Channel | undefined> {
  if (!/^\d{17,20}$/.test(id)) return undefined;
  const cached = client.channels.cache.get(id);
  if (cached) return cached;
  try {
    return (await client.channels.fetch(id)) ?? undefined;
  } catch {
    // 404 Unknown Channel, 403 Missing Access: for the bot there is no such place.
    return undefined;
  }
}

const guildOf = (channel: Channel | undefined) =>
  channel && 'guildId' in channel ? channel.guildId : undefined;

/**
 * What a Discord channel is, for digest targets: a text channel, a thread (public, private or a
 * forum post; archived, locked), a forum with its tags and whether it requires one, or other.
 * The gateway keeps the cache current (THREAD_UPDATE, CHANNEL_UPDATE); what it lacks (an archived
 * thread not seen since the start) is fetched.
 */
export function placeDescriber(client: Client) {
  return async (chat: ChatRef, id: string): Promise<PlaceInfo> => {
    const channel = await channelOf(client, id);
    if (!channel) return { found: false };
    const home = id === chat.id ? channel : await channelOf(client, chat.id);
    const server = guildOf(channel);
    const common = {
      found: true as const,
      name: 'name' in channel && channel.name ? channel.name : id,
      sameServer: server !== undefined && server === guildOf(home),
      tags: [],
      requiresTag: false,
      archived: false,
      locked: false,
    };
    if (channel.isThread())
      return {
        ...common,
        kind: 'thread',
        archived: channel.archived ?? false,
        locked: channel.locked ?? false,
      };
    if (channel.type === ChannelType.GuildForum)
      return {
        ...common,
        kind: 'forum',
        tags: channel.availableTags.map((tag) => ({
          id: tag.id,
          name: tag.name,
          moderated: tag.moderated,
        })),
        requiresTag: channel.flags.has(ChannelFlags.RequireTag),
      };
    return { ...common, kind: TEXT_CHANNELS.includes(channel.type) ? 'channel' : 'other' };
  };
}

export type DescribePlace = ReturnType<typeof placeDescriber>;
