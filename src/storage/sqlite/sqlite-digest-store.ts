import type { StatementCache } from './statement-cache.js';
import type { ChatRef } from '../../core/ports/chat-memory.js';
import type {
  ClaimRequest,
  Delivery,
  DeliveryKey,
  DeliveryStatus,
  DeliveryUpdate,
  DigestSettings,
  DigestStore,
} from '../../core/ports/digest-store.js';

interface SettingsRow {
  platform: string;
  chat_id: string;
  enabled: number;
  minute_of_day: number;
  days: string;
  timezone: string;
  size: number;
  topics: string;
  active: number;
  inactive_reason: string | null;
  schedule_from: number;
  updated_at: number;
}

interface DeliveryRow {
  platform: string;
  chat_id: string;
  slot: number;
  kind: 'scheduled' | 'manual';
  status: DeliveryStatus;
  owner: string;
  attempts: number;
  lease_until: number;
  retry_at: number | null;
  covered_until: number | null;
  article_ids: string;
  message_ids: string;
  error: string | null;
  updated_at: number;
}

/** DigestStore on SQLite (better-sqlite3). Every method is one statement or one transaction. */
export class SqliteDigestStore implements DigestStore {
  private readonly db;

  constructor(private readonly cache: StatementCache) {
    this.db = cache.db;
  }

  private sql(text: string) {
    return this.cache.sql(text);
  }

  getSettings(chat: ChatRef): Promise<DigestSettings | undefined> {
    const row = this.sql('SELECT * FROM digest_settings WHERE platform = ? AND chat_id = ?').get(
      chat.platform,
      chat.id,
    ) as SettingsRow | undefined;
    return Promise.resolve(row && toSettings(row));
  }

  saveSettings(s: DigestSettings): Promise<void> {
    this.sql(
      `INSERT INTO digest_settings (platform, chat_id, enabled, minute_of_day, days, timezone, size, topics, active, inactive_reason, schedule_from, updated_at)
         VALUES (@platform, @chat_id, @enabled, @minute_of_day, @days, @timezone, @size, @topics, @active, @inactive_reason, @schedule_from, @updated_at)
         ON CONFLICT (platform, chat_id) DO UPDATE SET enabled = excluded.enabled, minute_of_day = excluded.minute_of_day,
           days = excluded.days, timezone = excluded.timezone, size = excluded.size, topics = excluded.topics,
           active = excluded.active, inactive_reason = excluded.inactive_reason, schedule_from = excluded.schedule_from,
           updated_at = excluded.updated_at`,
    ).run({
      platform: s.chat.platform,
      chat_id: s.chat.id,
      enabled: s.enabled ? 1 : 0,
      minute_of_day: s.minuteOfDay,
      days: JSON.stringify(s.days),
      timezone: s.timezone,
      size: s.size,
      topics: JSON.stringify(s.topics),
      active: s.active ? 1 : 0,
      inactive_reason: s.inactiveReason ?? null,
      schedule_from: s.scheduleFrom.getTime(),
      updated_at: s.updatedAt.getTime(),
    });
    return Promise.resolve();
  }

  listDue(): Promise<DigestSettings[]> {
    const rows = this.sql(
      'SELECT * FROM digest_settings WHERE enabled = 1 AND active = 1',
    ).all() as SettingsRow[];
    return Promise.resolve(rows.map(toSettings));
  }

  /** Marks a chat, and its topics ("<chat>:<topic>"), as no longer reachable. */
  chatGone(chat: ChatRef, reason: string): Promise<void> {
    this.sql(
      `UPDATE digest_settings SET active = 0, inactive_reason = ?, updated_at = ?
       WHERE platform = ? AND (chat_id = ? OR chat_id LIKE ? || ':%')`,
    ).run(reason.slice(0, 500), Date.now(), chat.platform, chat.id, chat.id);
    return Promise.resolve();
  }

  /** Moves a chat's settings and ledger, and its topics', to a new chat id (kept if it has its own). */
  chatMoved(from: ChatRef, to: ChatRef): Promise<void> {
    const ids = [to.platform, to.id, from.id, from.platform, from.id, from.id];
    const move = this.db.transaction(() => {
      this.sql(
        `UPDATE OR IGNORE digest_settings SET platform = ?, chat_id = ? || substr(chat_id, length(?) + 1)
         WHERE platform = ? AND (chat_id = ? OR chat_id LIKE ? || ':%')`,
      ).run(...ids);
      this.sql(
        `UPDATE OR IGNORE digest_deliveries SET platform = ?, chat_id = ? || substr(chat_id, length(?) + 1)
         WHERE platform = ? AND (chat_id = ? OR chat_id LIKE ? || ':%')`,
      ).run(...ids);
    });
    move.immediate();
    return Promise.resolve();
  }

