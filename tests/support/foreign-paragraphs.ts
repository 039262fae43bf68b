import type { ArticleDraft } from '../../src/core/articles/article.js';
import { draft } from './builders.js';

/** News written for Briefly's tests in German, Spanish and Russian (no language set: detected). */
export const GERMAN = draft({
  title: 'Bahnstreik legt den Fernverkehr in ganz Deutschland lahm',
  url: 'https://news.test/de/bahnstreik',
  publishedAt: new Date('2026-11-26T09:00:00Z'),
  text: [
    'Die Lokführergewerkschaft hat ihre Mitglieder für Donnerstag zu einem ganztägigen Streik aufgerufen. Nach Angaben der Bahn fallen bundesweit rund achtzig Prozent der Fernzüge aus. (Attribution: Deutsche Bahn)',
    'Pendler sollten auf Busse und Fahrgemeinschaften ausweichen, rät der Fahrgastverband. In den Häusern der Gewerkschaft wird bereits über weitere Streiks beraten. (Attribution: Fahrgastverband Pro Bahn)',
    'Die Gespräche über höhere Löhne waren am Dienstag ohne Ergebnis abgebrochen worden. Beide Seiten werfen sich gegenseitig vor, die Verhandlungen zu blockieren.',
  ],
});

export const SPANISH = draft({
  title: 'La huelga de trenes deja sin servicio a miles de viajeros en Madrid',
  url: 'https://news.test/es/huelga',
  publishedAt: new Date('2026-11-26T08:00:00Z'),
  text: [
    'Los maquinistas de cercanías iniciaron el lunes una huelga de tres días por la falta de personal. Según la empresa ferroviaria, solo circula uno de cada tres trenes en hora punta. (Attribution: Renfe)',
    'Miles de viajeros buscaron alternativas en autobuses y coches compartidos, mientras el ayuntamiento reforzó las líneas de la EMT. (Attribution: Ayuntamiento de Madrid)',
    'El sindicato asegura que las negociaciones siguen abiertas, pero advierte de nuevas huelgas si no hay un acuerdo antes de Navidad.',
  ],
});

export const RUSSIAN = draft({
  title: 'Забастовка машинистов остановила пригородные поезда в Москве',
  url: 'https://news.test/ru/zabastovka',
  publishedAt: new Date('2026-11-26T07:00:00Z'),
  text: [
    'Машинисты пригородных поездов начали в понедельник трёхдневную забастовку из-за нехватки персонала. По данным перевозчика, в часы пик курсирует лишь каждый третий поезд. (Attribution: Центральная пригородная пассажирская компания)',
    'Тысячи пассажиров пересели на автобусы и такси, а мэрия усилила наземный транспорт на основных направлениях. (Attribution: Мэрия Москвы)',
    'Профсоюз заявил, что переговоры продолжаются, но пригрозил новыми забастовками, если соглашение не будет достигнуто до конца месяца.',
  ],
});

export const ENGLISH = draft({
  title: 'Harbour tunnel reopens after six months of works',
  url: 'https://news.test/en/tunnel',
  publishedAt: new Date('2026-11-26T06:00:00Z'),
  text: [
    'The harbour tunnel reopens on Monday after six months of repairs to its ventilation. Tolls stay suspended until the end of the month. (Attribution: City Hall)',
    'Drivers will see new signs and lighting along the whole tunnel.',
  ],
});

export const FOREIGN_NEWS: readonly ArticleDraft[] = [GERMAN, SPANISH, RUSSIAN, ENGLISH];
