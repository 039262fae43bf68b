import type { KnownChat, PanelStore, WebSession } from '../../core/ports/panel-store.js';
import {
  knownChatParams,
  KNOWN_CHAT_COLUMNS,
  sessionParams,
  SESSION_COLUMNS,
  toKnownChats,
  toSession,
  UPSERT_KNOWN_CHAT,
  UPSERT_SESSION,
  type KnownChatRow,
  type SessionRow,
} from '../panel-rows.js';
import type { StatementCache } from './statement-cache.js';

/** PanelStore on SQLite: control-panel sessions and the chats the bot knows. */
export class SqlitePanelStore implements PanelStore {
  constructor(private readonly cache: StatementCache) {}

  saveSession(session: WebSession): Promise<void> {
    this.cache.sql(UPSERT_SESSION).run(sessionParams(session));
    return Promise.resolve();
  }

  getSession(id: string, now: Date): Promise<WebSession | undefined> {
    const row = this.cache
      .sql(`SELECT ${SESSION_COLUMNS} FROM web_sessions WHERE id = ? AND expires_at > ?`)
      .get(id, now.getTime()) as SessionRow | undefined;
    return Promise.resolve(row && toSession(row));
  }

  deleteSession(id: string): Promise<void> {
    this.cache.sql('DELETE FROM web_sessions WHERE id = ?').run(id);
    return Promise.resolve();
  }

  deleteExpiredSessions(now: Date): Promise<number> {
    const result = this.cache
      .sql('DELETE FROM web_sessions WHERE expires_at <= ?')
      .run(now.getTime());
    return Promise.resolve(result.changes);
  }

  noteChat(known: KnownChat): Promise<void> {
    this.cache.sql(UPSERT_KNOWN_CHAT).run(knownChatParams(known));
    return Promise.resolve();
  }

  knownChats(platform: string): Promise<KnownChat[]> {
    const rows = this.cache
      .sql(`SELECT ${KNOWN_CHAT_COLUMNS} FROM known_chats WHERE platform = ?`)
      .all(platform) as KnownChatRow[];
    return Promise.resolve(toKnownChats(rows));
  }
}
