/** Deterministic generated news-like articles for benchmarks (no real text needed). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMON =
  'the of and to in a is that for on with as was at by it said from his her an be has have are were will its their which after more than about two new over into who this been also but or year when would had not they city government officials minister report police people percent million first last week'.split(
    ' ',
  );
const TOPICAL = Array.from({ length: 6000 }, (_, i) => wordFor(i));
const SOURCES = [
  'Ministry statement',
  'Reuters report',
  'City council minutes',
  'Company filing',
  'Court documents',
  'Interview with the mayor',
  'University study',
];

/** The i-th word of the generated vocabulary (0 is the most frequent in articles, 5,999 the rarest). */
export function topicalWord(i: number): string {
  return TOPICAL[i % TOPICAL.length] ?? 'x';
}

function wordFor(i: number): string {
  const syllables = [
    'ka',
    'lo',
    'mer',
    'tin',
    'ra',
    'sol',
    've',
    'dan',
    'por',
    'il',
    'gu',
    'ren',
    'sa',
    'tor',
    'bel',
  ];
  let n = i + 15;
  let word = '';
  while (n > 0) {
    word += syllables[n % syllables.length] ?? '';
    n = Math.floor(n / syllables.length);
  }
  return word;
}

function sentence(random: () => number, words: number): string {
  const parts: string[] = [];
  for (let i = 0; i < words; i++) {
    const zipf = Math.floor(Math.pow(random(), 2.2) * TOPICAL.length);
    parts.push(
      random() < 0.45
        ? (COMMON[Math.floor(random() * COMMON.length)] ?? 'the')
        : (TOPICAL[zipf] ?? 'x'),
    );
  }
  if (random() < 0.1) parts.splice(1, 0, 'Mr.', 'Smith');
  if (random() < 0.1) parts.push(`${Math.floor(random() * 100)}.${Math.floor(random() * 10)}%`);
  const text = parts.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Plain-text article in the seed format, about `targetWords` words, 6 to 10 attributed paragraphs. */
export function plainTextArticle(random: () => number, index: number, targetWords = 800): string {
  const title = sentence(random, 8).replace(/\.$/, '') + ` ${index}`;
  const paragraphs: string[] = [];
  let words = 0;
  while (words < targetWords) {
    const sentences: string[] = [];
    for (let s = 0; s < 4; s++) {
      const length = 14 + Math.floor(random() * 16);
      sentences.push(sentence(random, length));
      words += length;
    }
    const source = SOURCES[Math.floor(random() * SOURCES.length)] ?? 'Source';
    paragraphs.push(`${sentences.join(' ')} (Attribution: ${source})`);
  }
  return `${title}\n\nNo time to read?\nGet a summary\n\n${paragraphs.join('\n\n')}\n\nPrevious Article\n\nAnother title\n`;
}
