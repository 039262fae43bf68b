import { createHash } from 'node:crypto';
import { Routes } from 'discord.js';
import { tagForPost } from '../../core/places/choose-tag.js';
import type { DigestTarget } from '../../core/ports/places.js';
import type { ChannelPoster, PostOutcome } from '../../core/ports/channel-poster.js';
import type { ChatLifecycle } from '../../core/ports/chat-lifecycle.js';
import type { ChatRef } from '../../core/ports/chat-memory.js';
import type { Logger } from '../../core/ports/logger.js';
import type { ButtonIds } from './button-ids.js';
import { pacedRequest, type PacedRequestOptions } from './paced-request.js';
import { PLATFORM } from './interaction-input.js';
import { LIMITS, REST_ATTEMPTS } from './limits.js';
import type { DescribePlace } from './describe-place.js';
import {
  CODES,
  isArchived,
  PERMANENT_PROBLEMS,
  targetProblemOf,
  threadName,
  type Attempt,
} from './post-places.js';
import { renderReply, type DiscordMessage } from './render-reply.js';

export interface DiscordPosterOptions extends PacedRequestOptions {
  readonly buttons: ButtonIds;
  readonly lifecycle: ChatLifecycle;
  readonly logger: Logger;
  /** The preferred locale of the server a channel is in (undefined for a DM or an unknown channel). */
  readonly guildLocaleOf?: (channelId: string) => string | undefined;
  /**
   * Whether a role still exists in the server of a channel (the gateway's cache): false drops a
   * digest's ping; undefined (not known, e.g. a channel not in the cache) keeps it.
   */
  readonly roleExists?: (channelId: string, roleId: string) => boolean | undefined;
  /** What a channel is (a thread, a forum and its tags…): where digests with targets go. */
  readonly describePlace?: DescribePlace | undefined;
}

/** The nonce of message `index` of a delivery: short, stable, different per message (≤ 25 chars). */
export function messageNonce(idempotencyKey: string, index: number): string {
  return createHash('sha256')
    .update(`${idempotencyKey}#${index}`)
    .digest('base64url')
    .slice(0, LIMITS.nonce);
}

type Failure = Extract<PostOutcome, { ok: false }>;
/**
 * Digests under way at once in a process: the fleet's pacing reserves turns up to
 * DISCORD_HORIZON_MS ahead and was measured with 64 a process (README, "Digests delivered by a
 * fleet"); more would only wait for turns, asking the database again.
 */
const SENDS_AT_ONCE = 64;
const NOT_ANNOUNCED = 'not sent: its digest was taken over, or could not be marked sending';
type Sent = { readonly ok: true; readonly ids: readonly string[] } | Failure;

/** Where a post goes: the channel itself, a thread, or a new post of a forum (the target or home). */
interface Destination {
  readonly kind: 'channel' | 'thread' | 'forum';
  readonly id: string;
  /** A target chosen with /digest target (its refusals are the target's, not the channel's). */
  readonly isTarget: boolean;
  readonly tag?: string | undefined;
  /** A forum post's title. */
  readonly title?: string | undefined;
  /**
   * The chat itself, not in this process's gateway caches: taken for a text channel without asking
   * Discord (a GET per digest would double the requests against the global limit). Discord's
   * answer tells if it is a forum after all.
   */
  readonly guessed?: boolean;
}

/**
 * Posts replies nobody asked for (digests) to Discord channels through discord.js's REST client,
 * which waits out rate limits (each one is logged where the client is made) and is the one retry
 * policy for server and network failures (REST_ATTEMPTS in all; this poster adds none). A channel
 * that answers 403 or 404 is reported gone, here and only here, and never retried; another refusal
 * (4xx) is not repeated at once. With an idempotency key every message carries a nonce and
 * `enforce_nonce`, so a send repeated later cannot post twice.
 *
 * A digest with a target goes into that thread (an archived one is reopened: Discord does so for a
 * post unless it is locked, and the bot asks once more itself) or starts a new post of that forum,
 * titled and tagged; so does a digest of a forum channel itself. A target's refusal is reported as
 * the target's problem, never as the channel being gone.
 */
