import { createHash } from 'node:crypto';
import cron, { type ScheduledTask } from 'node-cron';
import { z } from 'zod';
import type { DigestService } from '../core/digests/digest-service.js';
import type { ClaimHolder } from '../core/digests/claim-holder.js';
import { chatKey, type ChatRef } from '../core/ports/chat-memory.js';
import { fnv1a } from '../core/text/fnv1a.js';
import type { Clock } from '../core/ports/clock.js';
import type { JobQueue } from '../core/ports/job-queue.js';
import type { Logger } from '../core/ports/logger.js';

/**
 * The job queue of a platform's due digests: one job per group of (channel, slot), run by whichever
 * process takes it. One queue per platform, each with its own slots: digests waiting in one
 * platform's rate-limited queue never hold the slots the other platform's digests could go out
 * through. (Named apart from the one-slot jobs of earlier versions, which an older process of the
 * fleet may still be running.)
 */
const QUEUE_PREFIX = 'digest-page-';
export const digestQueue = (platform: string) => `${QUEUE_PREFIX}${platform}`;
const platformOf = (queue: string) => queue.slice(QUEUE_PREFIX.length);
/**
 * About this many slots a job at most (a hash of its channel puts each slot in a job, so a job holds
 * on average between half and all of this, a few more at times): a job's slots are claimed,
 * composed and recorded together, a few set-based statements for them all. One job per slot cost the job
 * engine three writes per digest (10,000 digests: 3 s of PostgreSQL's CPU, 8 to 9 s in all).
 */
const SLOTS_PER_JOB = 256;
/** The most a job holds, whatever the hash did (the job's data is checked against it). */
const MAX_SLOTS_PER_JOB = SLOTS_PER_JOB * 4;
/** A fan-out is cut into at least this many jobs while each keeps SPREAD_GROUP_MIN slots or more. */
const SPREAD_GROUPS = 8;
const SPREAD_GROUP_MIN = 16;
/**
 * A platform's digest jobs one process runs at once: one for every 32 of its sends at once (see
 * DigestService.sendsAtOnce), at least one. A job's slots are claimed when it starts and then wait
 * for their sends; the Telegram and Discord adapters send 64 at once, so a process holds 2 jobs
 * (about 300 claims), which a fleet's share of Telegram's 30 messages a second sends within the
 * claims' lease; a poster that answers at once (256) keeps 8 jobs going (10,000 digests on
 * PostgreSQL, measured without earlier digests in the ledger, a variant of `npm run bench digests`:
 * 1.0 s with 8 jobs, 1.4 to 1.7 s with 4, 1.2 s with 16).
 */
const SENDS_PER_JOB_AT_ONCE = 32;
/**
 * pg-boss's record of a lost job (its process died): longer than a send may wait in a platform's
 * queue. The ledger, not this lease, decides who sends a slot: the next tick hands it out again.
 */
const DIGEST_JOB_LEASE_SECONDS = 40 * 60;
/** How often a process of a fleet looks for the claims of a process that died (ClaimHolder). */
const TAKE_OVER_EVERY_MS = 2_000;

/** A job's data, checked: it came through the database. */
const slotsJob = z.object({
  /** ISO time of the hand-out: the digests cover up to it. */
  at: z.iso.datetime(),
  slots: z
    .array(
      z.object({
        chat: z.object({ platform: z.string(), id: z.string() }),
        /** ISO time of the slot. */
        slot: z.iso.datetime(),
      }),
    )
    .max(MAX_SLOTS_PER_JOB),
});

/**
 * Fires digests. node-cron ticks at the start of every minute (in UTC, never overlapping itself);
 * each tick asks the DigestService which channels have a slot due, computed from their stored
 * settings in their own time zone, so daylight-saving changes, catch-up after downtime and settings
 * changes need no task to be rebuilt (see README, "Digests"). With a job queue, the due slots are
 * jobs: every process ticks, each slot waits in the queue once, and whichever live process takes
 * it sends it through the delivery ledger (the exactly-once record). Without one, this process
 * sends them itself.
 */
export class DigestScheduler {
  private task: ScheduledTask | undefined;
  private readonly workers = new Map<string, Promise<void>>();
  private running: Promise<unknown> = Promise.resolve();
  private takeOverTimer: ReturnType<typeof setTimeout> | undefined;
  private takingOver: Promise<void> = Promise.resolve();
  private stopped = false;
  private takeOverFailing = false;

  /** `holder`: in a fleet, this process's ClaimHolder, whose `release` it runs every 2 s. */
  constructor(
    private readonly digests: DigestService,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly jobs?: JobQueue,
    private readonly holder?: ClaimHolder,
  ) {}

  /** Sends what is due now (the catch-up after downtime), then starts the minute tick. */
  async start(): Promise<void> {
    // From the start: the catch-up below may run long in a fleet, and a process may die during it.
    this.scheduleTakeOver();
    await this.tick();
    const jobs = this.jobs;
    if (jobs) await Promise.all([...this.workers.keys()].map((queue) => jobs.idle(queue)));
    this.task = cron.schedule('* * * * *', () => this.tick(), {
      name: 'briefly-digests',
      timezone: 'UTC',
      noOverlap: true,
    });
    this.task.on('execution:missed', () => {
      this.logger.warn(
        {},
        'digest tick missed (the event loop was busy); the next tick catches up',
      );
    });
  }

  /**
   * Every TAKE_OVER_EVERY_MS (one look at a time): the slots whose claims a dead process held are
   * released in the ledger and handed out again as jobs, to whichever live process takes them.
   */
  private scheduleTakeOver(): void {
    if (!this.holder || !this.jobs || this.stopped) return;
    this.takeOverTimer = setTimeout(() => {
      this.takingOver = this.takeOver().finally(() => this.scheduleTakeOver());
    }, TAKE_OVER_EVERY_MS);
    this.takeOverTimer.unref();
  }

