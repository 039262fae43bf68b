import Negotiator from 'negotiator';
import { catalogue } from '../core/i18n/catalogue.js';
import { DEFAULT_LOCALE, matchLocale, type CatalogueLocale } from '../core/i18n/locales.js';
import type { Translator } from '../core/i18n/translator.js';
import type { WebSession } from '../core/ports/panel-store.js';

/**
 * The session secret (server-side data, never sent) that keeps the language the platform gave
 * at sign-in: Telegram's `language_code`, Discord's user `locale` from `identify`.
 */
export const SESSION_LOCALE = 'locale';

/**
 * The page's language: the signed-in user's own language as the platform knows it, else the
 * browser's Accept-Language (negotiator ranks it by q-values), else English. A language Briefly
 * does not speak is skipped for the next one the browser accepts.
 */
export function pageLocale(
  session: WebSession | undefined,
  acceptLanguage: string | undefined,
): CatalogueLocale {
  const own = matchLocale(session?.user ? session.secrets[SESSION_LOCALE] : undefined);
  if (own) return own;
  const accepted = new Negotiator({ headers: { 'accept-language': acceptLanguage ?? '' } });
  for (const tag of acceptLanguage ? accepted.languages() : []) {
    const locale = matchLocale(tag);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}

/** The translator for a request's page (the same catalogue the bot's answers come from). */
export function pageTranslator(
  session: WebSession | undefined,
  headers: Readonly<Record<string, string | string[] | undefined>>,
): Translator {
  const header = headers['accept-language'];
  return catalogue.translator(pageLocale(session, Array.isArray(header) ? header[0] : header));
}