export function createDiscordPoster(options: DiscordPosterOptions): ChannelPoster {
  const { buttons, lifecycle, logger } = options;
  const request = pacedRequest(options);

  async function gone(chat: ChatRef, reason: string): Promise<Failure> {
    await lifecycle.chatGone(chat, reason);
    return { ok: false, permanent: true, gone: true, reason };
  }

  /** A refusal of the channel itself (403/404: gone) or of anything else, as before targets. */
  async function failure(
    chat: ChatRef,
    where: Destination,
    attempt: Extract<Attempt, { ok: false }>,
    part: string,
  ): Promise<Failure> {
    const { status, reason } = attempt;
    const problem =
      where.kind === 'channel' && !where.isTarget ? undefined : targetProblemOf(attempt);
    // A forum channel that is itself the chat and is gone is the chat gone.
    const homeGone = !where.isTarget && (status === 403 || status === 404);
    if (problem && !homeGone) {
      logger.warn(
        { chat, target: where, status, code: attempt.code, problem, reason, part },
        'Discord refused the digest’s thread or forum',
      );
      return {
        ok: false,
        permanent: PERMANENT_PROBLEMS.includes(problem),
        reason: `Discord ${status}: ${reason}`,
        targetProblem: problem,
      };
    }
    if (status === 403 || status === 404) {
      logger.warn({ chat, status, reason, part }, 'Discord channel is gone or closed to the bot');
      return gone(chat, `Discord ${status}: ${reason}`);
    }
    if (status !== undefined && status >= 400 && status < 500) {
      // The same request would be refused again; but the channel is not gone (a bad payload, a
      // bad token), so the failure is not permanent for the chat: the caller may try later.
      logger.error({ chat, status, reason, part }, 'Discord refused the message; not retried');
      return { ok: false, permanent: false, reason: `Discord ${status}: ${reason}` };
    }
    logger.error(
      { chat, err: attempt.error, attempts: REST_ATTEMPTS, part },
      'posting to Discord failed; giving up',
    );
    return { ok: false, permanent: false, reason };
  }

  /** One message into a channel or thread; an archived thread is reopened once and tried again. */
  async function sendMessage(
    channelId: string,
    body: object,
    thread: boolean,
    beforeSend: (() => Promise<boolean>) | undefined,
  ): Promise<Attempt | undefined> {
    const sent = await request(
      'post',
      Routes.channelMessages(channelId),
      body,
      channelId,
      beforeSend,
    );
    if (!sent || !thread || !isArchived(sent)) return sent;
    const reopened = await request(
      'patch',
      Routes.channel(channelId),
      { archived: false },
      channelId,
    );
    // Not allowed to reopen it (locked, no Manage Threads): the thread stays archived and locked.
    if (!reopened?.ok)
      return { ...sent, reason: `${sent.reason}; reopening it: ${reopened?.reason ?? ''}` };
    logger.info({ thread: channelId }, 'reopened an archived thread to post a digest in it');
    return request('post', Routes.channelMessages(channelId), body, channelId, beforeSend);
  }

  async function sendAll(
    chat: ChatRef,
    where: Destination,
    bodies: object[],
    beforeSend: (() => Promise<boolean>) | undefined,
  ): Promise<Sent | 'a forum'> {
    const ids: string[] = [];
    let channelId = where.id;
    for (const [index, body] of bodies.entries()) {
      const part = `${index + 1} of ${bodies.length}`;
      let attempt: Attempt | undefined;
      if (where.kind === 'forum' && index === 0) {
        const post = forumPost(body, where);
        attempt = await request('post', Routes.threads(where.id), post, where.id, beforeSend);
        if (attempt?.ok) channelId = attempt.body.id;
      } else {
        attempt = await sendMessage(channelId, body, where.kind !== 'channel', beforeSend);
      }
      if (!attempt) {
        const refused: Failure = { ok: false, permanent: false, reason: NOT_ANNOUNCED };
        return index > 0 ? { ...refused, partial: true } : refused;
      }
      if (!attempt.ok && index === 0 && where.guessed && attempt.code === CODES.forumChannel)
        return 'a forum';
      if (!attempt.ok) {
        const failed = await failure(chat, where, attempt, part);
        return index > 0 ? { ...failed, partial: true } : failed;
      }
      ids.push(attempt.body.message?.id ?? attempt.body.id);
    }
    return { ok: true, ids };
  }

  /** The forum post's thread: the digest's title, its tag, and the first message (no nonce there). */
  function forumPost(body: object, where: Destination): object {
    const { nonce: _nonce, enforce_nonce: _enforce, ...message } = body as Record<string, unknown>;
    return {
      name: threadName(where.title),
      message,
      applied_tags: where.tag === undefined ? [] : [where.tag],
    };
  }

  /**
   * Where this post goes, and for a forum which tag; a failure when the forum requires a tag and
   * has none to set (a forum the bot cannot see is tried all the same: Discord's answer tells).
   * The chat itself is looked up in the gateway's caches only, unless `lookUp`.
   */
  async function destination(
    chat: ChatRef,
    target: DigestTarget | undefined,
    title: string | undefined,
    lookUp = false,
  ): Promise<Destination | Failure> {
    const id = target?.id ?? chat.id;
    const cachedOnly = target === undefined && !lookUp;
    const place = await options.describePlace?.(chat, id, cachedOnly);
    const seen = place?.found === true ? place : undefined;
    const kind = target?.kind ?? (seen?.kind === 'forum' ? 'forum' : 'channel');
    const where: Destination = {
      kind,
      id,
      isTarget: target !== undefined,
      title,
      guessed: cachedOnly && seen === undefined,
    };
    if (kind !== 'forum') return where;
    const choice = tagForPost(seen?.tags ?? [], target?.tag, seen?.requiresTag === true);
    if ('problem' in choice) {
      logger.warn(
        { chat, forum: id, tags: seen?.tags.length ?? 0 },
        'the digest’s forum requires a tag and has none the bot can set',
      );
      return {
        ok: false,
        permanent: true,
        reason: 'the forum requires a tag and has none the bot can set',
        targetProblem: 'tag-required',
      };
    }
    return { ...where, tag: choice.tag?.id };
  }

  // A deleted role is logged once per channel and role, not at every digest.
  const reportedGone = new Set<string>();
  function pingable(chat: ChatRef, role: string | undefined): string | undefined {
    if (role === undefined || !/^\d{17,20}$/.test(role)) return undefined;
    if (options.roleExists?.(chat.id, role) !== false) return role;
    if (!reportedGone.has(`${chat.id}:${role}`)) {
      reportedGone.add(`${chat.id}:${role}`);
      logger.warn(
        { chat, role },
        'the role a digest pings no longer exists; digests go out without the ping (/digest ping)',
      );
    }
    return undefined;
  }

  return {
    platform: PLATFORM,
    idempotent: true,
    announcesSends: true,
    sendsAtOnce: SENDS_AT_ONCE,
    async post(chat, reply, postOptions) {
      if (chat.platform !== PLATFORM || !/^\d{17,20}$/.test(chat.id))
        return gone(chat, `not a Discord channel: ${chat.platform}:${chat.id}`);
      const where = await destination(chat, postOptions?.target, postOptions?.title);
      if ('ok' in where) return where;
      const role = pingable(chat, postOptions?.pingRole);
      const messages = withPing(renderReply(reply, buttons), role);
      const bodies = messages.map((message, index) =>
        bodyOf(message, postOptions?.idempotencyKey, index, index === 0 ? role : undefined),
      );
      let sent = await sendAll(chat, where, bodies, postOptions?.beforeSend);
      if (sent === 'a forum') {
        // Not in this process's caches, and a forum after all: a new post of it, with its tags.
        const forum = await destination(chat, undefined, postOptions?.title, true);
        if ('ok' in forum) return forum;
        sent = await sendAll(chat, forum, bodies, postOptions?.beforeSend);
        if (sent === 'a forum')
          return { ok: false, permanent: false, reason: 'Discord 400: a forum' };
      }
      return sent.ok ? { ok: true, messageIds: sent.ids } : sent;
    },
    roleExists: (chat, roleId) => options.roleExists?.(chat.id, roleId),
    describePlace: (chat, id) =>
      options.describePlace?.(chat, id) ?? Promise.resolve({ found: false }),
    // A digest is public: the server's preferred locale, unless the channel set one (the core asks).
    localeOf: (chat) => Promise.resolve(options.guildLocaleOf?.(chat.id)),
    preview: (reply) =>
      renderReply(reply, buttons).map((message) => ({
        format: 'discord' as const,
        content: message.content,
        embeds: message.embeds.map((embed) => ({
          title: embed.title,
          url: embed.url,
          description: embed.description,
          footer: embed.footer?.text,
          colour: embed.color,
        })),
        buttons: message.components.flatMap((row) =>
          row.components.map((button) => button.label ?? ''),
        ),
      })),
  };
}

/**
 * The role's mention at the top of the first message (its own message when the first is full).
 * Everything else was escaped by the renderer, so this is the only mention in the digest.
 */
function withPing(messages: DiscordMessage[], role: string | undefined): DiscordMessage[] {
  const [first, ...rest] = messages;
  if (role === undefined || first === undefined) return messages;
  const mention = `<@&${role}>`;
  if (first.content === undefined) return [{ ...first, content: mention }, ...rest];
  const content = `${mention}\n${first.content}`;
  if (content.length <= LIMITS.content) return [{ ...first, content }, ...rest];
  return [{ content: mention, embeds: [], components: [] }, ...messages];
}

function bodyOf(
  message: DiscordMessage,
  key: string | undefined,
  index: number,
  role: string | undefined,
): object {
  return {
    ...(message.content === undefined ? {} : { content: message.content }),
    embeds: message.embeds,
    components: message.components,
    // Exactly the opted-in role on the message that names it; nobody anywhere else.
    allowed_mentions: role === undefined ? { parse: [] } : { parse: [], roles: [role] },
    ...(key === undefined ? {} : { nonce: messageNonce(key, index), enforce_nonce: true }),
  };
}
