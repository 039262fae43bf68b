import type { ClaimRequest, Delivery, DeliveryKey } from '../../core/ports/digest-store.js';
import {
  claimParams,
  ledgerUpdateParams,
  toDelivery,
  type DeliveryRow,
  type LedgerUpdate,
} from '../rows.js';
import { DELIVERY_COLUMNS, TAKE_OVER_CONDITION } from '../shared-sql.js';
import { jsonRows } from './json-rows.js';
import type { PgDatabase } from './pg-database.js';

/**
 * The delivery ledger's writes for many channels at once, each one statement over the batch's
 * rows that still decides row by row: a batch of claims inserts the rows nobody has (`ON
 * CONFLICT DO NOTHING RETURNING` names exactly the rows this process won) and takes over, in a
 * second statement, those of the rest whose lease or retry time ended; the others are simply not
 * this process's, and its other claims stand. Two processes claiming overlapping batches take the
 * rows in the same (sorted) order, so neither waits for a row the other holds while holding one it
 * wants; a deadlock PostgreSQL still reports (two takeovers crossing) is run again.
 *
 * A batch travels as one JSON parameter (json-rows.ts). Answers carry as little as they can: a
 * claim's inserted row is known without reading it back, an update answers its row's number.
 */

const KEYS = 'platform, chat_id, slot, kind';
const KEY_TYPES = 'platform text, chat_id text, slot bigint, kind text';
const SAME_KEY =
  'd.platform = r.platform AND d.chat_id = r.chat_id AND d.slot = r.slot AND d.kind = r.kind';
const RETURNED = DELIVERY_COLUMNS.replace(/(\w+)/g, 'd.$1');
/** TAKE_OVER_CONDITION with each row's own parameters (r.now, r.max, r.resend). */
const TAKE_OVER_EACH = TAKE_OVER_CONDITION.replace(/@(\w+)/g, 'r.$1').replace(
  /\b(attempts|status|lease_until|retry_at)\b/g,
  'd.$1',
);

interface KeyRow {
  readonly platform: string;
  readonly chat_id: string;
  readonly slot: number;
  readonly kind: string;
}
const keyOf = (row: KeyRow) =>
  `${row.platform}\u0000${row.chat_id}\u0000${row.slot}\u0000${row.kind}`;
const keyOfDelivery = (key: DeliveryKey) =>
  `${key.chat.platform}\u0000${key.chat.id}\u0000${key.slot.getTime()}\u0000${key.kind}`;

