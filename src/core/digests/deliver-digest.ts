import type { Limiter } from '../async/limiter.js';
import { catalogue } from '../i18n/catalogue.js';
import type { CatalogueLocale } from '../i18n/locales.js';
import type { Translator } from '../i18n/translator.js';
import type { ChannelPoster, PostOutcome } from '../ports/channel-poster.js';
import type { Clock } from '../ports/clock.js';
import type { Delivery, DeliveryKey, DigestSettings, DigestStore } from '../ports/digest-store.js';
import type { Logger } from '../ports/logger.js';
import type { ComposeRun, ComposedDigest, DigestComposer } from './compose-digest.js';
import { idempotencyKey } from './idempotency-key.js';
import { postDigest } from './post-digest.js';
import { recordOutcome } from './record-outcome.js';
import { SendingMark } from './sending-mark.js';

/** A send may wait in a platform's rate-limited queue; its lease must outlast that. */
const SENDING_LEASE_MS = 30 * 60_000;
/**
 * Where the platform drops a repeated send of one key (Discord's nonce), it does so only for a few
 * minutes. A send cut off by a crash is taken over after this short lease and resent only while the
 * first attempt is younger than RESEND_WINDOW_MS; after that it is marked unknown, like elsewhere.
 */
const IDEMPOTENT_SENDING_LEASE_MS = 90_000;

export type DeliveryResult = 'sent' | 'empty' | 'failed' | 'gone' | 'skipped' | 'busy';

export interface Delivered {
  readonly result: DeliveryResult;
  readonly stories: number;
  readonly reason?: string;
}

/** What delivering a digest needs of the digest service. */
export interface DeliveryContext {
  readonly store: DigestStore;
  readonly owner: string;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly composer: DigestComposer;
  /**
   * From the `sending` mark to the outcome's write: how many sends are under way at once, per
   * platform (more for a poster that announces its sends: only those on the wire are marked).
   */
  sends(poster: ChannelPoster): Limiter;
  readonly claimLeaseMs: number;
  poster(platform: string): ChannelPoster | undefined;
  /** Claims the slot for this process (see DigestStore.claim); the row when it won. */
  claim(key: DeliveryKey, now: Date): Promise<Delivery | undefined>;
  localeOf(settings: DigestSettings): Promise<CatalogueLocale>;
}

export interface DeliverOptions {
  readonly locale?: CatalogueLocale | undefined;
  /** The slot's claim when the caller made it already (a run claims a page at once). */
  readonly claim?: Promise<Delivery | undefined> | undefined;
  /** What the run's channels share while composing (see ComposeRun). */
  readonly run?: ComposeRun | undefined;
  /** What the digest covers up to, when not `now` (the digest jobs of one hand-out share it). */
  readonly coversUntil?: Date | undefined;
}

/** Claims the slot (unless claimed), composes the digest, and records it empty or sends it. */
export async function deliverDigest(
  context: DeliveryContext,
  settings: DigestSettings,
  key: DeliveryKey,
  now: Date,
  options: DeliverOptions = {},
): Promise<Delivered> {
  const { store, owner, logger } = context;
  const poster = context.poster(key.chat.platform);
  if (!poster)
    return { result: 'failed', stories: 0, reason: `no ${key.chat.platform} adapter is running` };
  const claimed = await (options.claim ?? context.claim(key, now));
  if (!claimed) return { result: 'busy', stories: 0 };
  const t = catalogue.translator(options.locale ?? (await context.localeOf(settings)));
  const digest = await context.composer.compose(
    settings,
    options.coversUntil ?? now,
    t,
    options.run,
  );
  if (digest.storyCount === 0) {
    const recorded = await store.update(key, owner, {
      status: 'empty',
      now,
      coveredUntil: digest.coveredUntil,
      articleIds: [],
    });
    if (!recorded) return { result: 'busy', stories: 0 };
    logger.info({ chat: key.chat, slot: key.slot, kind: key.kind }, 'digest empty: nothing new');
    return { result: 'empty', stories: 0 };
  }
  // From the `sending` mark to the outcome's write, a bounded number at once. The slot is handed on
  // once the outcome is written (not yet answered): updates take effect in order, so the next
  // send's mark lands with it or after it, and no more sends than that are ever `sending` in the
  // ledger, while a database gathers both in one statement.
  const sent = await context
    .sends(poster)
    .run(key.chat.platform, () => send(context, { settings, key, claimed, digest, poster, t }));
  return sent.recorded;
}

interface Send {
  readonly settings: DigestSettings;
  readonly key: DeliveryKey;
  readonly claimed: Delivery;
  readonly digest: ComposedDigest;
  readonly poster: ChannelPoster;
  readonly t: Translator;
}

/**
 * Marks the slot `sending`, posts, and writes the outcome (owner only): `recorded` settles when the
 * write is answered (wrapped, so that the send's turn ends when the write is made).
 */
async function send(
  context: DeliveryContext,
  s: Send,
): Promise<{ readonly recorded: Promise<Delivered> }> {
  const { store, owner, logger, clock } = context;
  const { key, digest, poster } = s;
  // Recorded before the platform call: a crash from then on leaves a `sending` row, never a
  // repeat. A poster that announces its sends writes it right before its first call.
  const mark = new SendingMark(
    () =>
      store.update(key, owner, {
        status: 'sending',
        now: clock.now(),
        // A repeat is dropped there: resent as soon as a claim would be (never later than 90 s).
        leaseMs:
          poster.idempotent === true
            ? Math.min(IDEMPOTENT_SENDING_LEASE_MS, context.claimLeaseMs)
            : SENDING_LEASE_MS,
        coveredUntil: digest.coveredUntil,
        articleIds: digest.articleIds,
      }),
    (error) => logger.warn({ err: error, chat: key.chat }, 'could not mark the digest sending'),
  );
  const busy = { recorded: Promise.resolve<Delivered>({ result: 'busy', stories: 0 }) };
  if (poster.announcesSends !== true && !(await mark.ask())) return busy;
  const outcome = await postDigest({
    poster,
    settings: s.settings,
    reply: digest.reply,
    idempotencyKey: idempotencyKey(key),
    beforeSend: poster.announcesSends === true ? mark.ask : undefined,
    slot: key.slot,
    t: s.t,
    store,
    logger,
  }).catch((error: unknown): PostOutcome => ({
    ok: false,
    permanent: false,
    reason: error instanceof Error ? error.message : String(error),
  }));
  // Nothing was sent: another process took the claim over (or it could not be marked).
  if (mark.wasRefused()) return busy;
  return {
    recorded: recordOutcome(
      { store, owner, logger, key, digest, poster, claimed: s.claimed, done: clock.now() },
      outcome,
    ),
  };
}
