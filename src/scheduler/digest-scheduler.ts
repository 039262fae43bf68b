import cron, { type ScheduledTask } from 'node-cron';
import { z } from 'zod';
import type { DigestService } from '../core/digests/digest-service.js';
import { chatKey } from '../core/ports/chat-memory.js';
import type { Clock } from '../core/ports/clock.js';
import type { JobQueue } from '../core/ports/job-queue.js';
import type { Logger } from '../core/ports/logger.js';

/** The job queue of due digests: one job per (channel, slot), run by whichever process takes it. */
export const DIGEST_QUEUE = 'digest-slot';
/** Digests one process composes and sends at once (the platform queues pace the sends). */
const DIGESTS_AT_ONCE = 64;
/**
 * pg-boss's record of a lost job (its process died): longer than a send may wait in a platform's
 * queue. The ledger, not this lease, decides who sends a slot: the next tick hands it out again.
 */
const DIGEST_JOB_LEASE_SECONDS = 40 * 60;

/** A slot job's data, checked: it came through the database. */
const slotJob = z.object({
  chat: z.object({ platform: z.string(), id: z.string() }),
  /** ISO time of the slot. */
  slot: z.iso.datetime(),
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
  private worker: Promise<void> | undefined;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly digests: DigestService,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly jobs?: JobQueue,
  ) {}

  /** Sends what is due now (the catch-up after downtime), then starts the minute tick. */
  async start(): Promise<void> {
    await this.tick();
    if (this.jobs) await this.jobs.idle(DIGEST_QUEUE);
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
    this.worker ??= jobs.work(
      DIGEST_QUEUE,
      { concurrency: DIGESTS_AT_ONCE, leaseSeconds: DIGEST_JOB_LEASE_SECONDS },
      async (data) => {
        const { chat, slot } = slotJob.parse(data);
        await this.digests.runScheduledSlot(chat, new Date(slot), this.clock.now());
      },
    );
    await this.worker;
    const slots = await this.digests.dueSlots(now);
    await jobs.enqueue(
      DIGEST_QUEUE,
      slots.map(({ settings, slot }) => ({
        key: `${chatKey(settings.chat)}|${slot.toISOString()}`,
        data: { chat: settings.chat, slot: slot.toISOString() },
      })),
    );
    if (slots.length > 0) this.logger.info({ due: slots.length }, 'digests handed out as jobs');
    // One process (SQLite): the round is done when its digests are.
    if (jobs.kind === 'in-process') await jobs.idle(DIGEST_QUEUE);
  }

  /** Stops ticking, starts no more slots of the round in progress, and waits for it. */
  async stop(): Promise<void> {
    this.digests.stop();
    await this.task?.destroy();
    this.task = undefined;
    await this.running;
  }
}
