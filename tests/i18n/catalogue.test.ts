import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { describeOptions } from '../../src/core/commands/option-spec.js';
import { Catalogue, catalogue, commandKey } from '../../src/core/i18n/catalogue.js';
import { matchLocale, SUPPORTED_LOCALES } from '../../src/core/i18n/locales.js';
import { en } from '../../src/core/i18n/messages/en.js';
import { TRANSLATIONS } from '../../src/core/i18n/messages/index.js';

const LANGUAGES = SUPPORTED_LOCALES.filter((l) => l !== 'en');

/** Every key a language needs: the English catalogue, and each command's and option's texts. */
function expectedKeys(): string[] {
  const keys: string[] = Object.keys(en);
  for (const command of commands) {
    keys.push(commandKey.description(command.name), `cmd.${command.name}.name`);
    for (const option of describeOptions(command.options)) {
      keys.push(
        commandKey.optionName(command.name, option.name),
        commandKey.optionDescription(command.name, option.name),
      );
    }
  }
  return keys;
}

function argumentsOf(elements: readonly MessageFormatElement[], into = new Set<string>()) {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type !== TYPE.tag) into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select)
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
  }
  return into;
}

function plurals(
  elements: readonly MessageFormatElement[],
): { options: string[]; pound: boolean }[] {
  return elements.flatMap((element) => {
    if (element.type !== TYPE.plural && element.type !== TYPE.select) return [];
    const inner = Object.values(element.options).flatMap((o) => plurals(o.value));
    if (element.type !== TYPE.plural) return inner;
    // "# статья": the count agrees with the noun after it (not "статьи с 1 по #").
    const pound = Object.values(element.options).some((o) =>
      o.value.some((e, i) => {
        const next = o.value[i + 1];
        return e.type === TYPE.pound && next?.type === TYPE.literal && /^\s\p{L}/u.test(next.value);
      }),
    );
    return [{ options: Object.keys(element.options), pound }, ...inner];
  });
}

describe('the message catalogue', () => {
  it('has every key in every language (these are the missing ones)', () => {
    const missing = Object.fromEntries(
      LANGUAGES.map((locale) => [
        locale,
        expectedKeys().filter((key) => catalogue.own(locale, key) === undefined),
      ]),
    );
    expect(missing).toEqual(Object.fromEntries(LANGUAGES.map((l) => [l, []])));
  });

  it('has no key that English lacks (a typo would never be shown)', () => {
    const expected = new Set(expectedKeys());
    for (const locale of LANGUAGES) {
      const extra = Object.keys(TRANSLATIONS[locale]).filter((key) => !expected.has(key));
      expect(extra, locale).toEqual([]);
    }
  });

  it('keeps every placeholder of the English message, and adds none', () => {
    for (const [key, english] of Object.entries(en)) {
      const wanted = [...argumentsOf(parse(english, { ignoreTag: true }))].sort();
      for (const locale of LANGUAGES) {
        const text = catalogue.own(locale, key);
        if (text === undefined) continue;
        expect(
          [...argumentsOf(parse(text, { ignoreTag: true }))].sort(),
          `${locale} ${key}`,
        ).toEqual(wanted);
      }
    }
  });

  it('uses only plural forms the language has, and all of them where a count agrees with a noun', () => {
    for (const locale of SUPPORTED_LOCALES) {
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      for (const key of Object.keys(en)) {
        const text = catalogue.own(locale, key);
        if (text === undefined) continue;
        for (const plural of plurals(parse(text, { ignoreTag: true }))) {
          const forms = plural.options.filter((o) => !o.startsWith('='));
          for (const form of forms) expect(categories, `${locale} ${key}: ${form}`).toContain(form);
          if (plural.pound && (locale === 'ru' || locale === 'uk'))
            expect(forms.sort(), `${locale} ${key}`).toEqual(['few', 'many', 'one', 'other']);
        }
      }
    }
  });

  it('formats plurals by the library in each language’s own rules', () => {
    const count = (locale: 'ru' | 'uk' | 'de' | 'fr', n: number) =>
      catalogue.translator(locale).t('digest.sent', { count: n });
    expect(count('ru', 1)).toBe('Дайджест отправлен: 1 новость.');
    expect(count('ru', 3)).toBe('Дайджест отправлен: 3 новости.');
    expect(count('ru', 5)).toBe('Дайджест отправлен: 5 новостей.');
    expect(count('ru', 21)).toBe('Дайджест отправлен: 21 новость.');
    expect(count('uk', 22)).toBe('Дайджест надіслано: 22 новини.');
    expect(count('uk', 11)).toBe('Дайджест надіслано: 11 новин.');
    expect(count('de', 1)).toBe('Digest gesendet: 1 Meldung.');
    expect(count('fr', 2)).toBe('Récapitulatif envoyé\u202f: 2 articles.');
  });

  it('falls back to English for a key a language lacks', () => {
    const partial = new Catalogue({
      ...TRANSLATIONS,
      de: { 'news.heading': 'Neueste Nachrichten' },
    });
    const t = partial.translator('de');
    expect(t.t('news.heading')).toBe('Neueste Nachrichten');
    expect(t.t('digest.sent', { count: 2 })).toBe('Digest sent: 2 stories.');
    expect(t.commandDescription('news', 'The latest articles')).toBe('The latest articles');
    expect(t.optionName('news', 'count')).toBe('count');
  });

  it('matches platform language tags to the languages it speaks', () => {
    expect(matchLocale('de-AT')).toBe('de');
    expect(matchLocale('de_DE.UTF-8')).toBe('de');
    expect(matchLocale('es-ES')).toBe('es');
    expect(matchLocale('es-419')).toBe('es');
    expect(matchLocale('pt-BR')).toBe('pt-BR');
    expect(matchLocale('pt')).toBe('pt-BR');
    expect(matchLocale('en-US')).toBe('en');
    expect(matchLocale('uk')).toBe('uk');
    expect(matchLocale('C.UTF-8')).toBeUndefined();
    expect(matchLocale('ja')).toBeUndefined();
    expect(matchLocale(undefined)).toBeUndefined();
  });
});
