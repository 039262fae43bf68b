import type { SendBucket } from '../ports/send-budget.js';

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
