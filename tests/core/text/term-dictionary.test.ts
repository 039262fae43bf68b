import { describe, expect, it } from 'vitest';
import { TermDictionary } from '../../../src/core/text/term-dictionary.js';
import { contentTerms } from '../../../src/core/text/terms.js';

const texts = [
  'Russia’s Foreign Ministry warned Japan on Monday; Tokyo’s reply came later.',
  'The U.S. and Mr. Smith met at 3.5 p.m. in No. 10 Downing St.',
  'Café owners in Zürich said prices rose 2.5% — “too much,” one said. 🗞️ Ελληνικά κείμενα.',
  'RELAXED export controls, relaxing rules, relaxes: all the same stem.',
];

describe('TermDictionary', () => {
  it('gives the same terms as contentTerms, as ids', () => {
    const dictionary = new TermDictionary(4);
    for (const text of texts) {
      const ids = [...dictionary.termIds(text)];
      expect(ids.map((id) => dictionary.term(id))).toEqual(contentTerms(text));
    }
  });

  it('gives one id to every form of a stem and keeps ids stable as it grows', () => {
    const dictionary = new TermDictionary(4);
    const [relaxed] = dictionary.termIds('relaxed');
    for (let i = 0; i < 5000; i++) dictionary.termIds(`word${i} other${i}`);
    expect(dictionary.termIds('RELAXING')[0]).toBe(relaxed);
    expect(dictionary.idOf('relax')).toBe(relaxed);
    expect(dictionary.size).toBeGreaterThan(10_000);
  });

  it('concatenates several texts in a view', () => {
    const dictionary = new TermDictionary();
    const view = dictionary.termIdsView(['harbour tunnel', 'tunnel reopens']);
    expect([...view].map((id) => dictionary.term(id))).toEqual([
      'harbour',
      'tunnel',
      'tunnel',
      'reopen',
    ]);
  });

  it('looks up query words without learning new ones', () => {
    const dictionary = new TermDictionary();
    const [, tunnel] = dictionary.termIds('harbour tunnel');
    const size = dictionary.size;
    expect([...dictionary.knownTermIds('Tunnels of zyxwv and qwerty')]).toEqual([
      dictionary.termIds('tunnel')[0],
    ]);
    for (let i = 0; i < 1000; i++) dictionary.knownTermIds(`random${i} words${i}`);
    expect(dictionary.size).toBe(size);
    expect(dictionary.knownTermIds('tunnel')[0]).toBe(tunnel);
  });
});
