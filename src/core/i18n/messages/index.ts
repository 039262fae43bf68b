import type { SupportedLocale } from '../locales.js';
import { de } from './de.js';
import type { StaticMessageKey } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { mentions } from './mentions.js';
import { opml } from './opml.js';
import { threads } from './threads.js';
import { ptBR } from './pt-BR.js';
import { ru } from './ru.js';
import { uk } from './uk.js';
import { panelDe } from './panel/de.js';
import { panelEs } from './panel/es.js';
import { panelFr } from './panel/fr.js';
import { panelPtBR } from './panel/pt-BR.js';
import { panelRu } from './panel/ru.js';
import { panelUk } from './panel/uk.js';

/**
 * A language's messages: any of the English keys (a missing one falls back to English; a test lists
 * them), and `cmd.<command>.description`, `cmd.<command>.<option>.name|description` for commands.
 */
export type Translations = Partial<Readonly<Record<StaticMessageKey, string>>> &
  Readonly<Record<`cmd.${string}`, string>>;

/**
 * English is `en.ts` itself (plus the commands' own descriptions), so it has no entries here. The
 * control panel's words (src/web) are in `panel/`, one file per language.
 */
export const TRANSLATIONS: Readonly<Record<SupportedLocale, Translations>> = {
  en: {},
  // The role ping's, OPML's and digest targets' messages live apart (mentions.ts, opml.ts,
  // threads.ts) to keep
  // each language's file within the limit.
  de: { ...de, ...mentions.de, ...opml.de, ...threads.de, ...panelDe },
  es: { ...es, ...mentions.es, ...opml.es, ...threads.es, ...panelEs },
  fr: { ...fr, ...mentions.fr, ...opml.fr, ...threads.fr, ...panelFr },
  'pt-BR': { ...ptBR, ...mentions.ptBR, ...opml.ptBR, ...threads.ptBR, ...panelPtBR },
  ru: { ...ru, ...mentions.ru, ...opml.ru, ...threads.ru, ...panelRu },
  uk: { ...uk, ...mentions.uk, ...opml.uk, ...threads.uk, ...panelUk },
};
