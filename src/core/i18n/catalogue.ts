import { IntlMessageFormat } from 'intl-messageformat';
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { LruCache } from '../lru-cache.js';
import type { Inline } from '../replies/reply.js';
import { IntlFormats } from './intl-formats.js';
import {
  DEFAULT_LOCALE,
  formattingLocale,
  PSEUDO_LOCALE,
  type CatalogueLocale,
  type SupportedLocale,
} from './locales.js';
import { en } from './messages/en.js';
import { pseudoMessage, pseudoText } from './pseudo.js';
import type { MessageKey, MessageValues, RichValues, Translator } from './translator.js';
import { TRANSLATIONS, type Translations } from './messages/index.js';

/** Formatted messages remembered per language. */
const FORMATTED_CACHE = 4096;

export const commandKey = {
  description: (command: string) => `cmd.${command}.description` as const,
  optionName: (command: string, option: string) => `cmd.${command}.${option}.name` as const,
  optionDescription: (command: string, option: string) =>
    `cmd.${command}.${option}.description` as const,
};

/**
 * The message catalogue: English plus the translations, compiled once per (locale, message) with
 * intl-messageformat. A key a language lacks falls back to the English message (formatted with
 * English plural rules, since its text is English).
 */
export class Catalogue {
  private readonly compiled = new Map<string, IntlMessageFormat>();
  private readonly translators = new Map<CatalogueLocale, Translator>();

  constructor(
    private readonly translations: Readonly<Record<SupportedLocale, Translations>> = TRANSLATIONS,
  ) {}

  translator(locale: CatalogueLocale = DEFAULT_LOCALE): Translator {
    let translator = this.translators.get(locale);
    if (!translator) {
      translator = this.createTranslator(locale);
      this.translators.set(locale, translator);
    }
    return translator;
  }

  /** The text a language has for a key, without falling back (undefined when it lacks one). */
  own(locale: SupportedLocale, key: string): string | undefined {
    if (locale === 'en') return (en as Record<string, string>)[key];
    return (this.translations[locale] as Record<string, string | undefined>)[key];
  }

  private format(locale: CatalogueLocale, key: string, english: string | undefined) {
    const id = `${locale}\u0000${key}`;
    let format = this.compiled.get(id);
    if (!format) {
      const source = this.source(locale, key, english);
      if (source === undefined) return undefined;
      format = new IntlMessageFormat(source.message, source.locale, undefined, {
        ignoreTag: true,
      });
      this.compiled.set(id, format);
    }
    return format;
  }

  private source(
    locale: CatalogueLocale,
    key: string,
    english: string | undefined,
  ): { message: string | MessageFormatElement[]; locale: string } | undefined {
    const base = (en as Record<string, string>)[key] ?? english;
    if (locale === PSEUDO_LOCALE) {
      return base === undefined ? undefined : { message: pseudoMessage(base), locale: 'en' };
    }
    const own = this.own(locale, key);
    if (own !== undefined) return { message: own, locale };
    return base === undefined ? undefined : { message: base, locale: 'en' };
  }

  private createTranslator(locale: CatalogueLocale): Translator {
    const formatLocale = formattingLocale(locale);
    const formats = new IntlFormats(formatLocale);
    // Formatting a plural costs microseconds and digests repeat the same few messages and counts
    // for every channel: formatted texts are remembered (bounded), keyed by message and values.
    const literal = new Map<string, string>(); // messages without values: one text each
    const formatted = new LruCache<string, string>(FORMATTED_CACHE);
    const text = (key: string, values?: MessageValues, english?: string): string => {
      const known =
        values === undefined
          ? literal.get(key)
          : formatted.get(`${key}\u0000${JSON.stringify(values)}`);
      if (known !== undefined) return known;
      const format = this.format(locale, key, english);
      if (!format) return key;
      const result = String(format.format(values));
      if (values === undefined) literal.set(key, result);
      else formatted.set(`${key}\u0000${JSON.stringify(values)}`, result);
      return result;
    };
    const fallback = (key: string, english: string) => {
      const value = text(key, undefined, english);
      return value === key ? english : value;
    };
    const translator: Translator = {
      locale,
      formatLocale,
      t: (key: MessageKey, values?: MessageValues) => text(key, values),
      rich: (key: MessageKey, values: RichValues) => {
        const format = this.format(locale, key, undefined);
        if (!format) return [key];
        const parts = format.format<Inline>(values);
        return Array.isArray(parts) ? parts : [parts];
      },
      message: (message) => text(message.key, message.values),
      commandName: (command) =>
        locale === PSEUDO_LOCALE
          ? pseudoText(command)
          : (this.own(locale, `cmd.${command}.name`) ?? command),
      commandDescription: (command, english) => fallback(commandKey.description(command), english),
      optionName: (command, option) =>
        locale === PSEUDO_LOCALE
          ? pseudoText(option)
          : (this.own(locale, commandKey.optionName(command, option)) ?? option),
      optionDescription: (command, option, english) =>
        fallback(commandKey.optionDescription(command, option), english),
      list: (items, type) => formats.list(items, type),
      number: (value) => formats.number(value),
      age: (then, now) => formats.age(then, now, translator),
      date: (at, timezone, style) => formats.date(at, timezone, style),
      weekday: (day) => formats.weekday(day),
      languageName: (code) => formats.languageName(code),
    };
    return translator;
  }
}

/** One catalogue for the process: the compiled messages are shared by every chat. */
export const catalogue = new Catalogue();
