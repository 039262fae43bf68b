import type { ChatRef } from './chat-memory.js';
import type { Logger } from './logger.js';

/**
 * What adapters report about chats: the bot can no longer post there (removed, blocked, channel
 * deleted), or a chat moved to a new id (a Telegram group upgraded to a supergroup). Storage
 * implements it so that settings follow the chat and dead chats stop receiving digests.
 */
export interface ChatLifecycle {
  chatGone(chat: ChatRef, reason: string): Promise<void>;
  chatMoved(from: ChatRef, to: ChatRef): Promise<void>;
}

/** A lifecycle that only logs; for running without storage. */
export function createLoggingChatLifecycle(logger: Logger): ChatLifecycle {
  return {
    chatGone(chat, reason) {
      logger.warn({ chat, reason }, 'chat is no longer reachable; marked inactive');
      return Promise.resolve();
    },
    chatMoved(from, to) {
      logger.info({ from, to }, 'chat moved to a new id');
      return Promise.resolve();
    },
  };
}
