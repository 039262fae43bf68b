import { createLimiter } from '../async/limiter.js';
import type { ChannelPoster, PreviewMessage } from '../ports/channel-poster.js';
import { chatKey, type ChatRef } from '../ports/chat-memory.js';
import type {
  Delivery,
  DeliveryKey,
  DeliveryKind,
  DeliveryLogPage,
  DeliveryLogQuery,
  DigestSettings,
} from '../ports/digest-store.js';
import type { PlaceInfo } from '../ports/places.js';
import { noMetrics, type Metrics } from '../ports/metrics.js';
import {
  DigestComposer,
  newComposeRun,
  type ComposedDigest,
  type ComposeRun,
} from './compose-digest.js';
import {
  deliverDigest,
  type DeliverOptions,
  type Delivered,
  type DeliveryContext,
  type DeliveryResult,
} from './deliver-digest.js';
import { catalogue } from '../i18n/catalogue.js';
import type { DigestServiceOptions, RunReport } from './digest-service-options.js';
import type { CatalogueLocale } from '../i18n/locales.js';
import { resolveLocales } from '../i18n/resolve-locale.js';
import { applyChange, defaultSettings, type SettingsChange } from './digest-settings.js';
import { isFinal, recoverAbandonedSends } from './recover-sends.js';
import { lateMinutes, SlotMemo } from './slot-memo.js';
import { HandOutRuns } from './hand-out-runs.js';
import { SendLimits, sendsAtOnce } from './send-limits.js';
import { slotsNotTaken } from './slots-not-taken.js';
import { shuffled } from './shuffled.js';
import { idempotencyKey } from './idempotency-key.js';

/** A claim not yet sending (composing, waiting in a platform queue) is taken over after this. */
const CLAIM_LEASE_MS = 2 * 60_000;
const MAX_ATTEMPTS = 6;
/**
 * A run claims and composes its slots a page at a time: a database store gathers the page's ledger
 * calls into set-based statements (PostgreSQL: one round trip per step for the page). A run has at
 * least 8 pages (of 64 to 1,000 slots), so processes running the same due slots each claim a share.
 */
const PAGE_MIN = 64;
const PAGE_MAX = 1000;
/**
 * Digests: settings, composition, and delivery through the ledger so that every (channel, slot) is
 * posted at most once, even across restarts, crashes and several processes sharing one database.
 */
export class DigestService {
  private readonly posters = new Map<string, ChannelPoster>();
  /** chat → the slot (ms) already dealt with, to spare the database a query per channel per tick. */
  private readonly handled = new Map<string, number>();
  private readonly handOuts = new HandOutRuns();
  private readonly slots = new SlotMemo();
  private readonly composer: DigestComposer;
  private readonly metrics: Metrics;
  private readonly sends = new SendLimits();
  private stopping = false;
  private readonly claimLeaseMs: number;
  private readonly delivery: DeliveryContext;

  constructor(private readonly options: DigestServiceOptions) {
    this.composer = new DigestComposer(options);
    this.metrics = options.metrics ?? noMetrics;
    this.claimLeaseMs = Math.min(options.claimLeaseMs ?? CLAIM_LEASE_MS, CLAIM_LEASE_MS);
    this.delivery = {
      ...options,
      composer: this.composer,
      sends: (poster) => this.sends.of(poster),
      claimLeaseMs: this.claimLeaseMs,
      poster: (platform) => this.posters.get(platform),
      claim: (key, now) => this.claim(key, now),
      localeOf: (settings) => this.localeOf(settings),
    };
  }

  /** Starts no more slots (the process is stopping); sends under way finish or fail as they will. */
  stop(): void {
    this.stopping = true;
  }

  registerPoster(poster: ChannelPoster): void {
    this.posters.set(poster.platform, poster);
  }

  /** How many of a platform's digests this process sends at once (see send-limits.ts). */
  sendsAtOnce(platform: string): number {
    return sendsAtOnce(this.posters.get(platform));
  }

  async settingsFor(chat: ChatRef): Promise<DigestSettings> {
    return (
      (await this.options.store.getSettings(chat)) ??
      defaultSettings(chat, this.options.defaults, this.options.clock.now())
    );
  }

