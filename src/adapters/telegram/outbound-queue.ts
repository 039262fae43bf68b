import { setMaxListeners } from 'node:events';
import { backoffDelay } from '../../core/async/retry.js';
import type { Logger } from '../../core/ports/logger.js';
import { noMetrics, type Metrics } from '../../core/ports/metrics.js';
import { fleetTurn, MarkLead, type FleetPacing } from './fleet-turn.js';
import type {
  ChatEvents,
  Delivery,
  MessageSender,
  OutboundMessage,
  QueueStats,
} from './outbound-types.js';
import { systemTimer, TELEGRAM_LIMITS, type QueueLimits, type QueueTimer } from './queue-limits.js';
import { classifyFailure, type SendFailure } from './send-failure.js';
import { Pace, SlidingWindow } from './sliding-window.js';
import { ChatLanes, type Job, type Lane } from './chat-lanes.js';

// What callers of the queue name with it.
export type * from './outbound-types.js';
export type { FleetPacing } from './fleet-turn.js';

const PLATFORM = { platform: 'telegram' } as const;
const NOT_ANNOUNCED = 'not sent: its digest was taken over, or could not be marked sending';

/**
 * The one outbound queue of a bot. Messages to one chat go out in order, one at a time, within the
 * per-chat, per-group and overall limits; chats take turns. A 429 pauses only its chat for
 * `retry_after` and the same message is sent again; 5xx and network errors are retried with
 * backoff; a 403 reports the chat gone; a migration reports the move and resends to the new id.
 * Every message resolves to delivered or given up, and every give-up is logged with its reason.
 */
export class OutboundQueue {
  readonly stats: QueueStats = { delivered: 0, rateLimited: 0, retried: 0, givenUp: 0 };
  private readonly lanes: ChatLanes;
  private readonly ready = new Set<Lane>();
  /** The overall limit, and an even pace within it (no burst of a whole second's worth at once). */
  private readonly overall: readonly (SlidingWindow | Pace)[];
  private inFlight = 0;
  /**
   * Whether the send loop runs; set and cleared synchronously with its loop condition, so that no
   * queued message is ever left without a loop. `idle` settles when the loop ends.
   */
  private running = false;
  private idle: Promise<void> = Promise.resolve();
  private nudge: (() => void) | undefined;
  private closing = false;
  private abandoned = false;
  /** Aborted when the queue gives up waiting: sends waiting for the fleet's budget stop waiting. */
  private readonly stopped = new AbortController();
  private lastSweep = 0;
  private readonly markLead = new MarkLead();

  constructor(
    private readonly sender: MessageSender,
    private readonly events: ChatEvents,
    private readonly logger: Logger,
    private readonly limits: QueueLimits = TELEGRAM_LIMITS,
    private readonly timer: QueueTimer = systemTimer,
    private readonly metrics: Metrics = noMetrics,
    /** With it, every send also waits for the fleet's budget: the limits hold for all processes. */
    private readonly fleet?: FleetPacing,
  ) {
    this.lanes = new ChatLanes(limits);
    metrics.gauge('briefly_outbound_queue_depth', PLATFORM, () => this.pending);
    // Every send waiting for the fleet's budget listens to it.
    setMaxListeners(0, this.stopped.signal);
    const { count, windowMs } = limits.overall;
    const interval = windowMs / count;
    this.overall = [new SlidingWindow(count, windowMs), new Pace(interval, interval / 2)];
  }

  /** Queues a message; resolves once it is delivered or given up. Never rejects. */
  send(
    chatId: number,
    message: OutboundMessage,
    beforeSend?: () => Promise<boolean>,
  ): Promise<Delivery> {
    if (this.closing) {
      return Promise.resolve(this.report(chatId, 'the bot is stopping', false, 0));
    }
    return new Promise((resolve) => {
      const lane = this.lanes.lane(this.lanes.current(chatId));
      const queuedAt = this.timer.now();
      lane.jobs.push({
        message,
        resolve,
        queuedAt,
        attempts: 0,
        rateLimitWaits: 0,
        plain: false,
        beforeSend,
      });
      if (!lane.busy) this.ready.add(lane);
      this.kick();
    });
  }

  /**
   * Sends to `toChatId` from now on what was meant for `fromChatId` (a group that became a
   * supergroup, learnt from an update before any send failed).
   */
  redirect(fromChatId: number, toChatId: number): void {
    const lane = this.lanes.existing(fromChatId);
    if (lane && !lane.busy) this.move(lane, toChatId);
    else this.lanes.remember(fromChatId, toChatId);
  }

