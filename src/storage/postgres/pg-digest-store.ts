import type { ChatRef } from '../../core/ports/chat-memory.js';
import type {
  ClaimRequest,
  Delivery,
  DeliveryKey,
  DeliveryLogPage,
  DeliveryLogQuery,
  DeliveryUpdate,
  DigestSettings,
  DigestStore,
} from '../../core/ports/digest-store.js';
import {
  claimParams,
  deliveryUpdateParams,
  keyParams,
  REASON_LIMIT,
  settingsParams,
  toDelivery,
  toSettings,
  type DeliveryRow,
  type SettingsRow,
} from '../rows.js';
import {
  DELIVERY_COLUMNS,
  deliveryLogWhere,
  SETTINGS_COLUMNS,
  TAKE_OVER_CONDITION,
  UPSERT_SETTINGS,
} from '../shared-sql.js';
import { CHAT_AND_TOPICS, chatParams, moveChatSql, moveParams } from './chat-rows.js';
import type { PgDatabase } from './pg-database.js';

const THIS_DELIVERY =
  'platform = @platform AND chat_id = @chat_id AND slot = @slot AND kind = @kind';

const LOG_WHERE = deliveryLogWhere((n) => `$${n}`);
/**
 * DigestStore on PostgreSQL. Every method is one statement (or one transaction), so any number of
 * processes can share the database: a slot is claimed by one INSERT … ON CONFLICT DO NOTHING or one
 * conditional UPDATE, each atomic on its row, and an update applies only for the row's owner.
 */
export class PgDigestStore implements DigestStore {
  constructor(private readonly db: PgDatabase) {}

  async getSettings(chat: ChatRef): Promise<DigestSettings | undefined> {
    const row = await this.db.first<SettingsRow>(
      `SELECT ${SETTINGS_COLUMNS} FROM digest_settings WHERE platform = $1 AND chat_id = $2`,
      [chat.platform, chat.id],
    );
    return row && toSettings(row);
  }

  async saveSettings(s: DigestSettings): Promise<void> {
    await this.db.changes(UPSERT_SETTINGS, settingsParams(s));
  }

  async listDue(): Promise<DigestSettings[]> {
    const rows = await this.db.rows<SettingsRow>(
      `SELECT ${SETTINGS_COLUMNS} FROM digest_settings WHERE enabled AND active`,
    );
    return rows.map(toSettings);
  }

  /** Marks a chat, and its topics ("<chat>:<topic>"), as no longer reachable. */
  async chatGone(chat: ChatRef, reason: string): Promise<void> {
    await this.db.changes(
      `UPDATE digest_settings SET active = FALSE, inactive_reason = @reason, updated_at = @now WHERE ${CHAT_AND_TOPICS}`,
      { ...chatParams(chat), reason: reason.slice(0, REASON_LIMIT), now: Date.now() },
    );
  }

  /** Moves a chat's settings and ledger, and its topics', to a new chat id (kept if it has its own). */
  async chatMoved(from: ChatRef, to: ChatRef): Promise<void> {
    const params = moveParams(from, to);
    await this.db.transaction(async (tx) => {
      await tx.changes(moveChatSql('digest_settings', []), params);
      await tx.changes(moveChatSql('digest_deliveries', ['slot', 'kind']), params);
    });
  }

  async claim(request: ClaimRequest): Promise<Delivery | undefined> {
    const params = claimParams(request);
    const inserted = await this.db.first<DeliveryRow>(
      `INSERT INTO digest_deliveries (platform, chat_id, slot, kind, status, owner, attempts, lease_until, created_at, updated_at)
         VALUES (@platform, @chat_id, @slot, @kind, 'claimed', @owner, 1, @lease, @now, @now)
         ON CONFLICT (platform, chat_id, slot, kind) DO NOTHING RETURNING ${DELIVERY_COLUMNS}`,
      params,
    );
    // Concurrent takers of one row queue on its lock; each re-checks the condition on the row as
    // the one before it left it, so only the first can win.
    const row =
      inserted ??
      (await this.db.first<DeliveryRow>(
        `UPDATE digest_deliveries SET status = 'claimed', owner = @owner, attempts = attempts + 1, lease_until = @lease, updated_at = @now
           WHERE ${THIS_DELIVERY} AND ${TAKE_OVER_CONDITION} RETURNING ${DELIVERY_COLUMNS}`,
        params,
      ));
    return row && toDelivery(row);
  }

  async update(key: DeliveryKey, owner: string, update: DeliveryUpdate): Promise<boolean> {
    const changed = await this.db.changes(
      `UPDATE digest_deliveries SET status = @status, updated_at = @now,
           lease_until = COALESCE(@lease, lease_until),
           retry_at = @retry_at,
           covered_until = COALESCE(@covered_until, covered_until),
           article_ids = COALESCE(@article_ids, article_ids),
           message_ids = COALESCE(@message_ids, message_ids),
           error = @error
         WHERE ${THIS_DELIVERY} AND owner = @owner`,
      { ...keyParams(key), owner, ...deliveryUpdateParams(update) },
    );
    return changed === 1;
  }

  async getDelivery(key: DeliveryKey): Promise<Delivery | undefined> {
    const row = await this.db.first<DeliveryRow>(
      `SELECT ${DELIVERY_COLUMNS} FROM digest_deliveries WHERE ${THIS_DELIVERY}`,
      keyParams(key),
    );
    return row && toDelivery(row);
  }

  async lastCompleted(chat: ChatRef): Promise<Delivery | undefined> {
    const row = await this.db.first<DeliveryRow>(
      `SELECT ${DELIVERY_COLUMNS} FROM digest_deliveries WHERE platform = $1 AND chat_id = $2 AND status IN ('sent', 'empty')
         ORDER BY COALESCE(covered_until, slot) DESC LIMIT 1`,
      [chat.platform, chat.id],
    );
    return row && toDelivery(row);
  }

  async sentArticleIds(chat: ChatRef, since: Date): Promise<Set<string>> {
    const rows = await this.db.rows<{ article_ids: string }>(
      `SELECT article_ids FROM digest_deliveries WHERE platform = $1 AND chat_id = $2 AND slot >= $3
         AND status IN ('sent', 'sending', 'unknown')`,
      [chat.platform, chat.id, since.getTime()],
    );
    return new Set(rows.flatMap((row) => JSON.parse(row.article_ids) as string[]));
  }

  async abandonedSends(now: Date): Promise<Delivery[]> {
    const rows = await this.db.rows<DeliveryRow>(
      `SELECT ${DELIVERY_COLUMNS} FROM digest_deliveries WHERE status = 'sending' AND lease_until < $1`,
      [now.getTime()],
    );
    return rows.map(toDelivery);
  }

  async deliveryLog(chat: ChatRef, query: DeliveryLogQuery): Promise<DeliveryLogPage> {
    const params = [chat.platform, chat.id, query.since.getTime()];
    const counted = await this.db.first<{ total: number }>(
      `SELECT COUNT(*)::int AS total FROM ${LOG_WHERE}`,
      params,
    );
    const rows = await this.db.rows<DeliveryRow>(
      `SELECT ${DELIVERY_COLUMNS} FROM ${LOG_WHERE} ORDER BY slot DESC, kind DESC LIMIT $4 OFFSET $5`,
      [...params, query.limit, query.offset],
    );
    return { rows: rows.map(toDelivery), total: counted?.total ?? 0 };
  }
}