  /** Whether the chat has digest settings of its own (a moderator changed one there). */
  async hasOwnSettings(chat: ChatRef): Promise<boolean> {
    return (await this.options.store.getSettings(chat)) !== undefined;
  }

  async change(chat: ChatRef, change: SettingsChange): Promise<DigestSettings> {
    const updated = applyChange(await this.settingsFor(chat), change, this.options.clock.now());
    await this.options.store.saveSettings(updated);
    this.handled.delete(chatKey(chat));
    return updated;
  }

  /** The language a moderator set for this channel, if any. */
  async languageOf(chat: ChatRef): Promise<string | undefined> {
    return (await this.options.store.getSettings(chat))?.language;
  }

  /** The digest this channel would get now, in `locale`; nothing is sent or recorded. */
  async preview(chat: ChatRef, locale?: CatalogueLocale): Promise<ComposedDigest> {
    const settings = await this.settingsFor(chat);
    return this.composer.compose(
      settings,
      this.options.clock.now(),
      catalogue.translator(locale ?? (await this.localeOf(settings))),
    );
  }

  /** The language of posts nobody asked for in this channel (digests, notices). */
  async channelLocale(chat: ChatRef): Promise<CatalogueLocale> {
    return this.localeOf(await this.settingsFor(chat));
  }

  /**
   * A digest's language: the channel's setting, else what the platform says of the chat (Discord:
   * the server's preferred locale), else English.
   */
  private async localeOf(settings: DigestSettings): Promise<CatalogueLocale> {
    const poster = this.posters.get(settings.chat.platform);
    const hint = settings.language ? undefined : await poster?.localeOf?.(settings.chat);
    return resolveLocales(settings.language, { chat: hint }).public;
  }

  /**
   * The preview as the channel's platform would show it: the adapter's own rendering of the digest
   * (undefined messages when that platform is not running here or cannot render one).
   */
  async previewAsPosted(
    chat: ChatRef,
  ): Promise<{ digest: ComposedDigest; messages: readonly PreviewMessage[] | undefined }> {
    const digest = await this.preview(chat);
    const poster = this.posters.get(chat.platform);
    return { digest, messages: poster?.preview?.(digest.reply) };
  }

  /** What a place is, as the chat's platform describes it; undefined where digests have no targets. */
  async describePlace(chat: ChatRef, id: string): Promise<PlaceInfo | undefined> {
    return this.posters.get(chat.platform)?.describePlace?.(chat, id);
  }

  /** Whether a role of the chat's server still exists (false: deleted; undefined: unknown). */
  roleExists(chat: ChatRef, roleId: string): boolean | undefined {
    return this.posters.get(chat.platform)?.roleExists?.(chat, roleId);
  }

  /** The channel's ledger rows since a date, newest first (the control panel's delivery log). */
  deliveryLog(chat: ChatRef, query: DeliveryLogQuery): Promise<DeliveryLogPage> {
    return this.options.store.deliveryLog(chat, query);
  }

  /** Sends this channel's digest now, recorded as a manual delivery (scheduled slots are untouched). */
  async sendNow(chat: ChatRef, locale?: CatalogueLocale): Promise<Delivered> {
    const now = this.options.clock.now();
    const sent = await deliverDigest(
      this.delivery,
      await this.settingsFor(chat),
      { chat, slot: now, kind: 'manual' },
      now,
      { locale },
    );
    this.count(sent.result, 'manual');
    return sent;
  }