  /** Messages waiting or being sent. */
  get pending(): number {
    let count = 0;
    for (const lane of this.lanes.all()) count += lane.jobs.length;
    return count;
  }

  /**
   * Stops taking messages and lets the queued ones go out for up to `graceMs`; whatever is still
   * waiting then is given up (and logged).
   */
  async close(graceMs: number): Promise<void> {
    this.closing = true;
    const controller = new AbortController();
    await Promise.race([
      this.idle,
      this.timer.sleep(graceMs, controller.signal).catch(() => undefined),
    ]);
    controller.abort();
    this.abandoned = true;
    this.stopped.abort();
    for (const lane of this.lanes.all()) {
      const waiting = lane.busy ? lane.jobs.splice(1) : lane.jobs.splice(0);
      for (const job of waiting)
        this.giveUp(lane, job, 'the bot stopped before it was sent', false);
      this.ready.delete(lane);
    }
    this.kick();
    await this.idle;
  }

  private kick(): void {
    const nudge = this.nudge;
    this.nudge = undefined;
    nudge?.();
    if (!this.running) {
      this.running = true;
      this.idle = this.pump();
    }
  }

  private async pump(): Promise<void> {
    try {
      // No await between this condition turning false and `running = false` below.
      while (this.ready.size > 0 || this.inFlight > 0) {
        const now = this.timer.now();
        if (now - this.lastSweep > 30_000) this.forgetIdleLanes(now);
        const wakeAt = this.startReady(now);
        const controller = new AbortController();
        const waits = [new Promise<void>((resolve) => (this.nudge = resolve))];
        if (Number.isFinite(wakeAt)) {
          waits.push(this.timer.sleep(wakeAt - now, controller.signal).catch(() => undefined));
        }
        await Promise.race(waits);
        controller.abort();
        this.nudge = undefined;
      }
      this.forgetIdleLanes(this.timer.now());
    } finally {
      this.running = false;
    }
  }

  /** Starts every lane that may send now; returns when the next one may (Infinity: on a nudge). */
  private startReady(now: number): number {
    let wakeAt = Infinity;
    for (const lane of this.ready) {
      const overallAt = Math.max(...this.overall.map((w) => w.nextAllowed(now)));
      if (overallAt > now) return Math.min(wakeAt, overallAt);
      if (this.inFlight >= this.limits.maxInFlight) return wakeAt;
      const at = Math.max(lane.pausedUntil, ...lane.windows.map((w) => w.nextAllowed(now)));
      if (at > now) {
        wakeAt = Math.min(wakeAt, at);
        continue;
      }
      this.ready.delete(lane);
      lane.busy = true;
      this.inFlight++;
      for (const window of this.overall) window.record(now);
      void this.attempt(lane);
    }
    return wakeAt;
  }

  private async attempt(lane: Lane): Promise<void> {
    const job = lane.jobs[0];
    try {
      if (!job) return;
      if (job.attempts === 0 && job.rateLimitWaits === 0 && !job.plain)
        this.metrics.observe(
          'briefly_outbound_wait_seconds',
          PLATFORM,
          (this.timer.now() - job.queuedAt) / 1000,
        );
      // A digest's `sending` mark is written while its turn comes, so that the send leaves on it.
      const lead = job.beforeSend ? this.markLead.ms : 0;
      const early = this.fleet ? await this.waitForFleet(lane.chatId, this.fleet, lead) : 0;
      const turnAt = this.timer.now() + early;
      const announce = job.beforeSend;
      job.beforeSend = undefined;
      if (announce) {
        const marking = this.timer.now();
        const marked = await announce();
        this.markLead.record(this.timer.now() - marking);
        if (!marked) {
          lane.jobs.shift();
          job.resolve({ ok: false, permanent: false, reason: NOT_ANNOUNCED });
          return;
        }
      }
      // Not cut short by a stop: the mark is written, and this send goes out (in MAX_LEAD_MS at most).
      const left = turnAt - this.timer.now();
      if (left > 0) await this.timer.sleep(left, new AbortController().signal);
      const messageId = await this.sender.sendMessage(lane.chatId, job.message, job.plain);
      lane.jobs.shift();
      this.stats.delivered++;
      job.resolve({ ok: true, chatId: lane.chatId, messageId });
    } catch (error) {
      if (job) await this.handleFailure(lane, job, classifyFailure(error));
    } finally {
      // A chat's limits count from when Telegram has the message, not from when it was sent off: a
      // request slowed on its way (a loaded machine, a slow network) would otherwise arrive less
      // than a second before the chat's next one, and be refused with a 429.
      const done = this.timer.now();
      for (const window of lane.windows) window.record(done);
      this.inFlight--;
      lane.busy = false;
      if (lane.jobs.length > 0 && !this.abandoned) this.ready.add(lane);
      this.kick();
    }
  }

