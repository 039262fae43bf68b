import type { ChatRef } from './chat-memory.js';
import type { PanelUser } from './panel-store.js';

/**
 * The control panel's addresses that other parts link to (the Telegram adapter's buttons): a
 * channel's page, /c/<platform>/<chat id>, and the Telegram sign-in that returns to a page.
 */
export function channelPath(chat: ChatRef, rest = ''): string {
  return `/c/${encodeURIComponent(chat.platform)}/${encodeURIComponent(chat.id)}${rest}`;
}

export const TELEGRAM_SIGN_IN_PATH = '/auth/telegram';

/** Whether `next` is a channel page to return to after sign-in (never another site). */
export function isChannelPath(next: string): boolean {
  return /^\/c\/[a-z]+\/[A-Za-z0-9%_.:-]{1,64}$/.test(next);
}

/** A channel the control panel lets a moderator manage. */
export interface PanelChannel {
  readonly chat: ChatRef;
  readonly name: string;
}

/** A Discord server or a Telegram chat the user moderates, with the channels the bot posts to. */
export interface PanelPlace {
  /** Unique per platform: a Discord server id, a Telegram chat id. */
  readonly id: string;
  readonly platform: PanelUser['platform'];
  readonly name: string;
  readonly channels: readonly PanelChannel[];
}

/** The answer of a platform, or why it could not give one. */
export type PlacesAnswer =
  | { readonly ok: true; readonly places: readonly PanelPlace[] }
  | { readonly ok: false; readonly reason: string };

/**
 * Where a signed-in user is a moderator, by the rules the commands use, asked of the platform
 * (the control panel caches the answer for a short while). `secrets` are the session's server-side
 * credentials (a Discord user's access token).
 */
export interface PlaceDirectory {
  readonly platform: PanelUser['platform'];
  placesOf(user: PanelUser, secrets: Readonly<Record<string, string>>): Promise<PlacesAnswer>;
}

/** What the Discord adapter knows of a server the bot is in. */
export interface BotGuild {
  readonly id: string;
  readonly name: string;
  /** Text and announcement channels, in the server's order. */
  readonly channels: readonly { readonly id: string; readonly name: string }[];
}

/**
 * The servers the Discord bot is in: its gateway cache for the shards this process holds, Discord's
 * REST API for the others (a fleet divides the shards). Undefined: the bot is not in that server.
 */
export interface BotGuilds {
  guild(id: string): Promise<BotGuild | undefined>;
}

/** Telegram's "is this user an administrator of that chat", as the commands decide it. */
export interface TelegramAdmins {
  isAdministrator(chatId: number, userId: number): Promise<boolean>;
}
