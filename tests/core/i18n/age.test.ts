import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/core/i18n/catalogue.js';

const now = new Date('2026-11-26T12:00:00Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe('ages (Intl.RelativeTimeFormat in the reader’s language)', () => {
  const en = catalogue.translator('en');

  it('says how long ago in whole minutes, hours and days', () => {
    expect(en.age(ago(10), now)).toBe('just now');
    expect(en.age(ago(12 * 60), now)).toBe('12 minutes ago');
    expect(en.age(ago(3 * 3600 + 59), now)).toBe('3 hours ago');
    expect(en.age(ago(86_400), now)).toBe('1 day ago');
    expect(en.age(ago(5 * 86_400), now)).toBe('5 days ago');
    expect(en.age(ago(40 * 86_400), now)).toBe('17 Oct 2026');
  });

  it('says how soon for a time to come', () => {
    expect(en.age(ago(-20), now)).toBe('in under a minute');
    expect(en.age(ago(-5 * 60), now)).toBe('in 5 minutes');
    expect(en.age(ago(-21 * 3600), now)).toBe('in 21 hours');
  });

  it('uses each language’s own words and plural forms', () => {
    expect(catalogue.translator('de').age(ago(3 * 3600), now)).toBe('vor 3 Stunden');
    expect(catalogue.translator('ru').age(ago(2 * 86_400), now)).toBe('2 дня назад');
    expect(catalogue.translator('ru').age(ago(5 * 86_400), now)).toBe('5 дней назад');
    expect(catalogue.translator('uk').age(ago(21 * 60), now)).toBe('21 хвилину тому');
    expect(catalogue.translator('es').age(ago(-5 * 60), now)).toBe('dentro de 5 minutos');
    expect(catalogue.translator('fr').age(ago(86_400), now)).toBe('il y a 1 jour');
    expect(catalogue.translator('pt-BR').age(ago(2 * 3600), now)).toBe('há 2 horas');
  });
});
