import type { Logger } from '../../core/ports/logger.js';
import { LruCache } from '../../core/lru-cache.js';

/** Who sent a command, as far as deciding "moderator" needs. */
export interface Sender {
  readonly chatId: number;
  readonly chatType: string;
  readonly userId?: number | undefined;
  /** The user's Telegram app language (IETF tag), when Telegram sends it. */
  readonly languageCode?: string | undefined;
  /** The chat a message was sent on behalf of (an anonymous admin: the group itself; a channel). */
  readonly senderChatId?: number | undefined;
  /** A post in a channel: only the channel's administrators can post there. */
  readonly channelPost?: boolean | undefined;
}

export interface MemberLookup {
  getChatMember(chatId: number, userId: number): Promise<{ readonly status: string }>;
}

const MODERATOR_STATUSES = new Set(['creator', 'administrator']);

/**
 * Telegram moderators: in a private chat the user; in a channel its posts (admins only can post);
 * in groups the creator and administrators (`getChatMember`), including an anonymous admin, who
 * writes as the group itself. Answers are cached briefly (default 60 s) per chat and user.
 */
export class ModeratorCheck {
  private readonly cache: LruCache<string, { at: number; answer: Promise<boolean> }>;

  constructor(
    private readonly lookup: MemberLookup,
    private readonly logger: Logger,
    private readonly options: { ttlMs?: number; now?: () => number; maxEntries?: number } = {},
  ) {
    this.cache = new LruCache(options.maxEntries ?? 10_000);
  }

  isModerator(sender: Sender): Promise<boolean> {
    if (sender.chatType === 'private' || sender.channelPost) return Promise.resolve(true);
    if (sender.senderChatId !== undefined) {
      return Promise.resolve(sender.senderChatId === sender.chatId);
    }
    const userId = sender.userId;
    if (userId === undefined) return Promise.resolve(false);
    const key = `${sender.chatId}:${userId}`;
    const now = (this.options.now ?? Date.now)();
    const cached = this.cache.get(key);
    if (cached && now - cached.at < (this.options.ttlMs ?? 60_000)) return cached.answer;
    const answer: Promise<boolean> = this.ask(sender.chatId, userId).then((result) => {
      // A failure is not remembered.
      if (result === undefined && this.cache.get(key)?.answer === answer) this.cache.delete(key);
      return result ?? false;
    });
    this.cache.set(key, { at: now, answer });
    return answer;
  }

  /** Whether the user administers the chat; undefined when Telegram could not say. */
  private async ask(chatId: number, userId: number): Promise<boolean | undefined> {
    try {
      const member = await this.lookup.getChatMember(chatId, userId);
      return MODERATOR_STATUSES.has(member.status);
    } catch (error) {
      this.logger.warn(
        { err: error, chatId, userId },
        'could not ask Telegram whether a user is an administrator; treating them as a member',
      );
      return undefined;
    }
  }
}
