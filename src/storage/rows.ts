import type { ChatRef } from '../core/ports/chat-memory.js';
import type {
  ClaimRequest,
  Delivery,
  DeliveryKey,
  DeliveryStatus,
  DeliveryUpdate,
  DigestSettings,
  DigestTarget,
  TargetProblem,
} from '../core/ports/digest-store.js';
import { TARGET_PROBLEMS } from '../core/ports/digest-store.js';
import type { FeedItemRecord, FeedRecord } from '../core/ports/feed-store.js';

/**
 * The rows both SQL stores keep, and their mapping to and from the port types. The schemas agree
 * column for column: times are epoch milliseconds (INTEGER / BIGINT), lists are JSON text, and a
 * flag is 1/0 in SQLite and a BOOLEAN in PostgreSQL (which accepts 1/0 as input). NULL reads as
 * undefined, so a record read back equals the one saved.
 */
type Flag = number | boolean;
const isSet = (flag: Flag) => flag === true || flag === 1;
const flag = (value: boolean) => (value ? 1 : 0);
const timeOrNull = (date: Date | undefined) => date?.getTime() ?? null;
/** A stored problem code; one this release does not know (written by a newer one) reads as none. */
const toTargetProblem = (code: string | null): TargetProblem | undefined =>
  TARGET_PROBLEMS.find((known) => known === code);

export interface SettingsRow {
  platform: string;
  chat_id: string;
  enabled: Flag;
  minute_of_day: number;
  days: string;
  timezone: string;
  size: number;
  topics: string;
  show_images: Flag;
  ping_role: string | null;
  target: string | null;
  target_problem: string | null;
  language: string | null;
  active: Flag;
  inactive_reason: string | null;
  schedule_from: number;
  updated_at: number;
}

