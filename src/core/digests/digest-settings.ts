import type { ChatRef } from '../ports/chat-memory.js';
import type { DigestSettings, DigestTarget } from '../ports/digest-store.js';
import type { Translator } from '../i18n/translator.js';
import { formatTime, nextSlot, type Schedule } from './schedule.js';

export const MIN_SIZE = 1;
export const MAX_SIZE = 20;

/** Settings a channel has before any moderator changed them (digest off). */
export interface DigestDefaults {
  readonly minuteOfDay: number;
  readonly timezone: string;
  readonly size: number;
}

/** A moderator's change; every field already validated. */
export interface SettingsChange {
  readonly enabled?: boolean;
  readonly minuteOfDay?: number;
  readonly days?: readonly number[];
  readonly timezone?: string;
  readonly size?: number;
  readonly topics?: readonly string[];
  readonly language?: string;
  readonly showImages?: boolean;
  /** A role id, or '' to stop pinging. */
  readonly pingRole?: string;
  /** Where digests go; null: the channel itself again. */
  readonly target?: DigestTarget | null;
}

export function defaultSettings(
  chat: ChatRef,
  defaults: DigestDefaults,
  now: Date,
): DigestSettings {
  return {
    chat,
    enabled: false,
    minuteOfDay: defaults.minuteOfDay,
    days: [0, 1, 2, 3, 4, 5, 6],
    timezone: defaults.timezone,
    size: defaults.size,
    topics: [],
    showImages: true,
    active: true,
    scheduleFrom: now,
    updatedAt: now,
  };
}

/**
 * Applies a change. Turning the digest on, or moving its time, days or zone, restarts the schedule
 * from now, so that a slot already past today is not sent at once. A change by a moderator also
 * marks the channel reachable again.
 */
export function applyChange(
  current: DigestSettings,
  change: SettingsChange,
  now: Date,
): DigestSettings {
  let next: DigestSettings = {
    ...current,
    ...definedOnly(change),
    active: true,
    inactiveReason: undefined,
    updatedAt: now,
  };
  // An empty language clears the setting: the platform's language applies again.
  if (next.language === '') next = { ...next, language: undefined };
  if (next.pingRole === '') next = { ...next, pingRole: undefined };
  // A new target (or none) starts with no problem: the next digest tells again.
  if (change.target !== undefined)
    next = { ...next, target: change.target ?? undefined, targetProblem: undefined };
  const rescheduled =
    (change.enabled === true && !current.enabled) ||
    next.minuteOfDay !== current.minuteOfDay ||
    next.timezone !== current.timezone ||
    next.days.join() !== current.days.join();
  return rescheduled ? { ...next, scheduleFrom: now } : next;
}

function definedOnly(change: SettingsChange): Partial<DigestSettings> {
  const defined: Partial<Record<keyof SettingsChange, unknown>> = {};
  for (const [key, value] of Object.entries(change) as [keyof SettingsChange, unknown][]) {
    if (value !== undefined) defined[key] = value;
  }
  return defined as Partial<DigestSettings>;
}

export function scheduleOf(settings: DigestSettings): Schedule {
  return { minuteOfDay: settings.minuteOfDay, days: settings.days, timezone: settings.timezone };
}

/** When the next digest goes out, or undefined when it is off or the channel is unreachable. */
export function nextSend(settings: DigestSettings, now: Date): Date | undefined {
  if (!settings.enabled || !settings.active) return undefined;
  const from = now.getTime() > settings.scheduleFrom.getTime() ? now : settings.scheduleFrom;
  return nextSlot(scheduleOf(settings), from);
}

/** "08:00 Europe/Berlin, weekdays (Mon–Fri), 5 stories, topics: all", in the reader's language. */
export function describeSchedule(settings: DigestSettings, t: Translator): string {
  return t.t('digest.scheduleLine', {
    time: formatTime(settings.minuteOfDay),
    zone: settings.timezone,
    days: describeDays(settings.days, t),
    size: settings.size,
    topics: settings.topics.length > 0 ? settings.topics.join(', ') : t.t('digest.topicsAll'),
  });
}

/** "daily", "weekdays (Mon–Fri)", "weekends", or the days' short names in Monday-first order. */
export function describeDays(days: readonly number[], t: Translator): string {
  const key = [...days].sort((a, b) => a - b).join(',');
  if (key === '0,1,2,3,4,5,6') return t.t('digest.daily');
  if (key === '1,2,3,4,5') return t.t('digest.weekdays');
  if (key === '0,6') return t.t('digest.weekends');
  return [...days]
    .sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7))
    .map((d) => t.weekday(d))
    .join(', ');
}