  /** Waits for the fleet-wide turn of a send to this chat, up to `leadMs` early: the ms still to wait. */
  private waitForFleet(chatId: number, fleet: FleetPacing, leadMs: number): Promise<number> {
    return fleetTurn(fleet, chatId, this.limits, {
      logger: this.logger,
      sleep: (ms, signal) => this.timer.sleep(ms, signal ?? this.stopped.signal),
      signal: this.stopped.signal,
      leadMs,
    });
  }

  private async handleFailure(lane: Lane, job: Job, failure: SendFailure): Promise<void> {
    const now = this.timer.now();
    if (this.abandoned) {
      lane.jobs.shift();
      this.giveUp(lane, job, `${failure.reason}; the bot stopped before a retry`, false);
      return;
    }
    switch (failure.kind) {
      case 'rate-limited':
        this.stats.rateLimited++;
        this.metrics.increment('briefly_platform_rate_limited_total', PLATFORM);
        if (++job.rateLimitWaits > this.limits.maxRateLimitWaits) {
          lane.jobs.shift();
          this.giveUp(lane, job, `still rate limited after ${job.rateLimitWaits - 1} waits`, false);
          return;
        }
        lane.pausedUntil = now + failure.retryAfterMs;
        this.logger.info(
          { chatId: lane.chatId, retryAfterMs: failure.retryAfterMs },
          'Telegram asked to slow down; this chat waits, then the same message is sent again',
        );
        return;
      case 'transient':
        if (++job.attempts >= this.limits.maxAttempts) {
          lane.jobs.shift();
          this.giveUp(lane, job, `${failure.reason} (after ${job.attempts} attempts)`, false);
          return;
        }
        this.stats.retried++;
        this.metrics.increment('briefly_platform_retries_total', PLATFORM);
        lane.pausedUntil = now + backoffDelay(this.limits.retryBackoff, job.attempts);
        return;
      case 'unparsable':
        if (job.plain) {
          lane.jobs.shift();
          this.giveUp(lane, job, failure.reason, true);
          return;
        }
        this.logger.warn(
          { chatId: lane.chatId, reason: failure.reason },
          'Telegram refused our HTML; sending the message again as plain text',
        );
        job.plain = true;
        this.stats.retried++;
        this.metrics.increment('briefly_platform_retries_total', PLATFORM);
        return;
      case 'rejected':
        lane.jobs.shift();
        this.giveUp(lane, job, failure.reason, true);
        return;
      case 'chat-gone':
        for (const gone of lane.jobs.splice(0)) {
          this.giveUp(lane, gone, `the chat is gone: ${failure.reason}`, true, true);
        }
        await this.tell(() => this.events.chatGone(lane.chatId, failure.reason), 'chat gone');
        return;
      case 'migrated':
        this.move(lane, failure.toChatId);
        await this.tell(() => this.events.chatMoved(lane.chatId, failure.toChatId), 'chat moved');
        return;
    }
  }

  /** The group became a supergroup: its waiting messages go first to the new id. */
  private move(from: Lane, toChatId: number): void {
    this.lanes.remember(from.chatId, toChatId);
    this.ready.delete(from);
    const to = this.lanes.lane(toChatId);
    to.jobs.unshift(...from.jobs.splice(0));
    if (!to.busy && to.jobs.length > 0) this.ready.add(to);
    this.logger.info(
      { chatId: from.chatId, newChatId: toChatId },
      'the group became a supergroup; sending to its new id',
    );
  }

  private async tell(event: () => Promise<void>, what: string): Promise<void> {
    try {
      await event();
    } catch (error) {
      this.logger.error({ err: error }, `could not record "${what}"`);
    }
  }

  private giveUp(lane: Lane, job: Job, reason: string, permanent: boolean, gone = false): void {
    job.resolve(this.report(lane.chatId, reason, permanent, job.attempts, gone));
  }

  private report(
    chatId: number,
    reason: string,
    permanent: boolean,
    attempts: number,
    gone = false,
  ): Delivery {
    this.stats.givenUp++;
    this.logger.warn({ chatId, reason, attempts }, 'Telegram message given up');
    return { ok: false, permanent, reason, ...(gone ? { gone } : {}) };
  }

  private forgetIdleLanes(now: number): void {
    this.lastSweep = now;
    this.lanes.forgetIdle(now);
  }
}
