import { readFileSync } from 'node:fs';
import { parsePlainText } from '../../../src/article-files/parse-plain-text.js';
import type { ArticleDraft } from '../../../src/core/articles/article.js';
import { draft } from '../../support/builders.js';

/** A title built to break naive Telegram formatting: markup, entities, Markdown, emoji, RTL, a lone surrogate. */
export const HOSTILE_TITLE =
  '<script>alert("x")</script> & *stars* _under_ [link](http://x) 🗞️👩‍👩‍👧 עברית العربية \uD800 end';

/** The seed article (7 sources), newest. */
export function seedArticle(): ArticleDraft {
  const parsed = parsePlainText(
    readFileSync(new URL('../../fixtures/seed.txt', import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error(parsed.problem.reason);
  return draft({
    ...parsed.article,
    publishedAt: new Date('2026-11-26T10:00:00Z'),
    origin: { kind: 'file', path: 'seed.txt' },
  });
}

/** An article whose title and text are hostile to formatting. */
export function hostileArticle(): ArticleDraft {
  return draft({
    title: HOSTILE_TITLE,
    url: 'https://example.org/news?id=1&x="y"',
    publisher: '<b>Agency</b> & Co',
    publishedAt: new Date('2026-11-26T09:00:00Z'),
    text: [
      'Officials said <tags> & "quotes" stay as typed. (Attribution: <i>Wire</i> & Partners)',
      'A second paragraph with *asterisks*, _underscores_ and [brackets]. (Attribution: Desk [2])',
      'Third: مرحبا بالعالم and שלום עולם, with 🗞️ emoji. (Attribution: RTL Desk)',
    ],
  });
}

/** An article whose 10-sentence summary is longer than one Telegram message. */
export function longArticle(): ArticleDraft {
  // Each sentence has words of its own: near-identical sentences would be dropped as repeats.
  const themes = [
    'lanes tolls contractors schedules',
    'divers cranes pumps cables',
    'ferries lights inspectors budgets',
    'engineers concrete tides permits',
    'drivers detours buses cyclists',
    'councillors votes hearings petitions',
    'geologists rock samples drills',
    'ventilation fans smoke sensors',
    'lawyers contracts penalties courts',
    'residents noise dust complaints',
    'shipping pilots harbour masters',
    'tickets fares passes discounts',
  ];
  const sentence = (i: number) =>
    `Long sentence number ${i} describes the harbour tunnel works in detail, ${`with many careful and specific words about ${themes[i - 1] ?? ''}, `.repeat(5)}and it ends here.`;
  return draft({
    title: 'Harbour tunnel works explained at length',
    publishedAt: new Date('2026-11-26T08:00:00Z'),
    text: Array.from({ length: 12 }, (_, i) => `${sentence(i + 1)} (Attribution: Source ${i + 1})`),
  });
}