  /**
   * Sends every digest that is due at `now`: each channel's latest slot, once, if it is less than
   * DIGEST_CATCH_UP_MINUTES late (older slots are recorded as skipped and logged). Runs at start (the
   * catch-up after downtime) and then every minute. One failing channel never stops another.
   */
  async runDue(now: Date): Promise<RunReport> {
    // The claims decide (a slot another process settled or holds is simply not won, and found
    // settled after), so the run does not first read the ledger for its 10,000 slots.
    const slots = await this.candidateSlots(now);
    const results: Record<DeliveryResult, number> = {
      sent: 0,
      empty: 0,
      failed: 0,
      gone: 0,
      skipped: 0,
      busy: 0,
    };
    const order = shuffled(slots);
    const pageSize = Math.min(PAGE_MAX, Math.max(PAGE_MIN, Math.ceil(order.length / 8)));
    // The first pages are small and double up to pageSize: the first sends start once 64 slots are
    // claimed and composed, not 1,000, and the later pages are claimed and composed meanwhile.
    const pages: (typeof order)[] = [];
    for (let start = 0, size = PAGE_MIN; start < order.length; size *= 2) {
      const end = start + Math.min(size, pageSize);
      pages.push(order.slice(start, end));
      start = end;
    }
    // Two pages at once: the next is claimed and composed while this one sends.
    const pager = createLimiter({ total: 2 });
    const run = newComposeRun();
    await Promise.all(
      pages.map((page) =>
        pager.run('page', async () => {
          for (const result of await this.runPage(page, now, run)) results[result]++;
        }),
      ),
    );
    if (slots.length > 0)
      this.options.logger.info({ due: slots.length, ...results }, 'digests run');
    return { due: slots.length, results };
  }

  /**
   * The page's slots are claimed together and then composed together, so each step of the page is
   * a few set-based statements (their continuations meet in one turn of the event loop).
   */
  private async runPage(
    page: readonly { settings: DigestSettings; slot: Date }[],
    now: Date,
    run: ComposeRun,
    coversUntil?: Date,
  ): Promise<DeliveryResult[]> {
    const claims = page.map(({ settings, slot }) =>
      this.stopping || lateMinutes(slot, now) > this.options.catchUpMinutes
        ? undefined
        : this.claim({ chat: settings.chat, slot, kind: 'scheduled' }, now),
    );
    await Promise.allSettled(claims.filter((claim) => claim !== undefined));
    return Promise.all(
      page.map(({ settings, slot }, i) =>
        this.runSlot(settings, slot, now, { claim: claims[i], run, coversUntil }),
      ),
    );
  }

  /**
   * The slots due at `now` that this process has not seen settled: what `runDue` sends, or what a
   * fleet's scheduler hands out as jobs (see `runScheduledSlot`). Deals first with sends a crash cut
   * off.
   */
  async dueSlots(now: Date): Promise<{ settings: DigestSettings; slot: Date }[]> {
    return slotsNotTaken(this.options.store, await this.candidateSlots(now), now, (chat, slot) =>
      this.handled.set(chatKey(chat), slot.getTime()),
    );
  }

  /**
   * Each channel's latest slot that this process has not seen settled, after dealing with sends a
   * crash cut off (the settings are read meanwhile: they do not depend on the ledger).
   */
  private async candidateSlots(now: Date): Promise<{ settings: DigestSettings; slot: Date }[]> {
    const idempotent = (platform: string) => this.posters.get(platform)?.idempotent === true;
    const [, due] = await Promise.all([
      recoverAbandonedSends({ ...this.options, metrics: this.metrics, idempotent }, now),
      this.options.store.listDue(),
    ]);
    return due.flatMap((settings) => {
      if (!this.posters.has(settings.chat.platform)) return [];
      const slot = this.slots.slotAt(settings, now);
      if (slot.getTime() <= settings.scheduleFrom.getTime()) return [];
      if (this.handled.get(chatKey(settings.chat)) === slot.getTime()) return [];
      return [{ settings, slot }];
    });
  }

  /**
   * Due slots handed out together as one job (see DigestScheduler), run by any process of the
   * fleet: each channel's settings are read again (they may have changed since the slots were
   * handed out), the slots still due are claimed and composed together, as a run's page, and the
   * ledger decides who sends. 'busy' for a slot no longer due.
   */
  async runScheduledSlots(
    slots: readonly { chat: ChatRef; slot: Date }[],
    now: Date,
    handedOutAt: Date = now,
  ): Promise<DeliveryResult[]> {
    const settings = await Promise.all(
      slots.map(({ chat }) => this.options.store.getSettings(chat)),
    );
    const page: { settings: DigestSettings; slot: Date }[] = [];
    const onPage = slots.map(({ slot }, i) => {
      const found = settings[i];
      if (!found || !this.isDue(found, slot, now)) return -1;
      page.push({ settings: found, slot });
      return page.length - 1;
    });
    // The jobs of one hand-out compose as of it, so channels that ask the same share one digest
    // (and one read of the window's articles), as a run's do: 10,000 slots compose about 60
    // digests, not 10,000, and get the same digest wherever they are in the fan-out. What was
    // published since is left for the channel's next digest.
    const at = Math.min(handedOutAt.getTime(), now.getTime());
    const results = await this.runPage(page, now, this.handOuts.of(at), new Date(at));
    return onPage.map((n) => results[n] ?? 'busy');
  }

