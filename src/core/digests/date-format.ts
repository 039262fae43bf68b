const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A memoised Intl.DateTimeFormat: building one costs tens of microseconds, and digests format a date
 * per channel. Throws, as Intl does, for an unknown time zone.
 */
export function dateFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = JSON.stringify([locale, options]);
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

/** "Monday 7 December, 08:00" in the channel's time zone: when the next digest goes out. */
export function formatWhen(at: Date, timezone: string): string {
  return dateFormat('en-GB', {
    timeZone: timezone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}
