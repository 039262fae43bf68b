import type { ArticleDraft } from '../../src/core/articles/article.js';
import { draft } from './builders.js';

/**
 * Articles written in Greek script (titles, text, sources, publishers, topics), so that in a
 * pseudo-locale answer every Latin word is one that Briefly itself wrote.
 */
export function greekArticles(): ArticleDraft[] {
  return [
    draft({
      title: 'Η σήραγγα του λιμανιού ανοίγει ξανά',
      url: 'https://news.test/siragga',
      publisher: 'Λιμενικός Κήρυκας',
      tags: ['μεταφορές'],
      publishedAt: new Date('2026-11-26T09:00:00Z'),
      text: [
        'Η σήραγγα του λιμανιού ανοίγει ξανά τη Δευτέρα μετά από έξι μήνες εργασιών. (Attribution: Δημοτικό Συμβούλιο)',
        'Τα διόδια παραμένουν σε αναστολή μέχρι το τέλος του μήνα, ανακοίνωσε ο δήμαρχος. (Attribution: Γραφείο Δημάρχου)',
        'Οι οδηγοί θα δουν νέα σήμανση και φωτισμό σε όλο το μήκος της σήραγγας.',
      ],
    }),
    draft({
      title: 'Η δημοτική βιβλιοθήκη βρίσκει χαμένα βιβλία',
      publisher: 'Γραφείο Τύπου Βιβλιοθήκης',
      tags: ['πολιτισμός'],
      publishedAt: new Date('2026-11-20T09:00:00Z'),
      origin: { kind: 'file', path: 'vivliothiki.txt' },
      text: [
        'Εκατό χαμένα βιβλία βρέθηκαν σε ένα υπόγειο της δημοτικής βιβλιοθήκης την περασμένη εβδομάδα.',
        'Τα βιβλία θα εκτεθούν στο κοινό τον επόμενο μήνα, μαζί με παλιούς χάρτες της πόλης.',
      ],
    }),
    draft({
      title: 'Η σήραγγα του λιμανιού κλείνει για έλεγχο',
      url: 'https://news.test/elegxos',
      tags: ['μεταφορές'],
      publishedAt: new Date('2026-11-26T11:00:00Z'),
      text: [
        'Η σήραγγα του λιμανιού κλείνει για μία νύχτα για τεχνικό έλεγχο. (Attribution: Λιμενική Αρχή)',
        'Ο έλεγχος αφορά τους ανεμιστήρες και τα συστήματα ασφαλείας.',
      ],
    }),
  ];
}