  /** Whether the slot is still the channel's due slot at `now` (settings read just now). */
  private isDue(settings: DigestSettings, slot: Date, now: Date): boolean {
    if (!settings.enabled || !settings.active || !this.posters.has(settings.chat.platform))
      return false;
    const current = this.slots.slotAt(settings, now);
    return current.getTime() === slot.getTime() && slot.getTime() > settings.scheduleFrom.getTime();
  }

  /**
   * Claims a slot for this process (see DigestStore.claim); the row when it won. The key's fields
   * are written out: V8 builds `{ ...key, more }` through a slow path (µs a call, per channel).
   */
  private claim(key: DeliveryKey, now: Date): Promise<Delivery | undefined> {
    return this.options.store.claim({
      chat: key.chat,
      slot: key.slot,
      kind: key.kind,
      owner: this.options.owner,
      now,
      leaseMs: this.claimLeaseMs,
      resendUnknown: this.posters.get(key.chat.platform)?.idempotent === true,
      maxAttempts: MAX_ATTEMPTS,
      holder: this.options.holder?.(),
    });
  }

  /** `deliver`: the slot's claim when runDue made it already, and what its run shares. */
  private async runSlot(
    settings: DigestSettings,
    slot: Date,
    now: Date,
    deliver: DeliverOptions = {},
  ): Promise<DeliveryResult> {
    // Left unclaimed for the next start or another process (a claim made is taken over later).
    if (this.stopping) return 'busy';
    const key: DeliveryKey = { chat: settings.chat, slot, kind: 'scheduled' };
    const late = lateMinutes(slot, now);
    let result: DeliveryResult;
    try {
      result =
        late > this.options.catchUpMinutes
          ? await this.skip(key, now, late)
          : (await deliverDigest(this.delivery, settings, key, now, deliver)).result;
    } catch (error) {
      this.options.logger.error(
        { chat: settings.chat, slot, err: error },
        'digest delivery failed unexpectedly',
      );
      result = 'failed';
    }
    this.count(result, 'scheduled');
    const settled = result === 'failed' || result === 'busy' ? await this.isSettled(key) : true;
    if (settled) this.handled.set(chatKey(settings.chat), slot.getTime());
    return result;
  }

  private async skip(key: DeliveryKey, now: Date, lateMinutes: number): Promise<DeliveryResult> {
    const { store, owner, logger, catchUpMinutes } = this.options;
    const claimed = await this.claim(key, now);
    if (!claimed) return 'busy';
    const error = `missed by ${Math.round(lateMinutes)} min, over the ${catchUpMinutes} min catch-up window`;
    await store.update(key, owner, { status: 'skipped', now, error });
    logger.warn(
      { chat: key.chat, slot: key.slot, lateMinutes: Math.round(lateMinutes) },
      `digest skipped: ${error}`,
    );
    return 'skipped';
  }

  /** A delivery's outcome for the metrics; `busy` (another owner has the slot) is no delivery. */
  private count(result: DeliveryResult, kind: DeliveryKind): void {
    if (result !== 'busy')
      this.metrics.increment('briefly_digests_total', { outcome: result, kind });
  }

  private async isSettled(key: DeliveryKey): Promise<boolean> {
    const delivery = await this.options.store.getDelivery(key);
    return delivery !== undefined && isFinal(delivery);
  }
}

export { idempotencyKey };
export type { DigestServiceOptions, RunReport };
export type { DeliveryResult, DeliveryKind };
