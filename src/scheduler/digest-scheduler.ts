import cron, { type ScheduledTask } from 'node-cron';
import type { DigestService } from '../core/digests/digest-service.js';
import type { Clock } from '../core/ports/clock.js';
import type { Logger } from '../core/ports/logger.js';

/**
 * Fires digests. node-cron ticks at the start of every minute (in UTC, never overlapping itself);
 * each tick asks the DigestService which channels have a slot due, computed from their stored
 * settings in their own time zone, so daylight-saving changes, catch-up after downtime and settings
 * changes need no task to be rebuilt (see README, "Digests").
 */
export class DigestScheduler {
  private task: ScheduledTask | undefined;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly digests: DigestService,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /** Sends what is due now (the catch-up after downtime), then starts the minute tick. */
  async start(): Promise<void> {
    await this.tick();
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

  /** One round: deliver every due digest. Never throws. */
  tick(): Promise<void> {
    const round = this.digests.runDue(this.clock.now()).then(
      () => undefined,
      (error: unknown) => this.logger.error({ err: error }, 'digest round failed'),
    );
    this.running = round;
    return round;
  }

  /** Stops ticking, starts no more slots of the round in progress, and waits for it. */
  async stop(): Promise<void> {
    this.digests.stop();
    await this.task?.destroy();
    this.task = undefined;
    await this.running;
  }
}
