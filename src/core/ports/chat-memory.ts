import { LruCache } from '../lru-cache.js';

/** Identifies a conversation on a platform: a Discord channel, a Telegram chat or topic, the console. */
export interface ChatRef {
  readonly platform: string;
  readonly id: string;
}

export function chatKey(chat: ChatRef): string {
  return `${chat.platform}:${chat.id}`;
}

/** What a chat last listed (/news, /search), so that "/summary 2" means the second of that list. */
export interface ChatMemory {
  rememberList(chat: ChatRef, articleIds: readonly string[]): void;
  lastList(chat: ChatRef): readonly string[] | undefined;
}

/** In-memory chat memory, bounded: the least recently used chats are forgotten first. */
export function createMemoryChatMemory(maxChats = 50_000): ChatMemory {
  const lists = new LruCache<string, readonly string[]>(maxChats);
  return {
    rememberList(chat, articleIds) {
      lists.set(chatKey(chat), [...articleIds]);
    },
    lastList(chat) {
      return lists.get(chatKey(chat));
    },
  };
}
