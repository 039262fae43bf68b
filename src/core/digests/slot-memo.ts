import type { DigestSettings } from '../ports/digest-store.js';
import { scheduleOf } from './digest-settings.js';
import { previousSlot } from './schedule.js';

/**
 * Channels' latest slots at an instant. Channels share a few schedules, and each one's slot is
 * worked out once a minute (time zones cost: 40 µs a job, 0.4 s of CPU for 10,000 digest jobs).
 * Slots fall on whole minutes, so every instant of a minute has the same latest slot.
 */
export class SlotMemo {
  /** The minute (ms / 60,000) whose slots are remembered, by schedule. */
  private slots = { minute: -1, of: new Map<string, Date>() };

  /** The channel's latest slot at `now`. */
  slotAt(settings: DigestSettings, now: Date): Date {
    const minute = Math.floor(now.getTime() / 60_000);
    if (minute !== this.slots.minute) this.slots = { minute, of: new Map() };
    const schedule = scheduleOf(settings);
    const key = `${schedule.timezone}|${schedule.minuteOfDay}|${schedule.days.join()}`;
    let slot = this.slots.of.get(key);
    if (!slot) this.slots.of.set(key, (slot = previousSlot(schedule, now)));
    return slot;
  }
}

/**
 * Lateness in whole minutes: the tick of the slot's own minute (a few ms after it) is never late,
 * so DIGEST_CATCH_UP_MINUTES=0 means "only on time".
 */
export function lateMinutes(slot: Date, now: Date): number {
  return Math.floor((now.getTime() - slot.getTime()) / 60_000);
}
