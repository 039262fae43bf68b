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
import type { PgDatabase } from './pg-database.js';

/** PanelStore on PostgreSQL: control-panel sessions and the chats the bot knows. */
export class PgPanelStore implements PanelStore {
  constructor(private readonly db: PgDatabase) {}

  async saveSession(session: WebSession): Promise<void> {
    await this.db.changes(UPSERT_SESSION, { ...sessionParams(session) });
  }

  async getSession(id: string, now: Date): Promise<WebSession | undefined> {
    const row = await this.db.first<SessionRow>(
      `SELECT ${SESSION_COLUMNS} FROM web_sessions WHERE id = $1 AND expires_at > $2`,
      [id, now.getTime()],
    );
    return row && toSession(row);
  }

  async deleteSession(id: string): Promise<void> {
    await this.db.changes('DELETE FROM web_sessions WHERE id = $1', [id]);
  }

  deleteExpiredSessions(now: Date): Promise<number> {
    return this.db.changes('DELETE FROM web_sessions WHERE expires_at <= $1', [now.getTime()]);
  }

  async noteChat(known: KnownChat): Promise<void> {
    await this.db.changes(UPSERT_KNOWN_CHAT, { ...knownChatParams(known) });
  }

  async knownChats(platform: string): Promise<KnownChat[]> {
    const rows = await this.db.rows<KnownChatRow>(
      `SELECT ${KNOWN_CHAT_COLUMNS} FROM known_chats WHERE platform = $1`,
      [platform],
    );
    return toKnownChats(rows);
  }
}
