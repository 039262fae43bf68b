import { IDS } from './gateway.js';

/** Discord's channel types the peer models (channel resource, "Channel Types"). */
export const CHANNEL_TYPES = {
  text: 0,
  voice: 2,
  announcementThread: 10,
  publicThread: 11,
  privateThread: 12,
  forum: 15,
} as const;

/** Channel flag: a forum post must carry a tag (REQUIRE_TAG, 1 << 4). */
export const REQUIRE_TAG = 1 << 4;

export interface PeerTag {
  readonly id: string;
  readonly name: string;
  readonly moderated?: boolean;
}

/** A channel of the peer's server: a text or voice channel, a thread, or a forum. */
export interface PeerChannel {
  readonly id: string;
  readonly type: number;
  name: string;
  readonly guildId: string;
  readonly parentId?: string | undefined;
  /** Threads. */
  archived?: boolean;
  locked?: boolean;
  /** Private threads: whether the bot was added (if not, it cannot see or post in it). */
  botMember?: boolean;
  appliedTags?: string[];
  /** Forums. */
  flags?: number;
  availableTags?: PeerTag[];
}

type Answer = readonly [status: number, body?: unknown];

const refuse = (status: number, code: number, message: string): Answer => [
  status,
  { code, message },
];

const isThread = (channel: PeerChannel) =>
  channel.type === CHANNEL_TYPES.publicThread ||
  channel.type === CHANNEL_TYPES.privateThread ||
  channel.type === CHANNEL_TYPES.announcementThread;

/**
 * The channels of the peer's server and Discord's rules for posting in them, after the API docs
 * (topics/threads, resources/channel, opcodes-and-status-codes): an archived thread is reopened by
 * a post unless it is locked (then 50083); only Manage Threads reopens a locked one (PATCH
 * archived false) or posts in it (160005); a private thread the bot is not in is Missing Access
 * (50001); a forum takes no messages (40058) but new posts (POST /channels/{id}/threads) whose
 * tags must be its own, five at most, one at least under REQUIRE_TAG (40067); a deleted channel is
 * Unknown Channel (10003). A channel id the peer never heard of behaves as a text channel, as the
 * older tests expect.
 */
export class PeerChannels {
  readonly byId = new Map<string, PeerChannel>();
  readonly deleted = new Set<string>();
  /** Whether the bot has Manage Threads in the server (default: no, as a plain invite gives). */
  botManagesThreads = false;

  constructor(private readonly dispatch: (event: string, data: unknown) => void) {}

  add(channel: PeerChannel): PeerChannel {
    this.byId.set(channel.id, channel);
    // The gateway tells of threads the bot can see, and of every other channel.
    if (!isThread(channel)) this.dispatch('CHANNEL_CREATE', this.json(channel));
    else if (this.visible(channel) && !channel.archived)
      this.dispatch('THREAD_CREATE', { ...this.json(channel), newly_created: true });
    return channel;
  }

  /** Archives (and locks) a thread, as a moderator or inactivity would. */
  archive(id: string, locked = false): void {
    const thread = this.byId.get(id);
    if (!thread) throw new Error(`peer: no thread ${id}`);
    thread.archived = true;
    thread.locked = locked;
    if (this.visible(thread)) this.dispatch('THREAD_UPDATE', this.json(thread));
  }

  delete(id: string): void {
    const channel = this.byId.get(id);
    if (!channel) throw new Error(`peer: no channel ${id}`);
    this.byId.delete(id);
    this.deleted.add(id);
    if (isThread(channel))
      this.dispatch('THREAD_DELETE', {
        id,
        guild_id: channel.guildId,
        parent_id: channel.parentId,
        type: channel.type,
      });
    else this.dispatch('CHANNEL_DELETE', this.json(channel));
  }

  /** The channel object as the API and the gateway send it. */
  json(channel: PeerChannel): Record<string, unknown> {
    return {
      id: channel.id,
      type: channel.type,
      name: channel.name,
      guild_id: channel.guildId,
      parent_id: channel.parentId ?? null,
      position: 0,
      permission_overwrites: [],
      nsfw: false,
      flags: channel.flags ?? 0,
      ...(isThread(channel)
        ? {
            owner_id: IDS.user,
            applied_tags: channel.appliedTags ?? [],
            thread_metadata: {
              archived: channel.archived ?? false,
              locked: channel.locked ?? false,
              auto_archive_duration: 1440,
              archive_timestamp: new Date().toISOString(),
            },
            message_count: 0,
            member_count: 1,
          }
        : {}),
      ...(channel.type === CHANNEL_TYPES.forum
        ? {
            available_tags: (channel.availableTags ?? []).map(tagJson),
            default_reaction_emoji: null,
          }
        : {}),
    };
  }

