import type { ChatRef } from '../../core/ports/chat-memory.js';
import type {
  FilterRuleRecord,
  FilterStore,
  NewFilterRule,
} from '../../core/ports/filter-store.js';
import {
  FILTER_RULE_COLUMNS,
  filterRuleParams,
  INSERT_FILTER_RULE,
  toFilterRule,
  type FilterRuleRow,
} from '../filter-rows.js';
import type { StatementCache } from './statement-cache.js';

/** FilterStore on SQLite. */
export class SqliteFilterStore implements FilterStore {
  constructor(private readonly cache: StatementCache) {}

  listRules(chat: ChatRef): Promise<FilterRuleRecord[]> {
    const rows = this.cache
      .sql(
        `SELECT ${FILTER_RULE_COLUMNS} FROM filter_rules WHERE platform = ? AND chat_id = ? ORDER BY id`,
      )
      .all(chat.platform, chat.id) as FilterRuleRow[];
    return Promise.resolve(rows.map(toFilterRule));
  }

  addRule(chat: ChatRef, rule: NewFilterRule): Promise<FilterRuleRecord> {
    const row = this.cache
      .sql(INSERT_FILTER_RULE)
      .get(filterRuleParams(chat, rule)) as FilterRuleRow;
    return Promise.resolve(toFilterRule(row));
  }

  removeRule(chat: ChatRef, id: number): Promise<boolean> {
    const result = this.cache
      .sql('DELETE FROM filter_rules WHERE platform = ? AND chat_id = ? AND id = ?')
      .run(chat.platform, chat.id, id);
    return Promise.resolve(result.changes === 1);
  }

  clearRules(chat: ChatRef): Promise<number> {
    const result = this.cache
      .sql('DELETE FROM filter_rules WHERE platform = ? AND chat_id = ?')
      .run(chat.platform, chat.id);
    return Promise.resolve(result.changes);
  }

  /** A chat the bot can no longer post to keeps no filters (its topics neither). */
  forgetChat(chat: ChatRef): void {
    this.cache
      .sql(
        `DELETE FROM filter_rules WHERE platform = ? AND (chat_id = ? OR chat_id LIKE ? || ':%')`,
      )
      .run(chat.platform, chat.id, chat.id);
  }

  /** A chat that moved to a new id keeps its filters (and its topics theirs). */
  moveChat(from: ChatRef, to: ChatRef): void {
    this.cache
      .sql(
        `UPDATE filter_rules SET platform = ?, chat_id = ? || substr(chat_id, length(?) + 1)
         WHERE platform = ? AND (chat_id = ? OR chat_id LIKE ? || ':%')`,
      )
      .run(to.platform, to.id, from.id, from.platform, from.id, from.id);
  }
}
