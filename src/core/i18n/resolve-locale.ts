import { DEFAULT_LOCALE, matchLocale, type CatalogueLocale } from './locales.js';

/**
 * What a platform says about language, as tags: `user` is the caller's own language (Discord
 * member locale), for answers only they see; `chat` is the chat's default (Discord server locale,
 * Telegram private chat: the user's language_code, console: LANG), for answers everyone sees.
 */
export interface LocaleHints {
  readonly user?: string | undefined;
  readonly chat?: string | undefined;
}

export interface ResolvedLocales {
  /** Answers the chat sees and digests: the channel's setting, else the chat's default, else English. */
  readonly public: CatalogueLocale;
  /** Errors, usage and refusals only the caller sees: the caller's own language, else `public`. */
  readonly private: CatalogueLocale;
}

export function resolveLocales(
  channelSetting: string | undefined,
  hints: LocaleHints = {},
): ResolvedLocales {
  const shared = matchLocale(channelSetting) ?? matchLocale(hints.chat) ?? DEFAULT_LOCALE;
  return { public: shared, private: matchLocale(hints.user) ?? shared };
}
