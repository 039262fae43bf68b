import { describe, expect, it } from 'vitest';
import { nltkPorterStem } from '../../../bench/eval/nltk-porter.js';

// Expected stems are what NLTK 3.8's PorterStemmer() (mode NLTK_EXTENSIONS) returns.
const NLTK_STEMS: Record<string, string> = {
  caresses: 'caress',
  ponies: 'poni',
  agreed: 'agre',
  feed: 'feed',
  plastered: 'plaster',
  motoring: 'motor',
  sing: 'sing',
  conflated: 'conflat',
  troubled: 'troubl',
  sized: 'size',
  hopping: 'hop',
  tanned: 'tan',
  falling: 'fall',
  hissing: 'hiss',
  fizzed: 'fizz',
  failing: 'fail',
  filing: 'file',
  happy: 'happi',
  happily: 'happili',
  relational: 'relat',
  conditional: 'condit',
  rational: 'ration',
  generously: 'gener',
  electrical: 'electr',
  formalize: 'formal',
  triplicate: 'triplic',
  hopeful: 'hope',
  adoption: 'adopt',
  irritant: 'irrit',
  effective: 'effect',
  allowance: 'allow',
  controlling: 'control',
  roll: 'roll',
};

/** Where NLTK's extensions differ from the original algorithm (the npm `stemmer` package). */
const NLTK_EXTENSIONS: Record<string, string> = {
  days: 'day',
  enjoy: 'enjoy',
  dying: 'die',
  lying: 'lie',
  died: 'die',
  dies: 'die',
  flies: 'fli',
  carefully: 'care',
  biology: 'biolog',
  geology: 'geolog',
  sky: 'sky',
  skies: 'sky',
  news: 'news',
  innings: 'inning',
  succeeding: 'succeed',
  is: 'is',
  as: 'as',
};

describe('nltkPorterStem', () => {
  it.each(Object.entries(NLTK_STEMS))(
    'stems %s to %s as the Porter algorithm does',
    (word, stem) => {
      expect(nltkPorterStem(word)).toBe(stem);
    },
  );

  it.each(Object.entries(NLTK_EXTENSIONS))('stems %s to %s as NLTK does', (word, stem) => {
    expect(nltkPorterStem(word)).toBe(stem);
  });
});
