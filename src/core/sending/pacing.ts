import type { Reservation, SendBucket } from '../ports/send-budget.js';

/**
 * The spacing between two sends of a bucket: a little over `windowMs / count`, so that network
 * jitter between reservation and arrival does not put `count + 1` sends into one window.
 */
export function intervalOf(bucket: SendBucket): number {
  return (bucket.rate.windowMs / bucket.rate.count) * PACING_MARGIN;
}

/** 2 % slower than the limit: the fleet still uses 98 % of it. */
export const PACING_MARGIN = 1.02;

/** Keys once each, in one order: PostgreSQL locks rows in this order (no deadlock between callers). */
export function sortedBuckets(buckets: readonly SendBucket[]): SendBucket[] {
  const byKey = new Map<string, SendBucket>();
  for (const bucket of buckets) {
    const known = byKey.get(bucket.key);
    if (!known || intervalOf(bucket) > intervalOf(known)) byKey.set(bucket.key, bucket);
  }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * The reservation rule (PostgreSQL's briefly_reserve_send does the same in SQL): a bucket that is
 * not queued must be free now; the send takes the first instant free in every queued bucket, if
 * within the horizon; then every bucket's next free instant is one interval after it.
 */
export function decide(
  buckets: readonly SendBucket[],
  nextFree: (key: string) => number | undefined,
  now: number,
  horizonMs: number,
): { reservation: Reservation; updates: [string, number][] } {
  const free = (b: SendBucket) => nextFree(b.key) ?? now;
  const blocked = Math.max(now, ...buckets.filter((b) => b.queued !== true).map(free));
  if (blocked > now)
    return { reservation: { reserved: false, retryInMs: blocked - now }, updates: [] };
  const at = Math.max(now, ...buckets.filter((b) => b.queued === true).map(free));
  if (at - now > horizonMs)
    return { reservation: { reserved: false, retryInMs: at - now - horizonMs }, updates: [] };
  return {
    reservation: { reserved: true, waitMs: at - now },
    updates: buckets.map((b) => [b.key, at + intervalOf(b)]),
  };
}