  private visible(channel: PeerChannel): boolean {
    return (
      channel.type !== CHANNEL_TYPES.privateThread ||
      channel.botMember === true ||
      this.botManagesThreads
    );
  }

  private missing(id: string): Answer | undefined {
    if (this.deleted.has(id)) return refuse(404, 10003, 'Unknown Channel');
    const channel = this.byId.get(id);
    if (channel && !this.visible(channel)) return refuse(403, 50001, 'Missing Access');
    return undefined;
  }

  /** GET /channels/{id}. */
  get(id: string): Answer {
    const channel = this.byId.get(id);
    return (
      this.missing(id) ??
      (channel ? [200, this.json(channel)] : refuse(404, 10003, 'Unknown Channel'))
    );
  }

  /** PATCH /channels/{id}: the peer models reopening (and archiving) threads only. */
  patch(id: string, body: { archived?: boolean }): Answer {
    const refused = this.missing(id);
    if (refused) return refused;
    const thread = this.byId.get(id);
    if (!thread || !isThread(thread))
      return refuse(400, 50024, 'Cannot execute action on this channel type');
    if (thread.locked && !this.botManagesThreads) return refuse(403, 50013, 'Missing Permissions');
    if (body.archived !== undefined) thread.archived = body.archived;
    this.dispatch('THREAD_UPDATE', this.json(thread));
    return [200, this.json(thread)];
  }

  /**
   * Whether a message may be posted in the channel now (POST /channels/{id}/messages); undefined
   * means yes (an archived, unlocked thread is reopened by it, as on Discord).
   */
  beforeMessage(id: string): Answer | undefined {
    const refused = this.missing(id);
    if (refused) return refused;
    const channel = this.byId.get(id);
    if (!channel) return undefined;
    if (channel.type === CHANNEL_TYPES.forum)
      return refuse(400, 40058, 'Cannot send a message in a forum channel');
    if (channel.type === CHANNEL_TYPES.voice)
      return refuse(400, 50008, 'Cannot send messages in a non-text channel');
    if (!isThread(channel)) return undefined;
    if (channel.archived && channel.locked) return refuse(400, 50083, 'Thread is archived');
    if (channel.locked && !this.botManagesThreads) return refuse(403, 160005, 'Thread is locked');
    if (channel.archived) {
      channel.archived = false;
      this.dispatch('THREAD_UPDATE', this.json(channel));
    }
    return undefined;
  }

  /**
   * POST /channels/{forum}/threads: a new forum post, or why not. `created` is the new thread; the
   * caller stores and answers its first message.
   */
  startForumPost(
    id: string,
    body: { name?: string; message?: unknown; applied_tags?: string[] },
    newId: string,
  ): { refused: Answer } | { created: PeerChannel } {
    const refused =
      this.missing(id) ?? (this.byId.has(id) ? undefined : refuse(404, 10003, 'Unknown Channel'));
    if (refused) return { refused };
    const forum = this.byId.get(id)!;
    if (forum.type !== CHANNEL_TYPES.forum)
      return { refused: refuse(400, 50024, 'Cannot execute action on this channel type') };
    const tags = body.applied_tags ?? [];
    const problems: string[] = [];
    if (!body.name || body.name.length > 100) problems.push('name: 1 to 100 characters');
    if (typeof body.message !== 'object' || body.message === null)
      problems.push('message: required');
    if (tags.length > 5) problems.push('applied_tags: at most 5');
    const known = forum.availableTags ?? [];
    for (const tag of tags)
      if (!known.some((t) => t.id === tag))
        problems.push(`applied_tags: ${tag} is not a tag of the forum`);
    if (problems.length > 0)
      return {
        refused: [400, { code: 50035, message: 'Invalid Form Body', errors: { problems } }],
      };
    if ((forum.flags ?? 0) & REQUIRE_TAG && tags.length === 0)
      return {
        refused: refuse(400, 40067, 'A tag is required to create a forum post in this channel'),
      };
    if (tags.some((tag) => known.find((t) => t.id === tag)?.moderated) && !this.botManagesThreads)
      return { refused: refuse(403, 50013, 'Missing Permissions') };
    const created: PeerChannel = {
      id: newId,
      type: CHANNEL_TYPES.publicThread,
      name: body.name!,
      guildId: forum.guildId,
      parentId: forum.id,
      appliedTags: tags,
      archived: false,
      locked: false,
    };
    this.byId.set(created.id, created);
    this.dispatch('THREAD_CREATE', { ...this.json(created), newly_created: true });
    return { created };
  }
}

function tagJson(tag: PeerTag) {
  return {
    id: tag.id,
    name: tag.name,
    moderated: tag.moderated ?? false,
    emoji_id: null,
    emoji_name: null,
  };
}
