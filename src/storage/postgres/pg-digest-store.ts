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
  REASON_LIMIT,
  settingsParams,
  toDelivery,
  toSettings,
  type DeliveryRow,
  type LedgerUpdate,
  type SettingsRow,
} from '../rows.js';
import {
  DELIVERY_COLUMNS,
  deliveryLogWhere,
  heldClaims,
  NOTE_TARGET_PROBLEM,
  SETTINGS_COLUMNS,
  UPSERT_SETTINGS,
} from '../shared-sql.js';
import { Batcher } from '../../core/async/batcher.js';
import { claimBatch, deliveriesOf, updateBatch } from './ledger-batches.js';
import { CHAT_AND_TOPICS, chatParams, moveChatSql, moveParams } from './chat-rows.js';
import { CHAT_TYPES, chatRows, jsonRows } from './json-rows.js';
import type { PgDatabase } from './pg-database.js';

const LOG_WHERE = deliveryLogWhere((n) => `$${n}`);
const HELD_CLAIMS = heldClaims('platform = ANY(@resendable::text[])');
/**
 * DigestStore on PostgreSQL. Every method is one statement (or one transaction), so any number of
 * processes can share the database: a slot is claimed by an INSERT … ON CONFLICT DO NOTHING or a
 * conditional UPDATE, each atomic on its row, and an update applies only for the row's owner.
 * The calls a digest run makes for many channels at once (claims, updates, each channel's last
 * digest, the articles it was sent, a slot's row) are gathered per turn of the event loop into one
 * statement per kind over the batch's rows, which still decides row by row (ledger-batches.ts):
 * one round trip for a batch of channels instead of one each.
 */
export class PgDigestStore implements DigestStore {
  private readonly claims = new Batcher((requests: readonly ClaimRequest[]) =>
    claimBatch(this.db, requests),
  );
  /** In order (DigestStore.update): a send's outcome lands no later than the next send's mark. */
  private readonly updates = new Batcher(
    (batch: readonly LedgerUpdate[]) => updateBatch(this.db, batch),
    { ordered: true },
  );
  private readonly deliveries = new Batcher((keys: readonly DeliveryKey[]) =>
    deliveriesOf(this.db, keys),
  );
  private readonly settingsOf = new Batcher((chats: readonly ChatRef[]) =>
    this.settingsOfChats(chats),
  );
  private readonly lastOf = new Batcher((chats: readonly ChatRef[]) =>
    this.lastCoveredUntilOf(chats),
  );
  private readonly sentTo = new Batcher((asks: readonly { chat: ChatRef; since: Date }[]) =>
    this.sentArticleIdsOf(asks),
  );

  constructor(private readonly db: PgDatabase) {}

  getSettings(chat: ChatRef): Promise<DigestSettings | undefined> {
    return this.settingsOf.load(chat);
  }

  /** The settings of many channels (a fleet's digest jobs, a run's previews) in one statement. */
  private async settingsOfChats(
    chats: readonly ChatRef[],
  ): Promise<(DigestSettings | undefined)[]> {
    const rows = await this.db.rows<SettingsRow & { n: number }>(
      `SELECT r.n, ${SETTINGS_COLUMNS.replace(/(\w+)/g, 's.$1')} FROM digest_settings AS s
         JOIN ${jsonRows(CHAT_TYPES)} ON s.platform = r.platform AND s.chat_id = r.chat_id`,
      chatRows(chats),
    );
    const found: (DigestSettings | undefined)[] = chats.map(() => undefined);
    for (const row of rows) found[row.n - 1] = toSettings(row);
    return found;
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

  async noteTargetProblem(chat: ChatRef, problem: TargetProblem | undefined): Promise<void> {
    await this.db.changes(NOTE_TARGET_PROBLEM, {
      platform: chat.platform,
      chat_id: chat.id,
      problem: problem ?? null,
    });
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

  claim(request: ClaimRequest): Promise<Delivery | undefined> {
    return this.claims.load(request);
  }

  update(key: DeliveryKey, owner: string, update: DeliveryUpdate): Promise<boolean> {
    return this.updates.load({ key, owner, update });
  }

  getDelivery(key: DeliveryKey): Promise<Delivery | undefined> {
    return this.deliveries.load(key);
  }

  lastCoveredUntil(chat: ChatRef): Promise<Date | undefined> {
    return this.lastOf.load(chat);
  }

  /** Each chat's latest row by its own index lookup (a join sorted them all: twice the time). */
  private async lastCoveredUntilOf(chats: readonly ChatRef[]): Promise<(Date | undefined)[]> {
    const rows = await this.db.rows<{ n: number; covered_until: number | null }>(
      `SELECT r.n, d.covered_until FROM ${jsonRows(CHAT_TYPES)}
         CROSS JOIN LATERAL (SELECT covered_until FROM digest_deliveries
           WHERE platform = r.platform AND chat_id = r.chat_id AND status IN ('sent', 'empty')
           ORDER BY COALESCE(covered_until, slot) DESC LIMIT 1) AS d`,
      chatRows(chats),
    );
    const found: (Date | undefined)[] = chats.map(() => undefined);
    for (const row of rows)
      if (row.covered_until !== null) found[row.n - 1] = new Date(row.covered_until);
    return found;
  }

  sentArticleIds(chat: ChatRef, since: Date): Promise<Set<string>> {
    return this.sentTo.load({ chat, since });
  }

  private async sentArticleIdsOf(
    asks: readonly { chat: ChatRef; since: Date }[],
  ): Promise<Set<string>[]> {
    const rows = await this.db.rows<{ n: number; article_ids: string }>(
      `SELECT r.n, d.article_ids FROM digest_deliveries AS d
         JOIN ${jsonRows(`${CHAT_TYPES}, since bigint`)}
           ON d.platform = r.platform AND d.chat_id = r.chat_id AND d.slot >= r.since
         WHERE d.status IN ('sent', 'sending', 'unknown')`,
      {
        rows: JSON.stringify(
          asks.map((a) => ({
            platform: a.chat.platform,
            chat_id: a.chat.id,
            since: a.since.getTime(),
          })),
        ),
      },
    );
    const sets = asks.map(() => new Set<string>());
    for (const row of rows)
      for (const id of JSON.parse(row.article_ids) as string[]) sets[row.n - 1]?.add(id);
    return sets;
  }

  async claimHolders(now: Date, resendable: readonly string[]): Promise<string[]> {
    const rows = await this.db.rows<{ holder: string }>(
      `SELECT DISTINCT holder FROM digest_deliveries WHERE ${HELD_CLAIMS}`,
      { now: now.getTime(), resendable },
    );
    return rows.map((row) => row.holder);
  }

  async releaseClaims(
    holders: readonly string[],
    now: Date,
    resendable: readonly string[],
  ): Promise<DeliveryKey[]> {
    const rows = await this.db.rows<DeliveryRow>(
      // updated_at stays: a `sending` row's is when its send began (RESEND_WINDOW_MS counts from it).
      `UPDATE digest_deliveries SET lease_until = @now::bigint - 1
         WHERE ${HELD_CLAIMS} AND holder = ANY(@holders::text[])
         RETURNING ${DELIVERY_COLUMNS}`,
      { now: now.getTime(), holders, resendable },
    );
    return rows.map(toDelivery);
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
