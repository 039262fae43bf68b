import type { SupportedLocale } from '../locales.js';
import { de } from './de.js';
import type { StaticMessageKey } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { mentions } from './mentions.js';
import { ptBR } from './pt-BR.js';
import { ru } from './ru.js';
import { uk } from './uk.js';

/**
 * A language's messages: any of the English keys (a missing one falls back to English; a test lists
 * them), and `cmd.<command>.description`, `cmd.<command>.<option>.name|description` for commands.
 */
export type Translations = Partial<Readonly<Record<StaticMessageKey, string>>> &
  Readonly<Record<`cmd.${string}`, string>>;

/** English is `en.ts` itself (plus the commands' own descriptions), so it has no entries here. */
export const TRANSLATIONS: Readonly<Record<SupportedLocale, Translations>> = {
  en: {},
  // The role ping's messages live apart (mentions.ts) to keep each language's file within the limit.
  de: { ...de, ...mentions.de },
  es: { ...es, ...mentions.es },
  fr: { ...fr, ...mentions.fr },
  'pt-BR': { ...ptBR, ...mentions.ptBR },
  ru: { ...ru, ...mentions.ru },
  uk: { ...uk, ...mentions.uk },
};