/** In key order: the same in every process, and rows are locked in it. */
function byKey<T extends { readonly key: string }>(items: readonly T[]): T[] {
  return [...items].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
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

type ClaimParams = ReturnType<typeof claimParams>;

/** A claim's row as its INSERT wrote it (the columns it leaves out hold their defaults). */
function insertedRow(p: ClaimParams): Delivery {
  return toDelivery({
    platform: p.platform,
    chat_id: p.chat_id,
    slot: p.slot,
    kind: p.kind,
    status: 'claimed',
    owner: p.owner,
    attempts: 1,
    lease_until: p.lease,
    retry_at: null,
    covered_until: null,
    article_ids: '[]',
    message_ids: '[]',
    error: null,
    updated_at: p.now,
  });
}

/**
 * Claims each request on its own terms; the row this process now owns, or undefined. A key asked
 * for twice in one batch is won at most once (by its first asker).
 */
export async function claimBatch(
  db: PgDatabase,
  requests: readonly ClaimRequest[],
): Promise<(Delivery | undefined)[]> {
  const asked = requests.map((request) => {
    const params = claimParams(request);
    return { params, key: keyOf(params) };
  });
  const firsts = new Map<string, (typeof asked)[number]>();
  for (const ask of asked) if (!firsts.has(ask.key)) firsts.set(ask.key, ask);
  const order = byKey([...firsts.values()]);
  const won = new Map<string, Delivery>();
  const inserted = await againOnDeadlock(() =>
    insertClaims(
      db,
      order.map((ask) => ask.params),
    ),
  );
  for (const row of inserted) {
    const ask = firsts.get(keyOf(row));
    if (ask) won.set(ask.key, insertedRow(ask.params));
  }
  const rest = order.filter((ask) => !won.has(ask.key));
  if (rest.length > 0) {
    const taken = await againOnDeadlock(() =>
      takeOver(
        db,
        rest.map((ask) => ask.params),
      ),
    );
    for (const row of taken) won.set(keyOf(row), toDelivery(row));
  }
  return asked.map((ask) => (firsts.get(ask.key) === ask ? won.get(ask.key) : undefined));
}

/**
 * The rows inserted, as the keys' JSON when some of the batch were not (another process has them):
 * NULL, one short row, when all were (a round's first claims), instead of 10,000 rows to parse.
 */
const INSERT_CLAIMS = `WITH inserted AS (
    INSERT INTO digest_deliveries AS d (${KEYS}, status, owner, holder, attempts, lease_until, created_at, updated_at)
    SELECT ${KEYS}, 'claimed', owner, holder, 1, lease, now, now
    FROM ${jsonRows(`${KEY_TYPES}, owner text, holder text, now bigint, lease bigint`)}
    ORDER BY n
    ON CONFLICT (${KEYS}) DO NOTHING RETURNING d.platform, d.chat_id, d.slot, d.kind)
  SELECT CASE WHEN count(*) < @total::int THEN COALESCE(json_agg(inserted), '[]')::text END AS keys FROM inserted`;

/** The keys this batch inserted (all of them when the answer names none). */
async function insertClaims(
  db: PgDatabase,
  params: readonly ClaimParams[],
): Promise<readonly KeyRow[]> {
  const answer = await db.first<{ keys: string | null }>(INSERT_CLAIMS, {
    rows: JSON.stringify(params),
    total: params.length,
  });
  return answer?.keys == null ? params : (JSON.parse(answer.keys) as KeyRow[]);
}

/**
 * Rows that exist: each taken if nobody is working on it. PostgreSQL locks each row and re-checks
 * the condition on the row as a concurrent taker left it, so of several processes one wins a row.
 */
const TAKE_OVER = `UPDATE digest_deliveries AS d SET status = 'claimed', owner = r.owner, holder = r.holder,
    attempts = d.attempts + 1, lease_until = r.lease, updated_at = r.now
  FROM ${jsonRows(`${KEY_TYPES}, owner text, holder text, now bigint, lease bigint, max int, resend int`)}
  WHERE ${SAME_KEY} AND ${TAKE_OVER_EACH}
  RETURNING ${RETURNED}`;

function takeOver(db: PgDatabase, params: readonly ClaimParams[]): Promise<DeliveryRow[]> {
  return db.rows<DeliveryRow>(TAKE_OVER, { rows: JSON.stringify(params) });
}

/**
 * Applies each update where its owner still owns the row; whether each applied. Two updates of
 * one key in a batch apply in order (the later in a statement of its own).
 */
export async function updateBatch(
  db: PgDatabase,
  batch: readonly LedgerUpdate[],
): Promise<boolean[]> {
  const seen = new Set<string>();
  const firsts: { entry: LedgerUpdate; key: string; i: number }[] = [];
  const later: LedgerUpdate[] = [];
  const isLater = batch.map((entry, i) => {
    const key = keyOfDelivery(entry.key);
    const again = seen.has(key);
    if (again) later.push(entry);
    else firsts.push({ entry, key, i });
    seen.add(key);
    return again;
  });
  const order = byKey(firsts);
  const rows = JSON.stringify(order.map(({ entry }) => ledgerUpdateParams(entry, undefined)));
  const answer = await againOnDeadlock(() =>
    db.first<{ applied: number[] | null }>(UPDATE_ROWS, { rows, total: order.length }),
  );
  // NULL: every row applied (the common case), one short answer instead of a row each.
  const applied = answer?.applied ?? order.map((_, n) => n + 1);
  const changed = new Set(applied.map((n) => order[n - 1]?.i));
  const changedLater = later.length > 0 ? await updateBatch(db, later) : [];
  let n = 0;
  return batch.map((_, i) => (isLater[i] ? (changedLater[n++] ?? false) : changed.has(i)));
}

/** The numbers of the rows that applied, or NULL when all did. */
const UPDATE_ROWS = `WITH applied AS (
    UPDATE digest_deliveries AS d SET status = r.status, updated_at = r.now,
      lease_until = COALESCE(r.lease, d.lease_until),
      retry_at = r.retry_at,
      covered_until = COALESCE(r.covered_until, d.covered_until),
      article_ids = COALESCE(r.article_ids, d.article_ids),
      message_ids = COALESCE(r.message_ids, d.message_ids),
      error = r.error
    FROM ${jsonRows(
      `${KEY_TYPES}, owner text, status text, now bigint, lease bigint, retry_at bigint, covered_until bigint, article_ids text, message_ids text, error text`,
    )}
    WHERE ${SAME_KEY} AND d.owner = r.owner
    RETURNING r.n)
  SELECT CASE WHEN count(*) < @total::int THEN COALESCE(array_agg(n::int), '{}') END AS applied FROM applied`;

const DELIVERIES_OF = `SELECT r.n, ${RETURNED} FROM digest_deliveries AS d
  JOIN ${jsonRows(KEY_TYPES)} ON ${SAME_KEY}`;

/** The rows of the keys (undefined where there is none), in the keys' order. */
export async function deliveriesOf(
  db: PgDatabase,
  keys: readonly DeliveryKey[],
): Promise<(Delivery | undefined)[]> {
  const rows = await db.rows<DeliveryRow & { n: number }>(DELIVERIES_OF, {
    rows: JSON.stringify(
      keys.map((key) => ({
        platform: key.chat.platform,
        chat_id: key.chat.id,
        slot: key.slot.getTime(),
        kind: key.kind,
      })),
    ),
  });
  const found: (Delivery | undefined)[] = keys.map(() => undefined);
  for (const row of rows) found[row.n - 1] = toDelivery(row);
  return found;
}