  claim(request: ClaimRequest): Promise<Delivery | undefined> {
    const now = request.now.getTime();
    const key = keyParams(request);
    const take = this.db.transaction((): Delivery | undefined => {
      const inserted = this.sql(
        `INSERT OR IGNORE INTO digest_deliveries (platform, chat_id, slot, kind, status, owner, attempts, lease_until, created_at, updated_at)
           VALUES (@platform, @chat_id, @slot, @kind, 'claimed', @owner, 1, @lease, @now, @now)`,
      ).run({ ...key, owner: request.owner, lease: now + request.leaseMs, now });
      if (inserted.changes === 0) {
        const taken = this.sql(
          `UPDATE digest_deliveries SET status = 'claimed', owner = @owner, attempts = attempts + 1, lease_until = @lease, updated_at = @now
             WHERE platform = @platform AND chat_id = @chat_id AND slot = @slot AND kind = @kind AND attempts < @max AND (
               (status = 'claimed' AND lease_until < @now) OR
               (status = 'failed' AND retry_at IS NOT NULL AND retry_at <= @now) OR
               (status = 'sending' AND lease_until < @now AND @resend = 1))`,
        ).run({
          ...key,
          owner: request.owner,
          lease: now + request.leaseMs,
          now,
          max: request.maxAttempts,
          resend: request.resendUnknown ? 1 : 0,
        });
        if (taken.changes === 0) return undefined;
      }
      return this.readDelivery(request);
    });
    return Promise.resolve(take.immediate());
  }

  update(key: DeliveryKey, owner: string, update: DeliveryUpdate): Promise<boolean> {
    const now = update.now.getTime();
    const result = this.sql(
      `UPDATE digest_deliveries SET status = @status, updated_at = @now,
           lease_until = CASE WHEN @lease IS NULL THEN lease_until ELSE @lease END,
           retry_at = @retry_at,
           covered_until = COALESCE(@covered_until, covered_until),
           article_ids = COALESCE(@article_ids, article_ids),
           message_ids = COALESCE(@message_ids, message_ids),
           error = @error
         WHERE platform = @platform AND chat_id = @chat_id AND slot = @slot AND kind = @kind AND owner = @owner`,
    ).run({
      ...keyParams(key),
      owner,
      status: update.status,
      now,
      lease: update.leaseMs === undefined ? null : now + update.leaseMs,
      retry_at: update.retryAt?.getTime() ?? null,
      covered_until: update.coveredUntil?.getTime() ?? null,
      article_ids: update.articleIds ? JSON.stringify(update.articleIds) : null,
      message_ids: update.messageIds ? JSON.stringify(update.messageIds) : null,
      error: update.error?.slice(0, 1000) ?? null,
    });
    return Promise.resolve(result.changes === 1);
  }

  getDelivery(key: DeliveryKey): Promise<Delivery | undefined> {
    return Promise.resolve(this.readDelivery(key));
  }

  lastCompleted(chat: ChatRef): Promise<Delivery | undefined> {
    const row = this.sql(
      `SELECT * FROM digest_deliveries WHERE platform = ? AND chat_id = ? AND status IN ('sent', 'empty')
         ORDER BY COALESCE(covered_until, slot) DESC LIMIT 1`,
    ).get(chat.platform, chat.id) as DeliveryRow | undefined;
    return Promise.resolve(row && toDelivery(row));
  }

  sentArticleIds(chat: ChatRef, since: Date): Promise<Set<string>> {
    const rows = this.sql(
      `SELECT article_ids FROM digest_deliveries WHERE platform = ? AND chat_id = ? AND slot >= ?
         AND status IN ('sent', 'sending', 'unknown')`,
    ).all(chat.platform, chat.id, since.getTime()) as { article_ids: string }[];
    return Promise.resolve(new Set(rows.flatMap((row) => JSON.parse(row.article_ids) as string[])));
  }

  abandonedSends(now: Date): Promise<Delivery[]> {
    const rows = this.sql(
      `SELECT * FROM digest_deliveries WHERE status = 'sending' AND lease_until < ?`,
    ).all(now.getTime()) as DeliveryRow[];
    return Promise.resolve(rows.map(toDelivery));
  }

  private readDelivery(key: DeliveryKey): Delivery | undefined {
    const row = this.sql(
      'SELECT * FROM digest_deliveries WHERE platform = @platform AND chat_id = @chat_id AND slot = @slot AND kind = @kind',
    ).get(keyParams(key)) as DeliveryRow | undefined;
    return row && toDelivery(row);
  }
}

function keyParams(key: DeliveryKey) {
  return {
    platform: key.chat.platform,
    chat_id: key.chat.id,
    slot: key.slot.getTime(),
    kind: key.kind,
  };
}

function toSettings(row: SettingsRow): DigestSettings {
  return {
    chat: { platform: row.platform, id: row.chat_id },
    enabled: row.enabled === 1,
    minuteOfDay: row.minute_of_day,
    days: JSON.parse(row.days) as number[],
    timezone: row.timezone,
    size: row.size,
    topics: JSON.parse(row.topics) as string[],
    active: row.active === 1,
    inactiveReason: row.inactive_reason ?? undefined,
    scheduleFrom: new Date(row.schedule_from),
    updatedAt: new Date(row.updated_at),
  };
}

function toDelivery(row: DeliveryRow): Delivery {
  return {
    chat: { platform: row.platform, id: row.chat_id },
    slot: new Date(row.slot),
    kind: row.kind,
    status: row.status,
    owner: row.owner,
    attempts: row.attempts,
    leaseUntil: new Date(row.lease_until),
    retryAt: row.retry_at === null ? undefined : new Date(row.retry_at),
    coveredUntil: row.covered_until === null ? undefined : new Date(row.covered_until),
    articleIds: JSON.parse(row.article_ids) as string[],
    messageIds: JSON.parse(row.message_ids) as string[],
    error: row.error ?? undefined,
    updatedAt: new Date(row.updated_at),
  };
}
