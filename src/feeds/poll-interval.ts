import { backoffDelay } from '../core/async/retry.js';
import type { FeedRecord } from '../core/ports/feed-store.js';

const MINUTE = 60_000;

export const DEFAULT_POLL_INTERVAL_MS = 15 * MINUTE;
export const MIN_POLL_INTERVAL_MS = 5 * MINUTE;
export const MAX_POLL_INTERVAL_MS = 24 * 60 * MINUTE;
/** A feed that failed this many times in a row pauses: retried daily, its channels told once. */
export const PAUSE_AFTER_FAILURES = 5;

/**
 * How long to wait after a successful read: 15 minutes, or longer when the feed's <ttl> or the
 * response's Cache-Control max-age asks for it (the longer of the two), within 5 minutes to 24 hours.
 */
export function successInterval(
  hints: { ttlMinutes?: number | undefined; maxAgeSeconds?: number | undefined },
  intervalMs = DEFAULT_POLL_INTERVAL_MS,
): number {
  const asked = Math.max((hints.ttlMinutes ?? 0) * MINUTE, (hints.maxAgeSeconds ?? 0) * 1000);
  // An operator's shorter interval (FEED_POLL_INTERVAL_SECONDS, e.g. a test fleet) lowers the floor.
  const floor = Math.min(MIN_POLL_INTERVAL_MS, intervalMs);
  return Math.min(MAX_POLL_INTERVAL_MS, Math.max(floor, asked > 0 ? asked : intervalMs));
}

/**
 * How long to wait after the n-th failure in a row: 15 min, 30, 60, 120... up to 24 hours, and at
 * least what a Retry-After asked for (within the same bounds).
 */
export function failureDelay(failures: number, retryAfterSeconds?: number): number {
  const backoff = backoffDelay(
    { firstMs: DEFAULT_POLL_INTERVAL_MS, maxMs: MAX_POLL_INTERVAL_MS },
    failures,
  );
  return clamp(Math.max(backoff, (retryAfterSeconds ?? 0) * 1000));
}

function clamp(ms: number): number {
  return Math.min(MAX_POLL_INTERVAL_MS, Math.max(MIN_POLL_INTERVAL_MS, ms));
}

/** A read worked: failures forgotten, unpaused, next read after `interval` (see nextReadAt). */
export function succeeded(
  record: FeedRecord,
  plan: { now: Date; dueAt: Date | undefined },
  interval: number,
): FeedRecord {
  const { now } = plan;
  return {
    ...record,
    consecutiveFailures: 0,
    lastSuccessAt: now,
    nextPollAt: nextReadAt(plan, interval),
    paused: false,
    moderatorsTold: false,
  };
}

/**
 * One interval after the read was due, not after it ran: a read starts at the first tick (or job
 * fetch) after its time, and planning from the read would add that delay to every interval (a 6 s
 * interval read every 7.5 s). Planned from the due time, the fleet reads each feed once per
 * interval on average. A read more than half an interval late (after downtime) plans from itself,
 * so two reads of a feed are never closer than half an interval.
 */
export function nextReadAt(plan: { now: Date; dueAt: Date | undefined }, interval: number): Date {
  const now = plan.now.getTime();
  const due = plan.dueAt?.getTime();
  if (due !== undefined && due <= now && now - due <= interval / 2) return new Date(due + interval);
  return new Date(now + interval);
}
