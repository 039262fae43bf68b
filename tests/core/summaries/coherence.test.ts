import { describe, expect, it } from 'vitest';
import { danglingOpenings, needsPredecessor } from '../../../src/core/summaries/coherence.js';
import { selectSentences } from '../../../src/core/summaries/select-sentences.js';

describe('needsPredecessor', () => {
  it.each([
    'He said the tunnel would reopen in spring.',
    '“They never told us,” a resident said.',
    "It's the third closure this year.",
    'Its walls were cracked.',
    'But the council refused to pay.',
    'That is why the ferry stopped.',
    'As a result, the bridge stays shut.',
    'This decision angered the drivers.',
    'These repairs will cost millions.',
    'However, nobody was hurt.',
    '(And the mayor agreed.)',
    'It was his second visit to the harbour.',
    'Instead, the city built a ferry.',
  ])('is true for %j', (sentence) => {
    expect(needsPredecessor(sentence)).toBe(true);
  });

  it.each([
    'This week the council met twice.',
    'That Monday morning the river rose.',
    'So-called smart meters were installed.',
    'Butler said the vote was close.',
    'Then-President Ruiz opened the bridge.',
    'Hebrew and Arabic signs were added.',
    'Italy won the match.',
    'It is unclear whether the bridge will reopen.',
    'It was not immediately clear how many drivers were hurt.',
    "It's hard to say when the tunnel reopens.",
    'Instead of a bridge, the city built a ferry.',
    'In addition to the tolls, drivers pay a fee.',
    'Those who live nearby complained about the noise.',
    'The council refused to pay.',
    '',
  ])('is false for %j', (sentence) => {
    expect(needsPredecessor(sentence)).toBe(false);
  });

  it('counts the picked sentences whose leaning opening has no picked predecessor', () => {
    const sentences = ['The vote was close.', 'But it passed.', 'He left.', 'Rain fell.'];
    expect(danglingOpenings(sentences, [0, 1, 3])).toBe(0);
    expect(danglingOpenings(sentences, [1, 2])).toBe(1);
    expect(danglingOpenings(sentences, [0, 2])).toBe(1);
  });
});

const story = [
  'The city council voted on Tuesday to close the old harbour bridge for repairs.',
  'Engineers found deep cracks in the harbour bridge during an inspection last month.',
  'She said the harbour bridge repairs would take at least two years to finish.',
  'But drivers say the harbour bridge closure will double their journeys to work.',
  'A new ferry across the harbour will carry cyclists while the bridge is closed.',
  'They hope the ferry will take some of the traffic off the harbour roads.',
];

describe('selection with the coherence rule', () => {
  it('brings in the predecessor of a leaning sentence, or passes it over, for every budget', () => {
    for (let count = 1; count <= story.length; count++) {
      const picked = selectSentences({ sentences: story }, count);
      expect(picked.length).toBeLessThanOrEqual(count);
      expect(danglingOpenings(story, picked)).toBe(0);
    }
  });

  it('passes over a leaning sentence when only one sentence is asked for', () => {
    // The pronoun-led sentence is the most central one, but alone it would dangle.
    const sentences = [
      'Rain fell across the region overnight.',
      'The harbour bridge, closed for repairs since spring, reopened on Friday.',
      'It reopened on Friday after the harbour bridge repairs ended early on Friday.',
    ];
    const [only] = selectSentences({ sentences }, 1);
    expect(only).toBeDefined();
    expect(needsPredecessor(sentences[only ?? 0] ?? '')).toBe(false);
  });

  it('takes a leaning sentence only after its predecessor, which has to earn its place alone', () => {
    const sentences = [
      'The harbour bridge reopened on Friday after two years of repairs.',
      'A bakery on the quay sold out of bread before noon.',
      'It cost the city forty million euros, twice the first estimate.',
      'Drivers queued for an hour to cross the river on the first morning.',
      'Ferry crews will now return to the northern crossing.',
    ];
    // The leaning sentence scores high, its predecessor (an aside) low: the aside is not taken
    // just to let the leaning sentence in; the next best sentences are.
    const scores = [1, 0.1, 0.9, 0.5, 0.4];
    const ranker = () => scores;
    expect(selectSentences({ sentences }, 3, ranker)).toEqual([0, 3, 4]);
    // Once its predecessor is picked on its own merit, the leaning sentence is a candidate.
    const lifted = [1, 0.8, 0.9, 0.5, 0.4];
    expect(selectSentences({ sentences }, 3, () => lifted)).toEqual([0, 1, 2]);
  });
});
