import type { ClaimRequest, DeliveryKey, DeliveryUpdate } from '../../core/ports/digest-store.js';
import { claimParams, deliveryUpdateParams, keyParams, type DeliveryRow } from '../rows.js';
import { DELIVERY_COLUMNS, TAKE_OVER_CONDITION } from '../shared-sql.js';
import type { PgDatabase } from './pg-database.js';

/**
 * The delivery ledger's writes for many channels at once, each one statement over `unnest`ed
 * arrays that still decides row by row: a batch of claims inserts the rows nobody has (`ON
 * CONFLICT DO NOTHING RETURNING` names exactly the rows this process won) and takes over, in a
 * second statement, those of the rest whose lease or retry time ended; the others are simply not
 * this process's, and its other claims stand. Two processes claiming overlapping batches take the
 * rows in the same (sorted) order, so neither waits for a row the other holds while holding one it
 * wants; a deadlock PostgreSQL still reports (two takeovers crossing) is run again.
 */

const KEYS = 'platform, chat_id, slot, kind';
const KEY_ARRAYS = '@platforms::text[], @chat_ids::text[], @slots::bigint[], @kinds::text[]';
const SAME_KEY =
  'd.platform = r.platform AND d.chat_id = r.chat_id AND d.slot = r.slot AND d.kind = r.kind';
const RETURNED = DELIVERY_COLUMNS.replace(/(\w+)/g, 'd.$1');
/** TAKE_OVER_CONDITION with each row's own parameters (r.now, r.max, r.resend). */
const TAKE_OVER_EACH = TAKE_OVER_CONDITION.replace(/@(\w+)/g, 'r.$1').replace(
  /\b(attempts|status|lease_until|retry_at)\b/g,
  'd.$1',
);

type KeyRow = Pick<DeliveryRow, 'platform' | 'chat_id' | 'slot' | 'kind'>;
const keyOf = (row: KeyRow) =>
  `${row.platform}\u0000${row.chat_id}\u0000${row.slot}\u0000${row.kind}`;
const keyOfDelivery = (key: DeliveryKey) => keyOf(keyParams(key));

/** The arrays of the keys, for KEY_ARRAYS. */
function keyArrays(keys: readonly KeyRow[]) {
  return {
    platforms: keys.map((k) => k.platform),
    chat_ids: keys.map((k) => k.chat_id),
    slots: keys.map((k) => k.slot),
    kinds: keys.map((k) => k.kind),
  };
}

/** The same order in every process: rows are locked in it. */
function sorted<T extends KeyRow>(rows: readonly T[]): T[] {
  return rows
    .map((row) => ({ row, key: keyOf(row) }))
    .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))
    .map((entry) => entry.row);
}

const DEADLOCK = '40P01';
async function againOnDeadlock<T>(task: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await task();
    } catch (error) {
      if ((error as { code?: unknown }).code !== DEADLOCK || attempt >= 5) throw error;
    }
  }
}

/** Claims each request on its own terms; the row this process now owns, or undefined. */
export async function claimBatch(
  db: PgDatabase,
  requests: readonly ClaimRequest[],
): Promise<(DeliveryRow | undefined)[]> {
  const params = requests.map(claimParams);
  const keys = params.map(keyOf);
  const won = new Map<string, DeliveryRow>();
  const inserted = await againOnDeadlock(() => insertClaims(db, sorted(params)));
  for (const row of inserted) won.set(keyOf(row), row);
  // A key asked for twice in one batch is asked for once more (and won once).
  const seen = new Set(won.keys());
  const rest = params.filter((_, i) => {
    const key = keys[i] ?? '';
    return !seen.has(key) && seen.add(key);
  });
  if (rest.length > 0) {
    const taken = await againOnDeadlock(() => takeOver(db, sorted(rest)));
    for (const row of taken) won.set(keyOf(row), row);
  }
  return keys.map((key) => {
    const row = won.get(key);
    won.delete(key);
    return row;
  });
}

type ClaimParams = ReturnType<typeof claimParams>;

function insertClaims(db: PgDatabase, params: readonly ClaimParams[]): Promise<DeliveryRow[]> {
  return db.rows<DeliveryRow>(
    `INSERT INTO digest_deliveries AS d (${KEYS}, status, owner, holder, attempts, lease_until, created_at, updated_at)
       SELECT ${KEYS}, 'claimed', owner, holder, 1, lease, now, now
       FROM unnest(${KEY_ARRAYS}, @owners::text[], @holders::text[], @nows::bigint[], @leases::bigint[])
         WITH ORDINALITY AS r (${KEYS}, owner, holder, now, lease, n)
       ORDER BY n
       ON CONFLICT (${KEYS}) DO NOTHING RETURNING ${RETURNED}`,
    {
      ...keyArrays(params),
      owners: params.map((p) => p.owner),
      holders: params.map((p) => p.holder),
      nows: params.map((p) => p.now),
      leases: params.map((p) => p.lease),
    },
  );
}

