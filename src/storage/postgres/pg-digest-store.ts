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
import { Batcher } from './batcher.js';
import { CHAT_AND_TOPICS, chatParams, moveChatSql, moveParams } from './chat-rows.js';
import type { PgDatabase } from './pg-database.js';

const THIS_DELIVERY =
  'platform = @platform AND chat_id = @chat_id AND slot = @slot AND kind = @kind';
/** The columns of a batch of keys, as `unnest` turns its arrays into rows. */
const KEYS = 'platform, chat_id, slot, kind';
const KEY_ARRAYS = '@platforms::text[], @chat_ids::text[], @slots::bigint[], @kinds::text[]';
const SAME_KEY =
  'd.platform = r.platform AND d.chat_id = r.chat_id AND d.slot = r.slot AND d.kind = r.kind';

const keyOf = (row: { platform: string; chat_id: string; slot: number; kind: string }) =>
  `${row.platform}\u0000${row.chat_id}\u0000${row.slot}\u0000${row.kind}`;
const chatOf = (chat: ChatRef) => `${chat.platform}\u0000${chat.id}`;

/** The arrays of a batch's keys, for KEY_ARRAYS. */
function keyArrays(keys: readonly DeliveryKey[]) {
  return {
    platforms: keys.map((k) => k.chat.platform),
    chat_ids: keys.map((k) => k.chat.id),
    slots: keys.map((k) => k.slot.getTime()),
    kinds: keys.map((k) => k.kind),
  };
}

interface Update {
  key: DeliveryKey;
  owner: string;
  update: DeliveryUpdate;
}

const LOG_WHERE = deliveryLogWhere((n) => `$${n}`);
/**
 * DigestStore on PostgreSQL. Every method is one statement (or one transaction), so any number of
 * processes can share the database: a slot is claimed by one INSERT … ON CONFLICT DO NOTHING or one
 * conditional UPDATE, each atomic on its row, and an update applies only for the row's owner.
 * The calls a digest run makes for many channels at once (claims, updates, each channel's history)
 * are gathered per turn of the event loop into one set-based statement over `unnest`ed arrays: one
 * round trip for hundreds of channels instead of one each.
 */