  /** Releases a dead process's claims and hands their slots out again. Never throws. */
  async takeOver(): Promise<void> {
    if (!this.holder || !this.jobs) return;
    try {
      const now = this.clock.now();
      const keys = await this.holder.release(now);
      // Already late (their process died with them): before the fan-out's waiting jobs.
      await this.handOut(this.jobs, keys, { at: now, first: true });
      this.takeOverFailing = false;
    } catch (error) {
      // Once per outage (the database restarting), not every 2 s.
      if (!this.takeOverFailing)
        this.logger.warn(
          { err: error },
          'could not look for claims of dead processes; trying again',
        );
      this.takeOverFailing = true;
    }
  }

  /** One round: deliver (or hand out as jobs) every due digest. Never throws. */
  tick(): Promise<void> {
    const round = this.round().then(
      () => undefined,
      (error: unknown) => this.logger.error({ err: error }, 'digest round failed'),
    );
    this.running = round;
    return round;
  }

  private async round(): Promise<void> {
    const now = this.clock.now();
    if (!this.jobs) {
      await this.digests.runDue(now);
      return;
    }
    const jobs = this.jobs;
    const slots = await this.digests.dueSlots(now);
    const queues = await this.handOut(
      jobs,
      slots.map(({ settings, slot }) => ({ chat: settings.chat, slot })),
      { at: now },
    );
    if (slots.length > 0) this.logger.info({ due: slots.length }, 'digests handed out as jobs');
    // One process (SQLite): the round is done when its digests are.
    if (jobs.kind === 'in-process') await Promise.all(queues.map((q) => jobs.idle(q)));
  }

  /** Enqueues the slots, a group per job, in their platforms' queues; the queues it used. */
  private async handOut(
    jobs: JobQueue,
    slots: readonly { chat: ChatRef; slot: Date }[],
    { at, first = false }: { at: Date; first?: boolean },
  ): Promise<string[]> {
    const queues = new Map<string, (typeof slots)[number][]>();
    for (const due of slots) {
      const queue = digestQueue(due.chat.platform);
      const list = queues.get(queue);
      if (list) list.push(due);
      else queues.set(queue, [due]);
    }
    for (const [queue, due] of queues) {
      await this.worker(queue, jobs);
      await jobs.enqueue(
        queue,
        slotGroups(due).map((group) => ({
          key: group.key,
          data: {
            at: at.toISOString(),
            slots: group.slots.map(({ chat, slot }) => ({ chat, slot: slot.toISOString() })),
          },
          first,
        })),
      );
    }
    return [...queues.keys()];
  }

  /** Starts this process's worker of a platform's digest queue, once. */
  private worker(queue: string, jobs: JobQueue): Promise<void> {
    let worker = this.workers.get(queue);
    if (!worker) {
      worker = jobs.work(
        queue,
        {
          concurrency: Math.max(
            1,
            Math.floor(this.digests.sendsAtOnce(platformOf(queue)) / SENDS_PER_JOB_AT_ONCE),
          ),
          leaseSeconds: DIGEST_JOB_LEASE_SECONDS,
        },
        async (data) => {
          const { at, slots } = slotsJob.parse(data);
          await this.digests.runScheduledSlots(
            slots.map(({ chat, slot }) => ({ chat, slot: new Date(slot) })),
            this.clock.now(),
            new Date(at),
          );
        },
      );
      this.workers.set(queue, worker);
    }
    return worker;
  }

  /** Stops ticking, starts no more slots of the round in progress, and waits for it. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.takeOverTimer);
    this.digests.stop();
    await this.task?.destroy();
    this.task = undefined;
    await this.running;
    await this.takingOver;
  }
}

/**
 * The slots in groups of about SLOTS_PER_JOB (smaller, up to SPREAD_GROUPS of them, for a fan-out
 * of a few hundred), each keyed by what it holds. Every process of the
 * fleet ticks and hands out the same due slots, so it must form the same groups: a channel's group
 * follows from a hash of its key and the number of groups (a power of two, so that processes whose
 * counts differ a little still agree), and a group's key from its sorted slots. A group the job
 * queue already holds is not added again; one that differs (a process saw a slot settled that
 * another did not) is added, and the ledger decides who sends each slot.
 */
export function slotGroups<T extends { chat: ChatRef; slot: Date }>(
  slots: readonly T[],
): { key: string; slots: T[] }[] {
  let count = 1;
  while (count * SLOTS_PER_JOB < slots.length) count *= 2;
  // A fan-out of a few hundred is spread too: over the processes that take its jobs.
  while (count < SPREAD_GROUPS && slots.length >= count * 2 * SPREAD_GROUP_MIN) count *= 2;
  const groups: { id: string; slot: T }[][] = Array.from({ length: count }, () => []);
  for (const slot of slots) {
    // JSON: no chat id can make two different slots read alike.
    const id = JSON.stringify([slot.chat.platform, slot.chat.id, slot.slot.getTime()]);
    groups[fnv1a(chatKey(slot.chat)) % count]?.push({ id, slot });
  }
  return groups.flatMap((group) => {
    group.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    // A group the hash made too large (many slots of few channels) goes out in sorted parts.
    const parts: (typeof group)[] = [];
    for (let start = 0; start < group.length; start += MAX_SLOTS_PER_JOB)
      parts.push(group.slice(start, start + MAX_SLOTS_PER_JOB));
    return parts.map((part) => {
      const hash = createHash('sha256');
      for (const { id } of part) hash.update(`${id}\n`);
      return { key: hash.digest('base64url'), slots: part.map(({ slot }) => slot) };
    });
  });
}
