import type { LocalizationMap } from 'discord.js';
import { catalogue } from '../../core/i18n/catalogue.js';
import type { SupportedLocale } from '../../core/i18n/locales.js';
import type { Translator } from '../../core/i18n/translator.js';

/** Discord's locale codes for each language Briefly speaks (Spanish: Spain and Latin America). */
const DISCORD_LOCALES: Readonly<Record<Exclude<SupportedLocale, 'en'>, readonly string[]>> = {
  de: ['de'],
  es: ['es-ES', 'es-419'],
  fr: ['fr'],
  'pt-BR': ['pt-BR'],
  ru: ['ru'],
  uk: ['uk'],
};

/** Names Discord accepts: 1 to 32 lower-case letters, digits, "-" or "_" (any script). */
export const DISCORD_NAME = /^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u;

/**
 * `name_localizations` or `description_localizations` of catalogue `key`: its text in every
 * language that has one (a test lists the keys a language lacks; Discord shows English there).
 */
export function localizations(
  key: string,
  text: (t: Translator) => string,
  check: (localized: string, locale: string) => string,
): LocalizationMap {
  const map: Record<string, string> = {};
  for (const [locale, codes] of Object.entries(DISCORD_LOCALES)) {
    if (catalogue.own(locale as SupportedLocale, key) === undefined) continue;
    const value = check(text(catalogue.translator(locale as SupportedLocale)), locale);
    for (const code of codes) map[code] = value;
  }
  return map;
}

/** A localised name must follow Discord's rules too: a bad translation stops the start. */
export function validName(name: string, locale: string): string {
  if (!DISCORD_NAME.test(name) || name !== name.toLocaleLowerCase(locale))
    throw new Error(`The ${locale} name "${name}" is not a valid Discord name`);
  return name;
}
