import type pg from 'pg';
import type { ArticleDraft } from '../../src/core/articles/article.js';
import { recordOf, writtenParams } from '../../src/storage/articles/article-record.js';

/**
 * Writes many generated articles to a PostgreSQL schema the store has migrated, a batch per
 * statement (the store writes one article per transaction: right for a bot, slow for 100,000).
 * Titles are unique, so each id is its slug. Search vectors are built as the store builds them.
 */
export async function bulkInsertArticles(
  client: pg.ClientBase,
  entries: readonly { key: string; draft: ArticleDraft }[],
): Promise<void> {
  const records = entries.map(({ key, draft }) => recordOf(key, draft));
  const params = records.map((record) => writtenParams(record, Date.now()));
  const column = (name: string) => params.map((p) => p[name]);
  const inserted = await client.query<{ seq: string; key: string }>(
    `INSERT INTO articles (key, id, base_id, title, url, url_key, publisher, tags, language, published_at, origin_kind, origin_path, feed_url, item_id, related, content_hash, stored_at, search, title_search)
     SELECT k, b, b, t, u, uk, p, tg, l, pa, ok, op, f, i, r, h, s,
       setweight(to_tsvector('simple', tt), 'A') || setweight(to_tsvector('simple', bt), 'B'), to_tsvector('simple', tt)
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::bigint[],
       $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::bigint[], $17::text[], $18::text[])
       AS x (k, b, t, u, uk, p, tg, l, pa, ok, op, f, i, r, h, s, tt, bt)
     RETURNING seq, key`,
    [
      column('key'),
      column('base_id'),
      column('title'),
      column('url'),
      column('url_key'),
      column('publisher'),
      column('tags'),
      column('language'),
      column('published_at'),
      column('origin_kind'),
      column('origin_path'),
      column('feed_url'),
      column('item_id'),
      column('related'),
      column('content_hash'),
      column('stored_at'),
      records.map((r) => r.titleTerms),
      records.map((r) => r.bodyTerms),
    ],
  );
  const seqOf = new Map(inserted.rows.map((row) => [row.key, row.seq]));
  const seqs: string[] = [];
  const ns: number[] = [];
  const texts: string[] = [];
  const sources: (string | null)[] = [];
  const tagSeqs: string[] = [];
  const tags: string[] = [];
  for (const record of records) {
    const seq = seqOf.get(record.key) ?? '0';
    record.paragraphs.forEach((p, n) => {
      seqs.push(seq);
      ns.push(n);
      texts.push(p.text);
      sources.push(p.source ?? null);
    });
    for (const tag of record.tags) {
      tagSeqs.push(seq);
      tags.push(tag);
    }
  }
  await client.query(
    'INSERT INTO article_paragraphs (article_seq, n, text, source) SELECT * FROM unnest($1::bigint[], $2::int[], $3::text[], $4::text[])',
    [seqs, ns, texts, sources],
  );
  await client.query(
    'INSERT INTO article_tags (tag, article_seq) SELECT * FROM unnest($1::text[], $2::bigint[]) ON CONFLICT DO NOTHING',
    [tags, tagSeqs],
  );
}
