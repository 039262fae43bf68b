import type { ChatRef } from '../core/ports/chat-memory.js';
import type { FilterRuleRecord } from '../core/ports/filter-store.js';
import { toChat } from './rows.js';

/** A row of `filter_rules`, the same in SQLite and PostgreSQL. */
export interface FilterRuleRow {
  id: number;
  platform: string;
  chat_id: string;
  kind: 'include' | 'exclude';
  pattern: string;
  feed_url: string | null;
  created_at: number;
}

export const FILTER_RULE_COLUMNS = 'id, platform, chat_id, kind, pattern, feed_url, created_at';

export function toFilterRule(row: FilterRuleRow): FilterRuleRecord {
  return {
    id: row.id,
    chat: toChat(row),
    kind: row.kind,
    pattern: row.pattern,
    ...(row.feed_url === null ? {} : { feedUrl: row.feed_url }),
    createdAt: new Date(row.created_at),
  };
}

export const filterRuleParams = (
  chat: ChatRef,
  rule: { kind: string; pattern: string; feedUrl?: string | undefined; createdAt: Date },
) => ({
  platform: chat.platform,
  chat_id: chat.id,
  kind: rule.kind,
  pattern: rule.pattern,
  feed_url: rule.feedUrl ?? null,
  created_at: rule.createdAt.getTime(),
});

export const INSERT_FILTER_RULE = `INSERT INTO filter_rules (platform, chat_id, kind, pattern, feed_url, created_at)
  VALUES (@platform, @chat_id, @kind, @pattern, @feed_url, @created_at) RETURNING ${FILTER_RULE_COLUMNS}`;
