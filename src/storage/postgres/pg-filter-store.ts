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
import { Batcher } from '../../core/async/batcher.js';
import { CHAT_AND_TOPICS, chatParams, moveChatSql, moveParams } from './chat-rows.js';
import { CHAT_TYPES, chatRows, jsonRows } from './json-rows.js';
import type { PgDatabase } from './pg-database.js';

/**
 * FilterStore on PostgreSQL. The rules of channels asked for in one turn of the event loop (a
 * digest run's channels) are read by one statement.
 */
export class PgFilterStore implements FilterStore {
  private readonly rulesOf = new Batcher((chats: readonly ChatRef[]) => this.listRulesOf(chats));

  constructor(private readonly db: PgDatabase) {}

  listRules(chat: ChatRef): Promise<FilterRuleRecord[]> {
    return this.rulesOf.load(chat);
  }

  private async listRulesOf(chats: readonly ChatRef[]): Promise<FilterRuleRecord[][]> {
    const rows = await this.db.rows<FilterRuleRow & { n: number }>(
      `SELECT r.n, ${FILTER_RULE_COLUMNS.replace(/(\w+)/g, 'f.$1')} FROM filter_rules AS f
         JOIN ${jsonRows(CHAT_TYPES)} ON f.platform = r.platform AND f.chat_id = r.chat_id
         ORDER BY f.id`,
      chatRows(chats),
    );
    const lists = chats.map((): FilterRuleRecord[] => []);
    for (const row of rows) lists[row.n - 1]?.push(toFilterRule(row));
    return lists;
  }

  async addRule(chat: ChatRef, rule: NewFilterRule): Promise<FilterRuleRecord> {
    const row = await this.db.first<FilterRuleRow>(
      INSERT_FILTER_RULE,
      filterRuleParams(chat, rule),
    );
    if (!row) throw new Error('INSERT … RETURNING returned no row');
    return toFilterRule(row);
  }

  async removeRule(chat: ChatRef, id: number): Promise<boolean> {
    return (
      (await this.db.changes(
        'DELETE FROM filter_rules WHERE platform = $1 AND chat_id = $2 AND id = $3',
        [chat.platform, chat.id, id],
      )) === 1
    );
  }

  clearRules(chat: ChatRef): Promise<number> {
    return this.db.changes('DELETE FROM filter_rules WHERE platform = $1 AND chat_id = $2', [
      chat.platform,
      chat.id,
    ]);
  }

  /** A chat the bot can no longer post to keeps no filters (its topics neither). */
  async forgetChat(chat: ChatRef): Promise<void> {
    await this.db.changes(`DELETE FROM filter_rules WHERE ${CHAT_AND_TOPICS}`, chatParams(chat));
  }

  /** A chat that moved to a new id keeps its filters (and its topics theirs). */
  async moveChat(from: ChatRef, to: ChatRef): Promise<void> {
    await this.db.changes(moveChatSql('filter_rules', ['id']), moveParams(from, to));
  }
}