export class PgDigestStore implements DigestStore {
  private readonly claims = new Batcher((requests: readonly ClaimRequest[]) =>
    this.insertClaims(requests),
  );
  private readonly updates = new Batcher((batch: readonly Update[]) => this.applyUpdates(batch));
  private readonly lastOf = new Batcher((chats: readonly ChatRef[]) => this.lastCompletedOf(chats));
  private readonly sentTo = new Batcher((asks: readonly { chat: ChatRef; since: Date }[]) =>
    this.sentArticleIdsOf(asks),
  );

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
    const inserted = await this.claims.load(request);
    if (inserted) return toDelivery(inserted);
    // The row exists: take it over if nobody is working on it. Concurrent takers of one row queue
    // on its lock; each re-checks the condition on the row as the one before it left it, so only
    // the first can win.
    const row = await this.db.first<DeliveryRow>(
      `UPDATE digest_deliveries SET status = 'claimed', owner = @owner, attempts = attempts + 1, lease_until = @lease, updated_at = @now
         WHERE ${THIS_DELIVERY} AND ${TAKE_OVER_CONDITION} RETURNING ${DELIVERY_COLUMNS}`,
      claimParams(request),
    );
    return row && toDelivery(row);
  }

  /** New ledger rows for the requests whose rows do not exist yet; undefined for the others. */
  private async insertClaims(
    requests: readonly ClaimRequest[],
  ): Promise<(DeliveryRow | undefined)[]> {
    const params = requests.map(claimParams);
    const rows = await this.db.rows<DeliveryRow>(
      `INSERT INTO digest_deliveries (${KEYS}, status, owner, attempts, lease_until, created_at, updated_at)
         SELECT ${KEYS}, 'claimed', owner, 1, lease, now, now
         FROM unnest(${KEY_ARRAYS}, @owners::text[], @nows::bigint[], @leases::bigint[])
           AS r (${KEYS}, owner, now, lease)
         ON CONFLICT (${KEYS}) DO NOTHING RETURNING ${DELIVERY_COLUMNS}`,
      {
        ...keyArrays(requests),
        owners: params.map((p) => p.owner),
        nows: params.map((p) => p.now),
        leases: params.map((p) => p.lease),
      },
    );
    const byKey = new Map(rows.map((row) => [keyOf(row), row]));
    // One row per key: a second request for a key in the same batch finds it taken.
    return params.map((p) => {
      const row = byKey.get(keyOf(p));
      byKey.delete(keyOf(p));
      return row;
    });
  }

  async update(key: DeliveryKey, owner: string, update: DeliveryUpdate): Promise<boolean> {
    return this.updates.load({ key, owner, update });
  }

  /** Applies a batch of updates in one statement (a key twice: the later one in a second one). */
  private async applyUpdates(batch: readonly Update[]): Promise<boolean[]> {
    const seen = new Set<string>();
    const first: Update[] = [];
    const later: Update[] = [];
    for (const entry of batch) {
      const key = keyOf(keyParams(entry.key));
      (seen.has(key) ? later : first).push(entry);
      seen.add(key);
    }
    const changed = await this.updateRows(first);
    const changedLater = later.length > 0 ? await this.applyUpdates(later) : [];
    const results = new Map<Update, boolean>();
    first.forEach((entry, i) => results.set(entry, changed[i] ?? false));
    later.forEach((entry, i) => results.set(entry, changedLater[i] ?? false));
    return batch.map((entry) => results.get(entry) ?? false);
  }

  private async updateRows(batch: readonly Update[]): Promise<boolean[]> {
    const params = batch.map((entry) => deliveryUpdateParams(entry.update));
    const rows = await this.db.rows<{
      platform: string;
      chat_id: string;
      slot: number;
      kind: string;
    }>(
      `UPDATE digest_deliveries AS d SET status = r.status, updated_at = r.now,
           lease_until = COALESCE(r.lease, d.lease_until),
           retry_at = r.retry_at,
           covered_until = COALESCE(r.covered_until, d.covered_until),
           article_ids = COALESCE(r.article_ids, d.article_ids),
           message_ids = COALESCE(r.message_ids, d.message_ids),
           error = r.error
         FROM unnest(${KEY_ARRAYS}, @owners::text[], @statuses::text[], @nows::bigint[], @leases::bigint[],
             @retry_ats::bigint[], @covered::bigint[], @article_ids::text[], @message_ids::text[], @errors::text[])
           AS r (${KEYS}, owner, status, now, lease, retry_at, covered_until, article_ids, message_ids, error)
         WHERE ${SAME_KEY} AND d.owner = r.owner
         RETURNING d.platform, d.chat_id, d.slot, d.kind`,
      {
        ...keyArrays(batch.map((entry) => entry.key)),
        owners: batch.map((entry) => entry.owner),
        statuses: params.map((p) => p.status),
        nows: params.map((p) => p.now),
        leases: params.map((p) => p.lease),
        retry_ats: params.map((p) => p.retry_at),
        covered: params.map((p) => p.covered_until),
        article_ids: params.map((p) => p.article_ids),
        message_ids: params.map((p) => p.message_ids),
        errors: params.map((p) => p.error),
      },
    );
    const changed = new Set(rows.map(keyOf));
    return batch.map((entry) => changed.has(keyOf(keyParams(entry.key))));
  }

  async getDelivery(key: DeliveryKey): Promise<Delivery | undefined> {
    const row = await this.db.first<DeliveryRow>(
      `SELECT ${DELIVERY_COLUMNS} FROM digest_deliveries WHERE ${THIS_DELIVERY}`,
      keyParams(key),
    );
    return row && toDelivery(row);
  }

  lastCompleted(chat: ChatRef): Promise<Delivery | undefined> {
    return this.lastOf.load(chat);
  }

  private async lastCompletedOf(chats: readonly ChatRef[]): Promise<(Delivery | undefined)[]> {
    const rows = await this.db.rows<DeliveryRow>(
      `SELECT DISTINCT ON (d.platform, d.chat_id) ${DELIVERY_COLUMNS.replace(/(\w+)/g, 'd.$1')}
         FROM digest_deliveries AS d
         JOIN unnest(@platforms::text[], @chat_ids::text[]) AS r (platform, chat_id)
           ON d.platform = r.platform AND d.chat_id = r.chat_id
         WHERE d.status IN ('sent', 'empty')
         ORDER BY d.platform, d.chat_id, COALESCE(d.covered_until, d.slot) DESC`,
      { platforms: chats.map((c) => c.platform), chat_ids: chats.map((c) => c.id) },
    );
    const byChat = new Map(rows.map((row) => [chatOf(toDelivery(row).chat), toDelivery(row)]));
    return chats.map((chat) => byChat.get(chatOf(chat)));
  }

  sentArticleIds(chat: ChatRef, since: Date): Promise<Set<string>> {
    return this.sentTo.load({ chat, since });
  }

  private async sentArticleIdsOf(
    asks: readonly { chat: ChatRef; since: Date }[],
  ): Promise<Set<string>[]> {
    const rows = await this.db.rows<{ n: number; article_ids: string }>(
      `SELECT r.n, d.article_ids FROM digest_deliveries AS d
         JOIN unnest(@platforms::text[], @chat_ids::text[], @sinces::bigint[]) WITH ORDINALITY AS r (platform, chat_id, since, n)
           ON d.platform = r.platform AND d.chat_id = r.chat_id AND d.slot >= r.since
         WHERE d.status IN ('sent', 'sending', 'unknown')`,
      {
        platforms: asks.map((a) => a.chat.platform),
        chat_ids: asks.map((a) => a.chat.id),
        sinces: asks.map((a) => a.since.getTime()),
      },
    );
    const sets = asks.map(() => new Set<string>());
    for (const row of rows)
      for (const id of JSON.parse(row.article_ids) as string[]) sets[row.n - 1]?.add(id);
    return sets;
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
