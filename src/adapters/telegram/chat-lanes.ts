import type { Delivery, OutboundMessage } from './outbound-types.js';
import type { QueueLimits } from './queue-limits.js';
import { SlidingWindow } from './sliding-window.js';

/** One message in the outbound queue. */
export interface Job {
  readonly message: OutboundMessage;
  readonly resolve: (delivery: Delivery) => void;
  /** When it was queued (the queue's clock), for the wait metric. */
  readonly queuedAt: number;
  attempts: number;
  rateLimitWaits: number;
  plain: boolean;
  /** Asked once, right before the first call (a digest's `sending` mark); false: not sent. */
  beforeSend: (() => Promise<boolean>) | undefined;
}

/** A chat's messages, sent in order one at a time, and the chat's own limits. */
export interface Lane {
  chatId: number;
  jobs: Job[];
  busy: boolean;
  pausedUntil: number;
  readonly windows: SlidingWindow[];
}

/** Chats that moved (groups that became supergroups) remembered at most, the oldest forgotten. */
const MOVES_REMEMBERED = 10_000;

/** The queue's lanes by chat id, and where chats moved to. */
export class ChatLanes {
  private readonly lanes = new Map<number, Lane>();
  private readonly moved = new Map<number, number>();

  constructor(private readonly limits: QueueLimits) {}

  /** The lane of a chat (made when first needed). */
  lane(chatId: number): Lane {
    let lane = this.lanes.get(chatId);
    if (!lane) {
      const { perChat, perGroup } = this.limits;
      const windows = [new SlidingWindow(perChat.count, perChat.windowMs)];
      if (chatId < 0) windows.push(new SlidingWindow(perGroup.count, perGroup.windowMs));
      lane = { chatId, jobs: [], busy: false, pausedUntil: 0, windows };
      this.lanes.set(chatId, lane);
    }
    return lane;
  }

  /** The lane of a chat if it has one. */
  existing(chatId: number): Lane | undefined {
    return this.lanes.get(chatId);
  }

  all(): IterableIterator<Lane> {
    return this.lanes.values();
  }

  /** Where messages to this chat go now (its new id once it moved). */
  current(chatId: number): number {
    return this.moved.get(chatId) ?? chatId;
  }

  remember(fromChatId: number, toChatId: number): void {
    this.moved.delete(fromChatId);
    this.moved.set(fromChatId, toChatId);
    if (this.moved.size > MOVES_REMEMBERED) this.moved.delete(this.moved.keys().next().value ?? 0);
  }

  /** Drops lanes that are empty and whose limits no longer matter, so memory stays bounded. */
  forgetIdle(now: number): void {
    for (const [chatId, lane] of this.lanes) {
      const quiet = lane.pausedUntil <= now && lane.windows.every((w) => w.isIdle(now));
      if (lane.jobs.length === 0 && !lane.busy && quiet) this.lanes.delete(chatId);
    }
  }
}
