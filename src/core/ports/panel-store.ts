import type { ChatRef } from './chat-memory.js';

/** Someone signed in to the control panel, as the platform that vouched for them knows them. */
export interface PanelUser {
  readonly platform: 'discord' | 'telegram';
  /** The platform's user id. */
  readonly id: string;
  readonly name: string;
}

/**
 * A control-panel session. The browser holds only a random token; the store keeps its SHA-256
 * (`id`), so a copy of the database cannot be replayed as cookies.
 */
export interface WebSession {
  readonly id: string;
  /** Absent while a sign-in is under way (a Discord authorization waiting for its callback). */
  readonly user?: PanelUser | undefined;
  /** The anti-forgery token every change must carry. */
  readonly csrf: string;
  /** Server-side only, never sent to the browser: a Discord access token, a PKCE verifier and state. */
  readonly secrets: Readonly<Record<string, string>>;
  readonly createdAt: Date;
  readonly expiresAt: Date;
}

/** A chat the bot has been used in, so the panel can list the ones a Telegram user administers. */
export interface KnownChat {
  readonly chat: ChatRef;
  readonly title: string;
  /** The platform's kind of chat (Telegram: private, group, supergroup, channel). */
  readonly kind: string;
  readonly seenAt: Date;
}

/** What the control panel keeps in the database: sessions and the chats the bot knows. */
export interface PanelStore {
  saveSession(session: WebSession): Promise<void>;
  /** The session, unless it does not exist or expired by `now`. */
  getSession(id: string, now: Date): Promise<WebSession | undefined>;
  deleteSession(id: string): Promise<void>;
  /** Removes sessions expired by `now`; returns how many. */
  deleteExpiredSessions(now: Date): Promise<number>;
  /** Records (or refreshes the title and time of) a chat the bot was used in. */
  noteChat(chat: KnownChat): Promise<void>;
  /** Every known chat of a platform, by title. */
  knownChats(platform: string): Promise<KnownChat[]>;
}
