import type { StatementCache } from './statement-cache.js';
import { Batcher } from '../../core/async/batcher.js';
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
  TargetProblem,
} from '../../core/ports/digest-store.js';
import {
  claimParams,
  ledgerUpdateParams,
  keyParams,
  REASON_LIMIT,
  settingsParams,
  toDelivery,
  toSettings,
  type DeliveryRow,
  type LedgerUpdate,
  type SettingsRow,
} from '../rows.js';
import {
  deliveryLogWhere,
  heldClaims,
  NOTE_TARGET_PROBLEM,
  TAKE_OVER_CONDITION,
  UPSERT_SETTINGS,
} from '../shared-sql.js';

const LOG_WHERE = deliveryLogWhere(() => '?');
const HELD_CLAIMS = heldClaims('platform IN (SELECT value FROM json_each(@resendable))');
/**
 * DigestStore on SQLite (better-sqlite3). Every method is one statement or one transaction. The
 * claims and updates a digest run makes for many channels in one turn of the event loop are
 * written in one transaction (updates in the order they were made): each of 30,000 small
 * transactions wrote its pages to the WAL again, most of a 10,000-channel round's time.
 */
export class SqliteDigestStore implements DigestStore {
  private readonly db;
  private readonly claims = new Batcher((requests: readonly ClaimRequest[]) =>
    this.inTransaction(() => requests.map((request) => this.claimNow(request))),
  );
  private readonly updates = new Batcher(
    (batch: readonly LedgerUpdate[]) =>
      this.inTransaction(() => batch.map((entry) => this.updateNow(entry))),
    { ordered: true },
  );

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
    this.sql(UPSERT_SETTINGS).run(settingsParams(s));
    return Promise.resolve();
  }

  listDue(): Promise<DigestSettings[]> {
    const rows = this.sql(
      'SELECT * FROM digest_settings WHERE enabled = 1 AND active = 1',
    ).all() as SettingsRow[];
    return Promise.resolve(rows.map(toSettings));
  }

  noteTargetProblem(chat: ChatRef, problem: TargetProblem | undefined): Promise<void> {
    this.sql(NOTE_TARGET_PROBLEM).run({
      platform: chat.platform,
      chat_id: chat.id,
      problem: problem ?? null,
    });
    return Promise.resolve();
  }

  /** Marks a chat, and its topics ("<chat>:<topic>"), as no longer reachable. */
  chatGone(chat: ChatRef, reason: string): Promise<void> {
    this.sql(
      `UPDATE digest_settings SET active = 0, inactive_reason = ?, updated_at = ?
       WHERE platform = ? AND (chat_id = ? OR chat_id LIKE ? || ':%')`,
    ).run(reason.slice(0, REASON_LIMIT), Date.now(), chat.platform, chat.id, chat.id);
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
    return this.claims.load(request);
  }

  update(key: DeliveryKey, owner: string, update: DeliveryUpdate): Promise<boolean> {
    return this.updates.load({ key, owner, update });
  }

  /** One claim, inside the batch's transaction. */
  private claimNow(request: ClaimRequest): Delivery | undefined {
    const params = claimParams(request);
    const inserted = this.sql(
      `INSERT OR IGNORE INTO digest_deliveries (platform, chat_id, slot, kind, status, owner, holder, attempts, lease_until, created_at, updated_at)
         VALUES (@platform, @chat_id, @slot, @kind, 'claimed', @owner, @holder, 1, @lease, @now, @now)`,
    ).run(params);
    if (inserted.changes === 0) {
      const taken = this.sql(
        `UPDATE digest_deliveries SET status = 'claimed', owner = @owner, holder = @holder, attempts = attempts + 1, lease_until = @lease, updated_at = @now
           WHERE platform = @platform AND chat_id = @chat_id AND slot = @slot AND kind = @kind AND ${TAKE_OVER_CONDITION}`,
      ).run(params);
      if (taken.changes === 0) return undefined;
    }
    return this.readDelivery(request);
  }

  /** One update, inside the batch's transaction. */
  private updateNow(entry: LedgerUpdate): boolean {
    const result = this.sql(
      `UPDATE digest_deliveries SET status = @status, updated_at = @now,
           lease_until = CASE WHEN @lease IS NULL THEN lease_until ELSE @lease END,
           retry_at = @retry_at,
           covered_until = COALESCE(@covered_until, covered_until),
           article_ids = COALESCE(@article_ids, article_ids),
           message_ids = COALESCE(@message_ids, message_ids),
           error = @error
         WHERE platform = @platform AND chat_id = @chat_id AND slot = @slot AND kind = @kind AND owner = @owner`,
    ).run(ledgerUpdateParams(entry, null));
    return result.changes === 1;
  }

  /** `work` in one write transaction: a batch's rows written to the WAL once, not one by one. */
  private inTransaction<T>(work: () => T): Promise<T> {
    return Promise.resolve(this.db.transaction(work).immediate());
  }

  getDelivery(key: DeliveryKey): Promise<Delivery | undefined> {
    return Promise.resolve(this.readDelivery(key));
  }

  lastCoveredUntil(chat: ChatRef): Promise<Date | undefined> {
    const row = this.sql(
      `SELECT covered_until FROM digest_deliveries WHERE platform = ? AND chat_id = ? AND status IN ('sent', 'empty')
         ORDER BY COALESCE(covered_until, slot) DESC LIMIT 1`,
    ).get(chat.platform, chat.id) as { covered_until: number | null } | undefined;
    return Promise.resolve(row?.covered_until == null ? undefined : new Date(row.covered_until));
  }

  sentArticleIds(chat: ChatRef, since: Date): Promise<Set<string>> {
    const rows = this.sql(
      `SELECT article_ids FROM digest_deliveries WHERE platform = ? AND chat_id = ? AND slot >= ?
         AND status IN ('sent', 'sending', 'unknown')`,
    ).all(chat.platform, chat.id, since.getTime()) as { article_ids: string }[];
    return Promise.resolve(new Set(rows.flatMap((row) => JSON.parse(row.article_ids) as string[])));
  }

  claimHolders(now: Date, resendable: readonly string[]): Promise<string[]> {
    const rows = this.sql(`SELECT DISTINCT holder FROM digest_deliveries WHERE ${HELD_CLAIMS}`).all(
      { now: now.getTime(), resendable: JSON.stringify(resendable) },
    ) as { holder: string }[];
    return Promise.resolve(rows.map((row) => row.holder));
  }

  releaseClaims(
    holders: readonly string[],
    now: Date,
    resendable: readonly string[],
  ): Promise<DeliveryKey[]> {
    // updated_at stays: a `sending` row's is when its send began (RESEND_WINDOW_MS counts from it).
    const rows = this.sql(
      `UPDATE digest_deliveries SET lease_until = @now - 1
         WHERE ${HELD_CLAIMS} AND holder IN (SELECT value FROM json_each(@holders))
         RETURNING *`,
    ).all({
      now: now.getTime(),
      holders: JSON.stringify(holders),
      resendable: JSON.stringify(resendable),
    }) as DeliveryRow[];
    return Promise.resolve(rows.map(toDelivery));
  }

  abandonedSends(now: Date): Promise<Delivery[]> {
    const rows = this.sql(
      `SELECT * FROM digest_deliveries WHERE status = 'sending' AND lease_until < ?`,
    ).all(now.getTime()) as DeliveryRow[];
    return Promise.resolve(rows.map(toDelivery));
  }

  deliveryLog(chat: ChatRef, query: DeliveryLogQuery): Promise<DeliveryLogPage> {
    const params = [chat.platform, chat.id, query.since.getTime()];
    const { total } = this.sql(`SELECT COUNT(*) AS total FROM ${LOG_WHERE}`).get(...params) as {
      total: number;
    };
    const rows = this.sql(
      `SELECT * FROM ${LOG_WHERE} ORDER BY slot DESC, kind DESC LIMIT ? OFFSET ?`,
    ).all(...params, query.limit, query.offset) as DeliveryRow[];
    return Promise.resolve({ rows: rows.map(toDelivery), total });
  }

  private readDelivery(key: DeliveryKey): Delivery | undefined {
    const row = this.sql(
      'SELECT * FROM digest_deliveries WHERE platform = @platform AND chat_id = @chat_id AND slot = @slot AND kind = @kind',
    ).get(keyParams(key)) as DeliveryRow | undefined;
    return row && toDelivery(row);
  }
}
