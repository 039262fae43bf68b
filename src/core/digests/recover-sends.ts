import type { Delivery, DigestStore } from '../ports/digest-store.js';
import type { Logger } from '../ports/logger.js';
import type { Metrics } from '../ports/metrics.js';

/** How long after a cut-off send began it may still be resent where the platform drops repeats. */
export const RESEND_WINDOW_MS = 4 * 60_000;

/**
 * Rows left `sending` by a crash: where the platform drops repeats of one key and the first attempt
 * is recent enough for it to still do so, they are claimed again and resent by the normal run;
 * otherwise they are marked unknown and logged, never resent.
 */
export async function recoverAbandonedSends(
  deps: {
    readonly store: DigestStore;
    readonly logger: Logger;
    readonly metrics: Metrics;
    readonly idempotent: (platform: string) => boolean;
  },
  now: Date,
): Promise<void> {
  const { store, logger } = deps;
  for (const delivery of await store.abandonedSends(now)) {
    // `updatedAt` of a sending row is when its send began (it is the last write before the call).
    if (
      deps.idempotent(delivery.chat.platform) &&
      now.getTime() - delivery.updatedAt.getTime() < RESEND_WINDOW_MS
    )
      continue;
    await store.update(delivery, delivery.owner, {
      status: 'unknown',
      now,
      error: 'the process stopped while sending',
    });
    deps.metrics.increment('briefly_digests_total', { outcome: 'unknown', kind: delivery.kind });
    logger.warn(
      { chat: delivery.chat, slot: delivery.slot, kind: delivery.kind },
      'digest delivery unknown: the bot stopped while sending; not resent, to avoid a duplicate',
    );
  }
}

/** Whether a ledger row is settled for good (nothing will send its slot again). */
export function isFinal(delivery: Delivery): boolean {
  return (
    ['sent', 'empty', 'skipped', 'unknown'].includes(delivery.status) ||
    (delivery.status === 'failed' && delivery.retryAt === undefined)
  );
}
