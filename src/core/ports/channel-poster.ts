import type { Reply } from '../replies/reply.js';
import type { ChatRef } from './chat-memory.js';
import type { DigestTarget, TargetProblem } from './digest-store.js';
import type { PlaceInfo } from './places.js';

export interface PostOptions {
  /**
   * A stable key for this delivery (a digest slot), so that a platform with idempotent sends can
   * drop a repeat (Discord: message nonce with enforce_nonce). Platforms without it ignore it.
   */
  readonly idempotencyKey?: string | undefined;
  /**
   * Discord: the one role this post pings (a digest's opt-in /digest ping). The adapter mentions it
   * at the top of the first message and allows that mention only; other platforms ignore it.
   */
  readonly pingRole?: string | undefined;
  /** Discord: where the post goes instead of the chat itself (a digest's thread or forum). */
  readonly target?: DigestTarget | undefined;
  /** The title of a forum post this post starts (a digest's: "Digest — 7 Dec 2026"). */
  readonly title?: string | undefined;
  /**
   * Called right before each platform call of this post, after its rate-limit waits (posters that
   * `announcesSends`): the digest's `sending` mark in the ledger. False: send nothing more.
   */
  readonly beforeSend?: (() => Promise<boolean>) | undefined;
}

/**
 * The result of posting. `permanent` failures will not succeed on retry (the bot was removed, the
 * channel is gone, the platform refuses the message); the others may (rate limits and outages are
 * retried inside the adapter first). `gone`: the chat cannot be reached any more; the adapter is the
 * one that reports a chat gone or moved (ChatLifecycle), and it already has when it says so.
 */
export type PostOutcome =
  | { readonly ok: true; readonly messageIds: readonly string[] }
  | {
      readonly ok: false;
      readonly permanent: boolean;
      readonly reason: string;
      readonly gone?: boolean;
      /** Some messages of a reply split over several did arrive (sending it again would repeat them). */
      readonly partial?: boolean;
      /**
       * The post's target (not the chat itself) refused it; the chat is not gone. `deleted` and
       * `tag-required` come with `permanent`; `locked` and `forbidden` may be fixed by a moderator.
       */
      readonly targetProblem?: TargetProblem;
    };

/** One message of a reply as a platform would show it: what the control panel's preview draws. */
export type PreviewMessage =
  | {
      /** Telegram's HTML subset (parse_mode HTML), as the adapter sends it. */
      readonly format: 'telegram-html';
      readonly html: string;
      readonly buttons: readonly string[];
    }
  | {
      /** Discord markdown content and embeds, as the adapter sends them. */
      readonly format: 'discord';
      readonly content?: string | undefined;
      readonly embeds: readonly PreviewEmbed[];
      readonly buttons: readonly string[];
    };

export interface PreviewEmbed {
  readonly title?: string | undefined;
  readonly url?: string | undefined;
  readonly description?: string | undefined;
  readonly footer?: string | undefined;
  readonly colour?: number | undefined;
}

/** Sends a reply nobody asked for (a scheduled digest) to a chat of one platform. */
export interface ChannelPoster {
  readonly platform: string;
  /**
   * True when the platform drops a repeated send of one idempotency key (Discord's nonce with
   * enforce_nonce): a send cut off by a crash may then be repeated safely.
   */
  readonly idempotent?: boolean;
  /** True when `post` calls `beforeSend` before each platform call (else the caller marks first). */
  readonly announcesSends?: boolean;
  /**
   * How many of this poster's digests a process may have under way at once, from the `sending`
   * mark (for one that announces its sends: from its queue) to the outcome's write. Default 256
   * for a poster that announces its sends, else 64 (src/core/digests/send-limits.ts).
   */
  readonly sendsAtOnce?: number;
  post(chat: ChatRef, reply: Reply, options?: PostOptions): Promise<PostOutcome>;
  /**
   * The chat's language as the platform knows it (a language tag: Discord's server locale), for a
   * channel without a language of its own; undefined when the platform says nothing.
   */
  localeOf?(chat: ChatRef): Promise<string | undefined>;
  /**
   * Discord: what the place with this id is (a thread, a forum and its tags…), seen from `chat`;
   * platforms where a digest goes only to its own chat have no such method.
   */
  describePlace?(chat: ChatRef, id: string): Promise<PlaceInfo>;
  /**
   * Discord: whether a role still exists in the server of `chat` (false: deleted); undefined when
   * the platform cannot tell.
   */
  roleExists?(chat: ChatRef, roleId: string): boolean | undefined;
  /** The messages `post` would send, rendered by the same code, sending nothing. */
  preview?(reply: Reply): readonly PreviewMessage[];
}
