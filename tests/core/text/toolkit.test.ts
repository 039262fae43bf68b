import { describe, expect, it } from 'vitest';
import { ArticleIndex } from '../../../src/core/articles/article-index.js';
import type { Article } from '../../../src/core/articles/article.js';
import { findSupport } from '../../../src/core/sources/find-support.js';
import { createExtractiveSummarizer } from '../../../src/core/summaries/extractive-summarizer.js';
import { buildSentenceGraph } from '../../../src/core/summaries/sentence-graph.js';
import { splitSentences } from '../../../src/core/text/sentences.js';
import { contentTerms } from '../../../src/core/text/terms.js';
import { clearlyEnglish, languageOf, toolkitFor } from '../../../src/core/text/toolkit.js';
import { draft } from '../../support/builders.js';
import {
  ENGLISH,
  FOREIGN_NEWS,
  GERMAN,
  RUSSIAN,
  SPANISH,
} from '../../support/foreign-paragraphs.js';

function indexOf(drafts = FOREIGN_NEWS) {
  const index = new ArticleIndex();
  drafts.forEach((d, i) => index.upsert(`a${i}`, d));
  return index;
}
const article = (index: ArticleIndex, title: string): Article =>
  index.all().find((a) => a.title === title)!;

describe('articles in other languages: the text toolkit', () => {
  it('detects German, Spanish, Russian and English, and keeps a language the article states', () => {
    const index = indexOf();
    expect(languageOf(article(index, GERMAN.title))).toBe('de');
    expect(languageOf(article(index, SPANISH.title))).toBe('es');
    expect(languageOf(article(index, RUSSIAN.title))).toBe('ru');
    expect(languageOf(article(index, ENGLISH.title))).toBe('en');
    const stated = new ArticleIndex();
    stated.upsert('x', { ...SPANISH, language: 'pt-BR' });
    expect(languageOf(stated.all()[0]!)).toBe('pt');
    const short = new ArticleIndex();
    short.upsert('y', draft({ title: 'Kurz', text: ['Ja.'] }));
    expect(languageOf(short.all()[0]!)).toBe('en');
  });

  it('answers English without franc only when the text can be nothing else', () => {
    const news =
      'The city council voted on Tuesday to close the bridge for repairs, a spokesman said, and the work is expected to last until the end of the month, which has angered commuters who use it.';
    expect(clearlyEnglish(news)).toBe(true);
    // Accents, umlauts or ß: another language's letters, so franc decides.
    expect(clearlyEnglish(`${news} Café`)).toBe(false);
    // German, Spanish, French and Portuguese written without any accented letter.
    for (const foreign of [
      'Die Regierung hat am Montag beschlossen, dass die Steuer auf Benzin im Januar steigt, was viele Pendler in der Stadt und auf dem Land trifft, sagte ein Sprecher.',
      'El gobierno anuncio el lunes que el impuesto sobre la gasolina subira en enero, lo que afecta a muchos conductores de la ciudad y del campo, dijo un portavoz.',
      'Le gouvernement a dit lundi que la taxe sur le carburant va monter en janvier, ce qui touche beaucoup de conducteurs de la ville et de la campagne, on le sait.',
      'O governo disse na segunda que o imposto sobre a gasolina vai subir em janeiro, o que afeta muitos motoristas da cidade e do campo, disse um porta-voz.',
    ])
      expect(clearlyEnglish(foreign)).toBe(false);
    // Too short to be sure of anything.
    expect(clearlyEnglish('The bridge is closed.')).toBe(false);
    expect(languageOf(draft({ title: 'Bridge', text: [news] }))).toBe('en');
  });

  it('stems and drops stop words by language (Snowball where there is one)', () => {
    expect(contentTerms('Die Häuser und das Haus', toolkitFor('de'))).toEqual(['haus', 'haus']);
    expect(contentTerms('las huelgas de los trenes', toolkitFor('es'))).toEqual(['huelg', 'tren']);
    expect(contentTerms('новостями и новости', toolkitFor('ru'))).toEqual(['новост', 'новост']);
    // Ukrainian: stop words, but no Snowball stemmer: words are kept whole.
    expect(contentTerms('новини та новини', toolkitFor('uk'))).toEqual(['новини', 'новини']);
    // English reads the same German words as other words entirely.
    expect(contentTerms('Die Häuser', toolkitFor('en'))).toEqual(['die', 'häuser']);
  });

  it('splits sentences with the article language’s segmenter', () => {
    expect(splitSentences(GERMAN.paragraphs[0]!.text, 'de')).toHaveLength(2);
    expect(splitSentences(RUSSIAN.paragraphs[0]!.text, 'ru')).toHaveLength(2);
    expect(splitSentences(SPANISH.paragraphs[0]!.text, 'es')).toHaveLength(2);
  });

  it('searches every language with its own stemmer: inflected queries find their articles', () => {
    const index = indexOf();
    expect(index.search('Streiks', 3)[0]?.article.title).toBe(GERMAN.title);
    expect(index.search('huelgas trenes', 3)[0]?.article.title).toBe(SPANISH.title);
    expect(index.search('забастовками', 3)[0]?.article.title).toBe(RUSSIAN.title);
    expect(index.search('tunnels', 3)[0]?.article.title).toBe(ENGLISH.title);
  });

  it('matches a claim in the article’s language, whatever the inflection', () => {
    const index = indexOf();
    const de = findSupport(
      article(index, GERMAN.title),
      'Achtzig Prozent der Fernzüge fallen wegen des Streiks aus',
    );
    expect(de[0]?.text).toContain('achtzig Prozent der Fernzüge');
    const ru = findSupport(
      article(index, RUSSIAN.title),
      'забастовка машиниста из-за нехватки персонала',
    );
    expect(ru[0]?.text).toContain('нехватки персонала');
    // "пассажиры" (claim) and "пассажиров" (article) are one stem in Russian.
    const riders = findSupport(article(index, RUSSIAN.title), 'пассажиры пересели на автобусы');
    expect(riders[0]?.text).toContain('Тысячи пассажиров пересели на автобусы');
    expect(findSupport(article(index, RUSSIAN.title), 'космонавты высадились на Луне')).toEqual([]);
  });

  it('summarises with the language’s stems: inflected forms make sentences similar', () => {
    const sentences = ['Die Gebühren steigen morgen.', 'Höhere Gebühr geplant.'];
    const german = buildSentenceGraph(sentences, toolkitFor('de'));
    const english = buildSentenceGraph(sentences, toolkitFor('en'));
    expect(english.similarity[1]).toBe(0);
    expect(german.similarity[1]).toBeGreaterThan(0);
    // "die" and "morgen" are German stop words: gebühr and steig are the content.
    expect(german.termCount(0)).toBe(2);
  });

  it('summarises German, Spanish and Russian articles with their own sentences and sources', async () => {
    const index = indexOf();
    const summarizer = createExtractiveSummarizer();
    for (const d of [GERMAN, SPANISH, RUSSIAN]) {
      const a = article(index, d.title);
      const summary = await summarizer.summarize(a, 2);
      expect(summary.sentences).toHaveLength(2);
      const text = a.paragraphs.map((p) => p.text).join(' ');
      for (const s of summary.sentences) expect(text).toContain(s.text);
      expect(summary.sentences[0]?.source).toBeDefined();
    }
  });
});
