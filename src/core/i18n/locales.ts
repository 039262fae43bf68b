/** The languages Briefly speaks. English is the source language and the fallback. */
export const SUPPORTED_LOCALES = ['en', 'de', 'es', 'fr', 'pt-BR', 'ru', 'uk'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/** A pseudo-locale for tests: every catalogue word is accented, so English that bypassed it shows. */
export const PSEUDO_LOCALE = 'en-XA';
export type CatalogueLocale = SupportedLocale | typeof PSEUDO_LOCALE;

export const DEFAULT_LOCALE: SupportedLocale = 'en';

/** Each language's own name, for the list an unknown code gets. */
export const LANGUAGE_NAMES: Readonly<Record<SupportedLocale, string>> = {
  en: 'English',
  de: 'Deutsch',
  es: 'Español',
  fr: 'Français',
  'pt-BR': 'Português (Brasil)',
  ru: 'Русский',
  uk: 'Українська',
};

/**
 * The supported locale a platform's or user's language tag means, or undefined when Briefly does
 * not speak it. Accepts BCP 47 (`de-AT`, `pt-BR`, Discord's `es-ES`, Telegram's `uk`) and POSIX
 * locale names (`de_DE.UTF-8`, as in LANG). Every Portuguese goes to pt-BR, the one we have.
 */
export function matchLocale(tag: string | undefined | null): CatalogueLocale | undefined {
  if (!tag) return undefined;
  const cleaned = tag
    .trim()
    .replace(/[.@].*$/, '')
    .replace(/_/g, '-')
    .toLowerCase();
  if (cleaned === PSEUDO_LOCALE.toLowerCase()) return PSEUDO_LOCALE;
  const language = cleaned.split('-')[0] ?? '';
  if (language === 'pt') return 'pt-BR';
  return SUPPORTED_LOCALES.find((locale) => locale === language);
}

/**
 * The locale for Intl formatting. English keeps the day-month order Briefly has always written
 * ("Thursday, 26 November"); the others use their language's own conventions. The pseudo-locale
 * formats in Greek, so dates, ages and lists in its output are not Latin letters either and any
 * Latin word left is English that missed the catalogue.
 */
export function formattingLocale(locale: CatalogueLocale): string {
  if (locale === 'en') return 'en-GB';
  if (locale === PSEUDO_LOCALE) return 'el';
  return locale;
}
