import { createHash } from 'node:crypto';
import { DiscordAPIError, RateLimitError, Routes, type REST } from 'discord.js';
import type { ChannelPoster, PostOutcome } from '../../core/ports/channel-poster.js';
import type { ChatLifecycle } from '../../core/ports/chat-lifecycle.js';
import type { ChatRef } from '../../core/ports/chat-memory.js';
import type { Logger } from '../../core/ports/logger.js';
import type { SendBudget } from '../../core/ports/send-budget.js';
import { acquireSend } from '../../core/sending/acquire-send.js';
import type { ButtonIds } from './button-ids.js';
import { PLATFORM } from './interaction-input.js';
import { FLEET_RATES, LIMITS, REST_ATTEMPTS } from './limits.js';
import { renderReply, type DiscordMessage } from './render-reply.js';

export interface DiscordPosterOptions {
  /** discord.js's REST client: it waits out rate limits and retries server and network failures. */
  readonly rest: Pick<REST, 'post'>;
  readonly buttons: ButtonIds;
  readonly lifecycle: ChatLifecycle;
  readonly logger: Logger;
  /** The fleet's send budget and this bot's id: posts then keep Discord's limits for all processes. */
  readonly fleet?: { readonly budget: SendBudget; readonly botId: string } | undefined;
  /** The preferred locale of the server a channel is in (undefined for a DM or an unknown channel). */
  readonly guildLocaleOf?: (channelId: string) => string | undefined;
  /**
   * Whether a role still exists in the server of a channel (the gateway's cache): false drops a
   * digest's ping; undefined (not known, e.g. a channel not in the cache) keeps it.
   */
  readonly roleExists?: (channelId: string, roleId: string) => boolean | undefined;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The nonce of message `index` of a delivery: short, stable, different per message (≤ 25 chars). */
export function messageNonce(idempotencyKey: string, index: number): string {
  return createHash('sha256')
    .update(`${idempotencyKey}#${index}`)
    .digest('base64url')
    .slice(0, LIMITS.nonce);
}

type Failure = Extract<PostOutcome, { ok: false }>;
const NOT_ANNOUNCED = 'not sent: its digest was taken over, or could not be marked sending';
/** Rate-limit waits of one channel post before it is given up (a later retry of the slot may send it). */
const RATE_LIMIT_WAITS = 10;

/**
 * discord.js's `rejectOnRateLimit` for the channel poster's route: a 429 (or discord.js's own
 * wait) on POST /channels/{id}/messages is handed back to the poster instead of retried inside
 * discord.js, out of the fleet's pacing. Interaction answers keep discord.js's own waits.
 */
export function rejectChannelPostLimits(data: { method: string; route: string }): boolean {
  return data.method.toUpperCase() === 'POST' && data.route === '/channels/:id/messages';
}
type Sent = { readonly ok: true; readonly id: string } | Failure;

/**
 * Posts replies nobody asked for (digests) to Discord channels through discord.js's REST client,
 * which waits out rate limits (each one is logged where the client is made) and is the one retry
 * policy for server and network failures (REST_ATTEMPTS in all; this poster adds none). A channel
 * that answers 403 or 404 is reported gone, here and only here, and never retried; another refusal
 * (4xx) is not repeated at once. With an idempotency key every message carries a nonce and
 * `enforce_nonce`, so a send repeated later cannot post twice.
 */
export function createDiscordPoster(options: DiscordPosterOptions): ChannelPoster {
  const { rest, buttons, lifecycle, logger } = options;

  async function gone(chat: ChatRef, reason: string): Promise<Failure> {
    await lifecycle.chatGone(chat, reason);
    return { ok: false, permanent: true, gone: true, reason };
  }

  async function send(
    chat: ChatRef,
    body: object,
    part: string,
    beforeSend: (() => Promise<boolean>) | undefined,
  ): Promise<Sent> {
    try {
      for (let waits = 0; ; waits++) {
        const fleet = options.fleet;
        if (fleet)
          await acquireSend(
            fleet.budget,
            [
              { key: `dc:${fleet.botId}:all`, rate: FLEET_RATES.global, queued: true },
              { key: `dc:${fleet.botId}:channel:${chat.id}`, rate: FLEET_RATES.channelMessages },
            ],
            { logger, sleep },
          );
        if (beforeSend && !(await beforeSend()))
          return { ok: false, permanent: false, reason: NOT_ANNOUNCED };
        try {
          const message = (await rest.post(Routes.channelMessages(chat.id), { body })) as {
            id: string;
          };
          return { ok: true, id: message.id };
        } catch (error) {
          // A rate limit of a channel post comes back here (rejectChannelPostLimits) rather than
          // being retried inside discord.js: the retry then waits for the fleet's budget too, so
          // retries never pile on top of the fleet's paced sends.
          if (!(error instanceof RateLimitError) || waits >= RATE_LIMIT_WAITS) throw error;
          logger.warn(
            { chat, part, retryInMs: error.retryAfter, global: error.global },
            'Discord rate limit on a channel post; waiting, then asking the fleet budget again',
          );
          await sleep(Math.max(error.retryAfter, error.timeToReset, 50));
        }
      }
    } catch (error) {
      const status = error instanceof DiscordAPIError ? error.status : undefined;
      const reason = error instanceof Error ? error.message : String(error);
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
        { chat, err: error, attempts: REST_ATTEMPTS, part },
        'posting to Discord failed; giving up',
      );
      return { ok: false, permanent: false, reason };
    }
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
    async post(chat, reply, postOptions) {
      if (chat.platform !== PLATFORM || !/^\d{17,20}$/.test(chat.id))
        return gone(chat, `not a Discord channel: ${chat.platform}:${chat.id}`);
      const role = pingable(chat, postOptions?.pingRole);
      const messages = withPing(renderReply(reply, buttons), role);
      const ids: string[] = [];
      for (const [index, message] of messages.entries()) {
        const body = bodyOf(
          message,
          postOptions?.idempotencyKey,
          index,
          index === 0 ? role : undefined,
        );
        const sent = await send(
          chat,
          body,
          `${index + 1} of ${messages.length}`,
          postOptions?.beforeSend,
        );
        if (!sent.ok) return index > 0 ? { ...sent, partial: true } : sent;
        ids.push(sent.id);
      }
      return { ok: true, messageIds: ids };
    },
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
