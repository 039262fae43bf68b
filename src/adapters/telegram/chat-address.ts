import type { ChatRef } from '../../core/ports/chat-memory.js';

export const TELEGRAM_PLATFORM = 'telegram';

/** Where a message goes: a chat, and in a forum supergroup the topic (`message_thread_id`). */
export interface Place {
  readonly chatId: number;
  readonly threadId?: number | undefined;
}

/**
 * A forum topic is its own chat for Briefly (its own /news list, its own digest): its ChatRef id is
 * `${chatId}:${threadId}`. Every other chat is its numeric id as text ("-1001234567890").
 */
export function chatRefOf(place: Place): ChatRef {
  return {
    platform: TELEGRAM_PLATFORM,
    id: place.threadId === undefined ? String(place.chatId) : `${place.chatId}:${place.threadId}`,
  };
}

/** The place a Telegram ChatRef names, or undefined when it is not one. */
export function placeOf(chat: ChatRef): Place | undefined {
  if (chat.platform !== TELEGRAM_PLATFORM) return undefined;
  const match = /^(-?\d{1,16})(?::(\d{1,12}))?$/.exec(chat.id);
  if (!match?.[1]) return undefined;
  return {
    chatId: Number(match[1]),
    threadId: match[2] === undefined ? undefined : Number(match[2]),
  };
}