export interface DeliveryRow {
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

export interface FeedRow {
  url: string;
  title: string | null;
  site_name: string | null;
  etag: string | null;
  last_modified: string | null;
  next_poll_at: number;
  consecutive_failures: number;
  last_success_at: number | null;
  last_error_at: number | null;
  last_error: string | null;
  paused: Flag;
  moderators_told: Flag;
}

export interface ItemRow {
  feed_url: string;
  item_key: string;
  article_key: string;
  article_url: string | null;
  content_hash: string;
  first_seen_at: number;
  published_at: number;
  fresh: Flag;
}

/** How much of a gone chat's reason and of a delivery's error is kept. */
export const REASON_LIMIT = 500;
export const ERROR_LIMIT = 1000;

export function keyParams(key: DeliveryKey) {
  return {
    platform: key.chat.platform,
    chat_id: key.chat.id,
    slot: key.slot.getTime(),
    kind: key.kind,
  };
}

/**
 * A claim's parameters: the key, @owner, @now, @lease (until), @max, @resend (1 or 0), @holder.
 * Written out rather than spread from keyParams: V8 builds `{ ...fresh, more }` through a slow path
 * (about 5 µs a call, a tenth of a 10,000-channel round's claims).
 */
export function claimParams(request: ClaimRequest) {
  const now = request.now.getTime();
  return {
    platform: request.chat.platform,
    chat_id: request.chat.id,
    slot: request.slot.getTime(),
    kind: request.kind,
    owner: request.owner,
    now,
    lease: now + request.leaseMs,
    max: request.maxAttempts,
    resend: flag(request.resendUnknown),
    holder: request.holder ?? null,
  };
}

export function settingsParams(s: DigestSettings) {
  return {
    platform: s.chat.platform,
    chat_id: s.chat.id,
    enabled: flag(s.enabled),
    minute_of_day: s.minuteOfDay,
    days: JSON.stringify(s.days),
    timezone: s.timezone,
    size: s.size,
    topics: JSON.stringify(s.topics),
    show_images: flag(s.showImages),
    ping_role: s.pingRole ?? null,
    target: s.target ? JSON.stringify(s.target) : null,
    target_problem: s.targetProblem ?? null,
    language: s.language ?? null,
    active: flag(s.active),
    inactive_reason: s.inactiveReason ?? null,
    schedule_from: s.scheduleFrom.getTime(),
    updated_at: s.updatedAt.getTime(),
  };
}

/**
 * The text with each lone surrogate (an emoji cut in half by a length limit) replaced by U+FFFD,
 * as UTF-8 would have it: PostgreSQL's JSON refuses a lone surrogate, which would fail a whole
 * batch of ledger updates (json-rows.ts).
 */
function wellFormed(text: string): string {
  return text.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
}

/** An owner's update of one ledger row, as the stores batch them. */
export interface LedgerUpdate {
  readonly key: DeliveryKey;
  readonly owner: string;
  readonly update: DeliveryUpdate;
}

/**
 * An update's key, @owner and columns (written out: see claimParams on spreads). A column the update
 * does not set is written as `absent`, which the statements read as NULL (lease, coverage and lists
 * stay as they were; retry time and error are cleared): null for SQLite's named parameters,
 * undefined where the rows travel as JSON (PostgreSQL), whose missing keys read as NULL and which
 * JSON.stringify leaves out (a mark or an outcome carries about a sixth fewer bytes).
 */
export function ledgerUpdateParams<Absent extends null | undefined>(
  { key, owner, update }: LedgerUpdate,
  absent: Absent,
) {
  const now = update.now.getTime();
  return {
    platform: key.chat.platform,
    chat_id: key.chat.id,
    slot: key.slot.getTime(),
    kind: key.kind,
    owner,
    status: update.status,
    now,
    lease: update.leaseMs === undefined ? absent : now + update.leaseMs,
    retry_at: update.retryAt === undefined ? absent : update.retryAt.getTime(),
    covered_until: update.coveredUntil === undefined ? absent : update.coveredUntil.getTime(),
    article_ids: update.articleIds ? JSON.stringify(update.articleIds) : absent,
    message_ids: update.messageIds ? JSON.stringify(update.messageIds) : absent,
    error: update.error === undefined ? absent : wellFormed(update.error.slice(0, ERROR_LIMIT)),
  };
}

export function feedParams(record: FeedRecord) {
  return {
    url: record.url,
    title: record.title ?? null,
    site_name: record.siteName ?? null,
    etag: record.etag ?? null,
    last_modified: record.lastModified ?? null,
    next_poll_at: record.nextPollAt.getTime(),
    consecutive_failures: record.consecutiveFailures,
    last_success_at: timeOrNull(record.lastSuccessAt),
    last_error_at: timeOrNull(record.lastErrorAt),
    last_error: record.lastError ?? null,
    paused: flag(record.paused),
    moderators_told: flag(record.moderatorsTold),
  };
}

export function itemParams(record: FeedItemRecord) {
  return {
    feed_url: record.feedUrl,
    item_key: record.itemKey,
    article_key: record.articleKey,
    article_url: record.articleUrl ?? null,
    content_hash: record.contentHash,
    first_seen_at: record.firstSeenAt.getTime(),
    published_at: record.publishedAt.getTime(),
    fresh: flag(record.fresh),
  };
}

export function toChat(row: { platform: string; chat_id: string }): ChatRef {
  return { platform: row.platform, id: row.chat_id };
}

export function toSettings(row: SettingsRow): DigestSettings {
  return {
    chat: toChat(row),
    enabled: isSet(row.enabled),
    minuteOfDay: row.minute_of_day,
    days: JSON.parse(row.days) as number[],
    timezone: row.timezone,
    size: row.size,
    topics: JSON.parse(row.topics) as string[],
    showImages: isSet(row.show_images),
    pingRole: row.ping_role ?? undefined,
    target: row.target === null ? undefined : (JSON.parse(row.target) as DigestTarget),
    targetProblem: toTargetProblem(row.target_problem),
    language: row.language ?? undefined,
    active: isSet(row.active),
    inactiveReason: row.inactive_reason ?? undefined,
    scheduleFrom: new Date(row.schedule_from),
    updatedAt: new Date(row.updated_at),
  };
}

export function toDelivery(row: DeliveryRow): Delivery {
  return {
    chat: toChat(row),
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

export function toFeed(row: FeedRow): FeedRecord {
  return {
    url: row.url,
    ...(row.title === null ? {} : { title: row.title }),
    ...(row.site_name === null ? {} : { siteName: row.site_name }),
    ...(row.etag === null ? {} : { etag: row.etag }),
    ...(row.last_modified === null ? {} : { lastModified: row.last_modified }),
    nextPollAt: new Date(row.next_poll_at),
    consecutiveFailures: row.consecutive_failures,
    ...(row.last_success_at === null ? {} : { lastSuccessAt: new Date(row.last_success_at) }),
    ...(row.last_error_at === null ? {} : { lastErrorAt: new Date(row.last_error_at) }),
    ...(row.last_error === null ? {} : { lastError: row.last_error }),
    paused: isSet(row.paused),
    moderatorsTold: isSet(row.moderators_told),
  };
}

export function toItem(row: ItemRow): FeedItemRecord {
  return {
    feedUrl: row.feed_url,
    itemKey: row.item_key,
    articleKey: row.article_key,
    ...(row.article_url === null ? {} : { articleUrl: row.article_url }),
    contentHash: row.content_hash,
    firstSeenAt: new Date(row.first_seen_at),
    publishedAt: new Date(row.published_at),
    fresh: isSet(row.fresh),
  };
}
