import type { ChatRef } from '../../core/ports/chat-memory.js';

/**
 * A batch of many channels' rows travels as one JSON parameter, @rows, a list of objects that
 * `json_to_recordset` reads: JSON.stringify is native code, where node-postgres writes text arrays
 * element by element in JavaScript (about twice the CPU and many times the garbage, for a round's
 * 30,000 ledger rows). Extra keys of the objects are ignored; `null` reads as NULL.
 */

/** A FROM item: the rows of @rows as `r`, with these columns ("name type, …"), numbered `n` from 1. */
export function jsonRows(columns: string): string {
  const names = columns.split(',').map((column) => column.trim().split(' ')[0]);
  return `ROWS FROM (json_to_recordset(@rows::json) AS (${columns}))
    WITH ORDINALITY AS r (${names.join(', ')}, n)`;
}

export const CHAT_TYPES = 'platform text, chat_id text';

/** The chats as @rows for `jsonRows(CHAT_TYPES)`. */
export function chatRows(chats: readonly ChatRef[]): { rows: string } {
  return {
    rows: JSON.stringify(chats.map((chat) => ({ platform: chat.platform, chat_id: chat.id }))),
  };
}
