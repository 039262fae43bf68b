import { backoffDelay } from '../async/retry.js';
import type { ChannelPoster, PostOutcome } from '../ports/channel-poster.js';
import type { Delivery, DeliveryKey, DigestStore } from '../ports/digest-store.js';
import type { Logger } from '../ports/logger.js';
import type { ComposedDigest } from './compose-digest.js';

/** A failed slot is tried again after a minute, then ever later (up to 30 minutes). */
const SLOT_RETRY = { firstMs: 60_000, maxMs: 30 * 60_000 };

export interface SentSlot {
  readonly store: DigestStore;
  readonly owner: string;
  readonly logger: Logger;
  readonly key: DeliveryKey;
  readonly digest: ComposedDigest;
  readonly poster: ChannelPoster;
  readonly claimed: Delivery;
  /** When the platform answered. */
  readonly done: Date;
}

export interface SlotOutcome {
  result: 'sent' | 'failed' | 'gone';
  stories: number;
  reason?: string;
}

/**
 * Writes a posted digest's outcome to the ledger (its owner only): sent; refused for good (the
 * chat gone, or a refusal that would repeat); partly posted where the platform cannot drop a
 * repeat (not retried, so nothing arrives twice); or failed, to be retried with backoff.
 */
export async function recordOutcome(slot: SentSlot, outcome: PostOutcome): Promise<SlotOutcome> {
  const { store, owner, logger, key, digest, poster, claimed, done } = slot;
  if (outcome.ok) {
    await store.update(key, owner, { status: 'sent', now: done, messageIds: outcome.messageIds });
    logger.info(
      { chat: key.chat, slot: key.slot, kind: key.kind, stories: digest.storyCount },
      'digest sent',
    );
    return { result: 'sent', stories: digest.storyCount };
  }
  if (outcome.permanent) {
    // Not retried. A chat that is gone was reported so by its adapter, the one owner of that news.
    await store.update(key, owner, {
      status: 'failed',
      now: done,
      error: outcome.reason,
      retryAt: undefined,
      leaseMs: 0,
    });
    const gone = outcome.gone === true;
    logger.warn(
      { chat: key.chat, reason: outcome.reason },
      gone
        ? 'digest not delivered: channel unreachable, marked inactive'
        : 'digest refused by the platform; not retried',
    );
    return { result: gone ? 'gone' : 'failed', stories: 0, reason: outcome.reason };
  }
  if (outcome.partial === true && poster.idempotent !== true) {
    // Part of the digest is posted; sending it again would repeat that part, so it is not retried.
    await store.update(key, owner, {
      status: 'failed',
      now: done,
      error: `partly delivered: ${outcome.reason}`,
      retryAt: undefined,
      leaseMs: 0,
    });
    logger.error(
      { chat: key.chat, slot: key.slot, reason: outcome.reason },
      'digest partly delivered; not retried, to avoid repeating the part that arrived',
    );
    return { result: 'failed', stories: digest.storyCount, reason: outcome.reason };
  }
  const retryAt = new Date(done.getTime() + backoffDelay(SLOT_RETRY, claimed.attempts));
  await store.update(key, owner, { status: 'failed', now: done, error: outcome.reason, retryAt });
  logger.warn(
    {
      chat: key.chat,
      slot: key.slot,
      attempt: claimed.attempts,
      retryAt,
      reason: outcome.reason,
    },
    'digest delivery failed; will retry',
  );
  return { result: 'failed', stories: 0, reason: outcome.reason };
}
