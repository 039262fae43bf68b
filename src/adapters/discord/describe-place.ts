import {
  ChannelFlags,
  ChannelType,
  Routes,
  type APIChannel,
  type Channel,
  type REST,
} from 'discord.js';
import type { ChatRef } from '../../core/ports/chat-memory.js';
import type { ForumTag, PlaceInfo } from '../../core/ports/places.js';

/** Channels a digest message can be posted in as it is. */
const TEXT_CHANNELS: readonly ChannelType[] = [
  ChannelType.GuildText,
  ChannelType.GuildAnnouncement,
];
const THREADS: readonly ChannelType[] = [
  ChannelType.PublicThread,
  ChannelType.PrivateThread,
  ChannelType.AnnouncementThread,
];

/** What the describer needs of a channel, from the gateway's cache or from the API's JSON. */
interface Seen {
  readonly type: ChannelType;
  readonly name: string;
  readonly guildId: string | undefined;
  readonly archived: boolean;
  readonly locked: boolean;
  readonly requiresTag: boolean;
  readonly tags: readonly ForumTag[];
}

function fromCache(channel: Channel): Seen {
  return {
    type: channel.type,
    name: 'name' in channel && channel.name ? channel.name : channel.id,
    guildId: 'guildId' in channel ? channel.guildId : undefined,
    archived: channel.isThread() ? (channel.archived ?? false) : false,
    locked: channel.isThread() ? (channel.locked ?? false) : false,
    requiresTag: channel.flags?.has(ChannelFlags.RequireTag) ?? false,
    tags:
      channel.type === ChannelType.GuildForum
        ? channel.availableTags.map((t) => ({ id: t.id, name: t.name, moderated: t.moderated }))
        : [],
  };
}

function fromApi(json: APIChannel): Seen {
  const raw = json as APIChannel & {
    guild_id?: string;
    thread_metadata?: { archived?: boolean; locked?: boolean };
    available_tags?: { id: string; name: string; moderated?: boolean }[];
    flags?: number;
  };
  return {
    type: raw.type,
    name: raw.name ?? raw.id,
    guildId: raw.guild_id,
    archived: raw.thread_metadata?.archived ?? false,
    locked: raw.thread_metadata?.locked ?? false,
    requiresTag: ((raw.flags ?? 0) & ChannelFlags.RequireTag) !== 0,
    tags: (raw.available_tags ?? []).map((t) => ({
      id: t.id,
      name: t.name,
      moderated: t.moderated ?? false,
    })),
  };
}

/**
 * What a Discord channel is, for digest targets: a text channel, a thread (public, private or a
 * forum post; archived, locked), a forum with its tags and whether it requires one, or other.
 * The shards' gateway caches are current (THREAD_UPDATE, CHANNEL_UPDATE); a channel they lack (a
 * server of another process's shard, an archived thread not seen since the start) is fetched with
 * GET /channels/{id}. One the bot cannot see (404, 403) is not found.
 */
export function placeDescriber(
  cached: (id: string) => Channel | undefined,
  rest: Pick<REST, 'get'>,
) {
  async function look(id: string, fetch: boolean): Promise<Seen | undefined> {
    if (!/^\d{17,20}$/.test(id)) return undefined;
    const channel = cached(id);
    if (channel) return fromCache(channel);
    if (!fetch) return undefined;
    try {
      return fromApi((await rest.get(Routes.channel(id))) as APIChannel);
    } catch {
      return undefined;
    }
  }

  /** `cachedOnly`: the gateway's caches alone, no request (a channel not there is not found). */
  return async (chat: ChatRef, id: string, cachedOnly = false): Promise<PlaceInfo> => {
    const seen = await look(id, !cachedOnly);
    if (!seen) return { found: false };
    const home = id === chat.id ? seen : await look(chat.id, !cachedOnly);
    const kind = THREADS.includes(seen.type)
      ? 'thread'
      : seen.type === ChannelType.GuildForum
        ? 'forum'
        : TEXT_CHANNELS.includes(seen.type)
          ? 'channel'
          : 'other';
    return {
      found: true,
      kind,
      name: seen.name,
      sameServer: seen.guildId !== undefined && seen.guildId === home?.guildId,
      tags: kind === 'forum' ? seen.tags : [],
      requiresTag: kind === 'forum' && seen.requiresTag,
      archived: kind === 'thread' && seen.archived,
      locked: kind === 'thread' && seen.locked,
    };
  };
}

export type DescribePlace = ReturnType<typeof placeDescriber>;
