import { dateFormat } from '../digests/date-format.js';
import type { Translator } from './translator.js';

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;

/** Intl formatters of one locale, built once (building one costs tens of microseconds). */
export class IntlFormats {
  private readonly lists = new Map<string, Intl.ListFormat>();
  private readonly numbers: Intl.NumberFormat;
  private readonly relative: Intl.RelativeTimeFormat;
  private names: Intl.DisplayNames | undefined;

  constructor(private readonly locale: string) {
    this.numbers = new Intl.NumberFormat(locale);
    this.relative = new Intl.RelativeTimeFormat(locale, { numeric: 'always', style: 'long' });
  }

  list(items: readonly string[], type: Intl.ListFormatType = 'conjunction'): string {
    let format = this.lists.get(type);
    if (!format) {
      format = new Intl.ListFormat(this.locale, { type, style: 'long' });
      this.lists.set(type, format);
    }
    return format.format(items);
  }

  number(value: number): string {
    return this.numbers.format(value);
  }

  /**
   * An age in whole minutes, hours or days ("12 minutes ago", "in 3 hours"), "just now" and "in
   * under a minute" from the catalogue, and the date itself beyond 30 days.
   */
  age(then: Date, now: Date, t: Pick<Translator, 't'>): string {
    const seconds = Math.round((now.getTime() - then.getTime()) / 1000);
    if (seconds < -MINUTE) return this.span(-seconds, 1);
    if (seconds < 0) return t.t('age.soon');
    if (seconds < MINUTE) return t.t('age.justNow');
    if (seconds > 30 * DAY)
      return dateFormat(this.locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(then);
    return this.span(seconds, -1);
  }

  private span(seconds: number, sign: 1 | -1): string {
    if (seconds < HOUR) return this.relative.format(sign * Math.floor(seconds / MINUTE), 'minute');
    if (seconds < DAY) return this.relative.format(sign * Math.floor(seconds / HOUR), 'hour');
    return this.relative.format(sign * Math.floor(seconds / DAY), 'day');
  }

  /**
   * `day`: "Thursday 26 November 2026"; `when`: "Thursday 26 November, 08:00"; `short`: "26 Nov 2026"
   * (a forum post's title); in the zone given.
   */
  date(at: Date, timeZone: string, style: 'day' | 'when' | 'short'): string {
    const options: Intl.DateTimeFormatOptions =
      style === 'day'
        ? { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }
        : style === 'short'
          ? { timeZone, day: 'numeric', month: 'short', year: 'numeric' }
          : {
              timeZone,
              weekday: 'long',
              day: 'numeric',
              month: 'long',
              hour: '2-digit',
              minute: '2-digit',
              hourCycle: 'h23',
            };
    return dateFormat(this.locale, options).format(at);
  }

  languageName(code: string): string {
    this.names ??= new Intl.DisplayNames(this.locale, { type: 'language' });
    return this.names.of(code) ?? code;
  }

  /** 0 = Sunday; 2026-11-01 was a Sunday. */
  weekday(day: number): string {
    return dateFormat(this.locale, { weekday: 'short', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2026, 10, 1 + day)),
    );
  }
}
