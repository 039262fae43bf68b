import type { KnownChat, PanelUser, WebSession } from '../core/ports/panel-store.js';

/** The control panel's rows, shared by the SQLite and PostgreSQL stores (same columns in both). */
export interface SessionRow {
  id: string;
  user_platform: string | null;
  user_id: string | null;
  user_name: string | null;
  csrf: string;
  secrets: string;
  created_at: number;
  expires_at: number;
}

export interface KnownChatRow {
  platform: string;
  chat_id: string;
  title: string;
  kind: string;
  seen_at: number;
}

export const SESSION_COLUMNS =
  'id, user_platform, user_id, user_name, csrf, secrets, created_at, expires_at';
export const KNOWN_CHAT_COLUMNS = 'platform, chat_id, title, kind, seen_at';

export const UPSERT_SESSION = `INSERT INTO web_sessions (${SESSION_COLUMNS})
  VALUES (@id, @user_platform, @user_id, @user_name, @csrf, @secrets, @created_at, @expires_at)
  ON CONFLICT (id) DO UPDATE SET user_platform = excluded.user_platform, user_id = excluded.user_id,
    user_name = excluded.user_name, csrf = excluded.csrf, secrets = excluded.secrets,
    expires_at = excluded.expires_at`;

export const UPSERT_KNOWN_CHAT = `INSERT INTO known_chats (${KNOWN_CHAT_COLUMNS})
  VALUES (@platform, @chat_id, @title, @kind, @seen_at)
  ON CONFLICT (platform, chat_id) DO UPDATE SET title = excluded.title, kind = excluded.kind,
    seen_at = excluded.seen_at`;

/** Titles and names are the platform's, so they are cut to a size a page can show. */
const TEXT_LIMIT = 256;

export function sessionParams(session: WebSession): SessionRow {
  return {
    id: session.id,
    user_platform: session.user?.platform ?? null,
    user_id: session.user?.id ?? null,
    user_name: session.user?.name.slice(0, TEXT_LIMIT) ?? null,
    csrf: session.csrf,
    secrets: JSON.stringify(session.secrets),
    created_at: session.createdAt.getTime(),
    expires_at: session.expiresAt.getTime(),
  };
}

export function toSession(row: SessionRow): WebSession {
  const user: PanelUser | undefined =
    row.user_platform && row.user_id
      ? {
          platform: row.user_platform as PanelUser['platform'],
          id: row.user_id,
          name: row.user_name ?? '',
        }
      : undefined;
  return {
    id: row.id,
    user,
    csrf: row.csrf,
    secrets: JSON.parse(row.secrets) as Record<string, string>,
    createdAt: new Date(row.created_at),
    expiresAt: new Date(row.expires_at),
  };
}

export function knownChatParams(known: KnownChat): KnownChatRow {
  return {
    platform: known.chat.platform,
    chat_id: known.chat.id,
    title: known.title.slice(0, TEXT_LIMIT),
    kind: known.kind.slice(0, 32),
    seen_at: known.seenAt.getTime(),
  };
}

export function toKnownChats(rows: readonly KnownChatRow[]): KnownChat[] {
  return rows
    .map((row) => ({
      chat: { platform: row.platform, id: row.chat_id },
      title: row.title,
      kind: row.kind,
      seenAt: new Date(row.seen_at),
    }))
    .sort((a, b) => a.title.localeCompare(b.title) || a.chat.id.localeCompare(b.chat.id));
}
