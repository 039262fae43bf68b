import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/text/sentences.js';

describe('splitSentences', () => {
  it('keeps abbreviations, decimals and "No. 10" inside one sentence', () => {
    expect(
      splitSentences(
        'The U.S. and Mr. Smith met at 3.5 p.m. in No. 10 Downing St. on Monday. Then they left.',
      ),
    ).toEqual([
      'The U.S. and Mr. Smith met at 3.5 p.m. in No. 10 Downing St. on Monday.',
      'Then they left.',
    ]);
  });

  it('keeps "U.S." and the like with the noun they describe, and ends a sentence with them otherwise', () => {
    expect(
      splitSentences(
        'Details of U.S. President Barack Obama leaked. The U.N. Security Council met. Brig. Gen. Ahmed spoke. He moved to the U.S. Then he left. She lives in the U.K. Officials said so.',
      ),
    ).toEqual([
      'Details of U.S. President Barack Obama leaked.',
      'The U.N. Security Council met.',
      'Brig. Gen. Ahmed spoke.',
      'He moved to the U.S.',
      'Then he left.',
      'She lives in the U.K.',
      'Officials said so.',
    ]);
  });

  it('keeps initials with the name they belong to', () => {
    expect(splitSentences('John F. Kennedy was president. J. K. Rowling wrote books.')).toEqual([
      'John F. Kennedy was president.',
      'J. K. Rowling wrote books.',
    ]);
  });

  it('keeps initials written together with the name, but not place names that end a sentence', () => {
    expect(
      splitSentences('The circus of P.T. Barnum toured. She moved to Washington, D.C. It rained.'),
    ).toEqual(['The circus of P.T. Barnum toured.', 'She moved to Washington, D.C.', 'It rained.']);
  });

  it('keeps joined initials before a quoted nickname', () => {
    expect(
      splitSentences('The plane carried J.P. "The Big Bopper" Richardson. It crashed.'),
    ).toEqual(['The plane carried J.P. "The Big Bopper" Richardson.', 'It crashed.']);
  });

  it('keeps a time zone after "p.m." in the sentence', () => {
    expect(
      splitSentences('The dive began at 9:03 p.m. ET Friday. Divers found the wreck.'),
    ).toEqual(['The dive began at 9:03 p.m. ET Friday.', 'Divers found the wreck.']);
  });

  it('keeps titles such as Dr. and Prof. with the name', () => {
    expect(splitSentences('Dr. Amara Keane spoke first. Prof. Ruiz agreed.')).toEqual([
      'Dr. Amara Keane spoke first.',
      'Prof. Ruiz agreed.',
    ]);
  });

  it('splits after a quoted sentence and keeps a quote that continues', () => {
    expect(splitSentences('He said "Stop." Then he left.')).toEqual([
      'He said "Stop."',
      'Then he left.',
    ]);
    expect(splitSentences('“I was passionate,” Smith says, “but I left.” She moved.')).toEqual([
      '“I was passionate,” Smith says, “but I left.”',
      'She moved.',
    ]);
  });

  it('ends a sentence at "U.S." when a new sentence follows', () => {
    expect(splitSentences('She lives in the U.S. The weather is nice.')).toEqual([
      'She lives in the U.S.',
      'The weather is nice.',
    ]);
  });

  it('treats "No." as an abbreviation only before a number', () => {
    expect(splitSentences('He scored No. 1 hits. He said No. Then he left.')).toEqual([
      'He scored No. 1 hits.',
      'He said No.',
      'Then he left.',
    ]);
  });

  it('keeps month abbreviations before a day and money amounts', () => {
    expect(splitSentences('Prices rose 2.5% on Jan. 5 to $3.50 each. Markets fell.')).toEqual([
      'Prices rose 2.5% on Jan. 5 to $3.50 each.',
      'Markets fell.',
    ]);
  });

  it('splits on question and exclamation marks and returns nothing for blank text', () => {
    expect(splitSentences('Is it true? Yes! It is.')).toEqual(['Is it true?', 'Yes!', 'It is.']);
    expect(splitSentences('   ')).toEqual([]);
  });

  it('keeps curly quotes and other Unicode intact', () => {
    const text = 'Moscow’s intent was clear — the long‑term view. Tokyo’s reply came later.';
    expect(splitSentences(text)).toEqual([
      'Moscow’s intent was clear — the long‑term view.',
      'Tokyo’s reply came later.',
    ]);
  });
});

describe('splitSentences with a limit', () => {
  it('returns only the first sentences, each complete', () => {
    const text = 'Dr. Keane spoke first. Prof. Ruiz agreed. The vote was close. It passed.';
    expect(splitSentences(text, 'en', 2)).toEqual(['Dr. Keane spoke first.', 'Prof. Ruiz agreed.']);
    expect(splitSentences(text, 'en', 10)).toEqual(splitSentences(text));
    expect(splitSentences(text, 'en', 4)).toEqual(splitSentences(text));
  });
});

describe('splitSentences on long texts', () => {
  it('gives the same sentences as ICU at once, cut where ICU always breaks', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    const tricky =
      'Mr. Smith met U.S. officials at 9 a.m. ET. "Stop!" he said. (It rained.) Then 5 people left. ' +
      'Was it over? “Yes.” Prices rose 2.5% on Jan. 5. The U.S. Navy said so. ‘Why?’ she asked. [Laughter.] ';
    // Where ICU, given the whole text at once, starts a segment.
    const text = tricky.repeat(40);
    const icuStarts = new Set([...segmenter.segment(text)].map((s) => s.index));
    let from = 0;
    for (const sentence of splitSentences(text)) {
      const at = text.indexOf(sentence, from);
      expect(icuStarts.has(at)).toBe(true);
      from = at + sentence.length;
    }
    const ours = splitSentences(text);
    expect(ours).toEqual(Array.from({ length: 40 }, () => splitSentences(tricky)).flat());
    expect(ours.join(' ')).toBe(text.trim());
  });

  it('splits 100,000 sentences', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `Vote ${i}.`).join(' ');
    const sentences = splitSentences(text);
    expect(sentences).toHaveLength(100_000);
    expect(sentences[99_999]).toBe('Vote 99999.');
  });
});