/**
 * Rows that exist: each taken if nobody is working on it. PostgreSQL locks each row and re-checks
 * the condition on the row as a concurrent taker left it, so of several processes one wins a row.
 */
function takeOver(db: PgDatabase, params: readonly ClaimParams[]): Promise<DeliveryRow[]> {
  return db.rows<DeliveryRow>(
    `UPDATE digest_deliveries AS d SET status = 'claimed', owner = r.owner, holder = r.holder,
         attempts = d.attempts + 1, lease_until = r.lease, updated_at = r.now
       FROM unnest(${KEY_ARRAYS}, @owners::text[], @holders::text[], @nows::bigint[], @leases::bigint[],
           @maxes::int[], @resends::int[]) AS r (${KEYS}, owner, holder, now, lease, max, resend)
       WHERE ${SAME_KEY} AND ${TAKE_OVER_EACH}
       RETURNING ${RETURNED}`,
    {
      ...keyArrays(params),
      owners: params.map((p) => p.owner),
      holders: params.map((p) => p.holder),
      nows: params.map((p) => p.now),
      leases: params.map((p) => p.lease),
      maxes: params.map((p) => p.max),
      resends: params.map((p) => p.resend),
    },
  );
}

export interface LedgerUpdate {
  readonly key: DeliveryKey;
  readonly owner: string;
  readonly update: DeliveryUpdate;
}

/**
 * Applies each update where its owner still owns the row; whether each applied. Two updates of
 * one key in a batch apply in order (the later in a statement of its own).
 */
export async function updateBatch(
  db: PgDatabase,
  batch: readonly LedgerUpdate[],
): Promise<boolean[]> {
  const keys = batch.map((entry) => keyOfDelivery(entry.key));
  const seen = new Set<string>();
  const first: LedgerUpdate[] = [];
  const later: LedgerUpdate[] = [];
  const isLater = batch.map((entry, i) => {
    const key = keys[i] ?? '';
    const again = seen.has(key);
    (again ? later : first).push(entry);
    seen.add(key);
    return again;
  });
  const changed = new Set((await againOnDeadlock(() => updateRows(db, first))).map(keyOf));
  const changedLater = later.length > 0 ? await updateBatch(db, later) : [];
  let n = 0;
  return keys.map((key, i) => (isLater[i] ? (changedLater[n++] ?? false) : changed.has(key)));
}

/** The columns of the updates, as arrays, in key order (built in one pass: batches are large). */
function updateArrays(batch: readonly LedgerUpdate[]) {
  const entries = batch
    .map((entry) => ({ entry, key: keyOfDelivery(entry.key) }))
    .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  const columns = {
    platforms: [] as string[],
    chat_ids: [] as string[],
    slots: [] as number[],
    kinds: [] as string[],
    owners: [] as string[],
    statuses: [] as string[],
    nows: [] as number[],
    leases: [] as (number | null)[],
    retry_ats: [] as (number | null)[],
    covered: [] as (number | null)[],
    article_ids: [] as (string | null)[],
    message_ids: [] as (string | null)[],
    errors: [] as (string | null)[],
  };
  for (const { entry } of entries) {
    const p = deliveryUpdateParams(entry.update);
    columns.platforms.push(entry.key.chat.platform);
    columns.chat_ids.push(entry.key.chat.id);
    columns.slots.push(entry.key.slot.getTime());
    columns.kinds.push(entry.key.kind);
    columns.owners.push(entry.owner);
    columns.statuses.push(p.status);
    columns.nows.push(p.now);
    columns.leases.push(p.lease);
    columns.retry_ats.push(p.retry_at);
    columns.covered.push(p.covered_until);
    columns.article_ids.push(p.article_ids);
    columns.message_ids.push(p.message_ids);
    columns.errors.push(p.error);
  }
  return columns;
}

function updateRows(db: PgDatabase, batch: readonly LedgerUpdate[]): Promise<KeyRow[]> {
  return db.rows<KeyRow>(
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
    updateArrays(batch),
  );
}

/** The rows of the keys (undefined where there is none), in the keys' order. */
export async function deliveriesOf(
  db: PgDatabase,
  keys: readonly DeliveryKey[],
): Promise<(DeliveryRow | undefined)[]> {
  const params = keys.map(keyParams);
  const rows = await db.rows<DeliveryRow>(
    `SELECT ${RETURNED} FROM digest_deliveries AS d
       JOIN unnest(${KEY_ARRAYS}) AS r (${KEYS}) ON ${SAME_KEY}`,
    keyArrays(params),
  );
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return params.map((p) => byKey.get(keyOf(p)));
}
