import type { ChatRef } from '../../core/ports/chat-memory.js';

/**
 * The rows of a chat and of its topics ("<chat>:<topic>", e.g. Telegram forum topics), matched by
 * exact id and exact prefix. Parameters: @platform, @chat_id.
 */
export const CHAT_AND_TOPICS = `platform = @platform AND (chat_id = @chat_id::text OR starts_with(chat_id, @chat_id::text || ':'))`;

export const chatParams = (chat: ChatRef) => ({ platform: chat.platform, chat_id: chat.id });

/**
 * Moves the rows of a chat and its topics to a new chat id ("<old>:7" becomes "<new>:7"). A row
 * whose new key is already taken (the new chat has its own) stays where it is, as SQLite's
 * UPDATE OR IGNORE does. `keyColumns`: the rest of the table's unique key besides platform and chat.
 */
export function moveChatSql(table: string, keyColumns: readonly string[]): string {
  const newId = `@to_id::text || substr(s.chat_id, length(@chat_id::text) + 1)`;
  const sameKey = keyColumns.map((column) => ` AND t.${column} = s.${column}`).join('');
  return `UPDATE ${table} AS s SET platform = @to_platform, chat_id = ${newId}
    WHERE s.platform = @platform AND (s.chat_id = @chat_id::text OR starts_with(s.chat_id, @chat_id::text || ':'))
      AND NOT EXISTS (SELECT 1 FROM ${table} AS t WHERE t.platform = @to_platform AND t.chat_id = ${newId}${sameKey})`;
}

export const moveParams = (from: ChatRef, to: ChatRef) => ({
  ...chatParams(from),
  to_platform: to.platform,
  to_id: to.id,
});
