import type { Logger } from '../../core/ports/logger.js';
import type { SendBucket, SendBudget } from '../../core/ports/send-budget.js';
import { acquireTurn } from '../../core/sending/acquire-send.js';
import type { QueueLimits } from './queue-limits.js';

/** The fleet's send budget and this bot's id (the first part of its token), which names its buckets. */
export interface FleetPacing {
  readonly budget: SendBudget;
  readonly botId: string;
}

export interface TurnOptions {
  readonly logger: Logger;
  readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly signal: AbortSignal;
  /** Return this long before the turn (see MarkLead); resolves with the ms still to wait. */
  readonly leadMs: number;
}

/**
 * Waits for the fleet-wide turn of a send to this chat: the bot's overall rate (queued, reserved up
 * to `fleetHorizonMs` ahead), the chat's and the group's (reserved only when free now).
 */
export function fleetTurn(
  fleet: FleetPacing,
  chatId: number,
  limits: QueueLimits,
  options: TurnOptions,
): Promise<number> {
  const { perChat, perGroup, fleetOverall } = limits;
  const buckets: SendBucket[] = [
    { key: `tg:${fleet.botId}:all`, rate: fleetOverall, queued: true },
    { key: `tg:${fleet.botId}:chat:${chatId}`, rate: perChat },
  ];
  if (chatId < 0) buckets.push({ key: `tg:${fleet.botId}:group:${chatId}`, rate: perGroup });
  return acquireTurn(fleet.budget, buckets, {
    ...options,
    horizonMs: limits.fleetHorizonMs,
    // A chat refused now asks again within a quarter second of when it is free, not a quarter of
    // the long horizon later.
    spreadMs: 250,
  });
}

/** Durations remembered, and the share of them a lead covers. */
const REMEMBERED = 64;
const COVERED = 0.95;
/**
 * Never more: a process killed while a marked send waits for its turn leaves that digest unknown
 * (never repeated on Telegram: lost). Measured with 3 processes, a lead up to 0.5 s and marks
 * retaking a missed turn left 13 sends marked and unsent at a SIGKILL; the lead is kept short.
 */
export const MAX_LEAD_MS = 150;

/**
 * How long before its fleet turn a digest's `sending` mark is written: the mark is a database write
 * (milliseconds; hundreds when the database is busy), and a send that leaves that much after its
 * turn while the next ones leave on theirs puts more than the limit into one second at Telegram:
 * 429s. The lead covers 95 % of the recent marks, so most sends leave on their turn, and is kept
 * short (at most MAX_LEAD_MS), so that few marked sends wait when a process dies; a mark slower
 * than that delays its send (still sent: its digest is marked).
 */
export class MarkLead {
  private readonly durations: number[] = [];

  record(ms: number): void {
    this.durations.push(ms);
    if (this.durations.length > REMEMBERED) this.durations.shift();
  }

  get ms(): number {
    if (this.durations.length === 0) return 0;
    const sorted = [...this.durations].sort((a, b) => a - b);
    const covered = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * COVERED))] ?? 0;
    return Math.min(MAX_LEAD_MS, covered);
  }
}
