import type { Inline } from '../replies/reply.js';
import type { CatalogueLocale } from './locales.js';
import type { StaticMessageKey } from './messages/en.js';

export type MessageKey = StaticMessageKey;
/** Values for a message's placeholders: text, numbers (plurals count them) or dates. */
export type MessageValues = Readonly<Record<string, string | number | Date>>;
/** Values for a rich message: styled spans (a link, code) keep their styling where they land. */
export type RichValues = Readonly<Record<string, string | number | Inline>>;

/** A message that is translated where it is shown (a reason carried out of a lower layer). */
export interface Message {
  readonly key: MessageKey;
  readonly values?: MessageValues;
}

/** What a localised text is about: a command, one of its options, or an option's choice. */
export type CommandTextKind = 'description' | 'name' | 'optionDescription';

/**
 * Everything a reply needs to speak one language: catalogue messages and Intl formatting in that
 * locale. Commands get one in their context; digests get the channel's.
 */
export interface Translator {
  readonly locale: CatalogueLocale;
  /** The Intl locale dates, numbers and lists are formatted in (en → en-GB). */
  readonly formatLocale: string;
  t(key: MessageKey, values?: MessageValues): string;
  /** A message whose values are styled spans: returns inline content with the spans in place. */
  rich(key: MessageKey, values: RichValues): Inline[];
  /** A message carried as a value (e.g. a reason from a lower layer). */
  message(message: Message): string;
  /** A command's display name (Discord's localised names); English and typed commands: its own. */
  commandName(command: string): string;
  /** A command's description in this language (English: the command's own). */
  commandDescription(command: string, english: string): string;
  /** An option's display name (usage lines, Discord localisations); English: its schema key. */
  optionName(command: string, option: string): string;
  optionDescription(command: string, option: string, english: string): string;
  /** "a, b and c" (Intl.ListFormat). */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction' | 'unit'): string;
  number(value: number): string;
  /** "just now", "12 minutes ago", "in 3 hours" (Intl.RelativeTimeFormat); a date past 30 days. */
  age(then: Date, now: Date): string;
  /** A date or time in a time zone: `day` for digest headings, `when` for the next send. */
  date(at: Date, timezone: string, style: 'day' | 'when' | 'short'): string;
  /** A language's name in this language (Intl.DisplayNames): `de` → "German", "Deutsch", "немецкий". */
  languageName(code: string): string;
  /** A weekday's short name, 0 = Sunday. */
  weekday(day: number): string;
}

/** Text that is put into words where it is shown, in that reader's language (reasons from below). */
export type Localized = (t: Translator) => string;

/**
 * A reason in the reader's language: a lower layer's own refusal is `Localized`; a technical
 * detail (a network or parser error as the library words it) stays as written, like a log line.
 */
export function inWords(reason: string | Localized, t: Translator): string {
  return typeof reason === 'string' ? reason : reason(t);
}
