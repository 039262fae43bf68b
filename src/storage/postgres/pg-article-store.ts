import type { ArticleDraft } from '../../core/articles/article.js';
import type {
  ArticleQuery,
  ArticleScope,
  ArticleStore,
  PutOutcome,
  SearchHit,
} from '../../core/ports/article-store.js';
import {
  ARTICLE_COLUMNS,
  queryTermsOf,
  recordOf,
  REWRITTEN_COLUMNS,
  WRITTEN_COLUMNS,
  WRITTEN_VALUES,
  writtenParams,
} from '../articles/article-record.js';
import { idChanges, type GroupRow } from '../articles/settle-group.js';
import { SqlArticleReads, type ArticleDialect } from '../articles/sql-article-reads.js';
import type { PgDatabase } from './pg-database.js';

/**
 * How many matches of a query are ranked (ts_rank reads each one's whole vector): found by the GIN
 * index alone, among the articles of the week before the newest first, then among older ones.
 */
const RANKED_CANDIDATES = 64;
const RECENT_WINDOW_MS = 7 * 86_400_000;

function pgDialect(db: PgDatabase): ArticleDialect {
  return {
    rows: <Row extends object>(sql: string, params: Record<string, unknown>) =>
      db.rows<Row>(sql, params),
    scopeCondition: "(origin_kind = 'file' OR @all::boolean OR feed_url = ANY(@feeds::text[]))",
    inList: (column, name) => `${column} = ANY(@${name})`,
    list: (values) => [...values],
    scopeParams: (scope: ArticleScope) => ({
      all: scope.feeds === 'all',
      feeds: scope.feeds === 'all' ? [] : [...scope.feeds],
    }),
    paragraphsColumn: `(SELECT json_agg(json_build_object('text', p.text, 'source', p.source) ORDER BY p.n)
      FROM article_paragraphs AS p WHERE p.article_seq = articles.seq)`,
  };
}

/**
 * Articles in PostgreSQL: rows for articles, paragraphs and tags; each article's stemmed title and
 * text words in a `tsvector` (title weighted A, text B) with a GIN index, ranked by `ts_rank`.
 * Writes of one slug group are serialised by an advisory lock, so processes settle ids alike.
 */
export class PgArticleStore extends SqlArticleReads implements ArticleStore {
  constructor(private readonly db: PgDatabase) {
    super(pgDialect(db));
  }

  async put(key: string, draft: ArticleDraft): Promise<PutOutcome> {
    const record = recordOf(key, draft);
    const known = await this.db.first<{ id: string; content_hash: string }>(
      'SELECT id, content_hash FROM articles WHERE key = $1',
      [key],
    );
    if (known?.content_hash === record.contentHash) return { id: known.id, changed: false };
    return this.db.transaction(async (tx) => {
      const before = await tx.first<{ base_id: string }>(
        'SELECT base_id FROM articles WHERE key = $1',
        [key],
      );
      const groups = [...new Set([record.baseId, before?.base_id ?? record.baseId])].sort();
      for (const group of groups)
        await tx.query("SELECT pg_advisory_xact_lock(hashtext('briefly article ' || $1))", [group]);
      const written = await tx.first<{ seq: number }>(
        `INSERT INTO articles (${WRITTEN_COLUMNS}, search, title_search)
         VALUES (${WRITTEN_VALUES},
           setweight(to_tsvector('simple', @title_terms), 'A') || setweight(to_tsvector('simple', @body_terms), 'B'),
           to_tsvector('simple', @title_terms))
         ON CONFLICT (key) DO UPDATE SET ${REWRITTEN_COLUMNS}, search = excluded.search, title_search = excluded.title_search
         WHERE articles.content_hash <> excluded.content_hash
         RETURNING seq`,
        {
          ...writtenParams(record, Date.now()),
          title_terms: record.titleTerms,
          body_terms: record.bodyTerms,
        },
      );
      // Another process wrote the same content first: nothing to do.
      if (!written) {
        const row = await tx.first<{ id: string }>('SELECT id FROM articles WHERE key = $1', [key]);
        return { id: row?.id ?? record.baseId, changed: false };
      }
      const seq = written.seq;
      await tx.query('DELETE FROM article_paragraphs WHERE article_seq = $1', [seq]);
      await tx.query('DELETE FROM article_tags WHERE article_seq = $1', [seq]);
      await tx.query(
        `INSERT INTO article_paragraphs (article_seq, n, text, source)
         SELECT $1::bigint, p.n - 1, p.text, p.source FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS p (text, source, n)`,
        [seq, record.paragraphs.map((p) => p.text), record.paragraphs.map((p) => p.source ?? null)],
      );
      if (record.tags.length > 0)
        await tx.query(
          'INSERT INTO article_tags (tag, article_seq) SELECT DISTINCT unnest($1::text[]), $2::bigint ON CONFLICT DO NOTHING',
          [[...record.tags], seq],
        );
      for (const group of groups) await settle(tx, group);
      const row = await tx.first<{ id: string }>('SELECT id FROM articles WHERE seq = $1', [seq]);
      return { id: row?.id ?? record.baseId, changed: true };
    });
  }

  async remove(key: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const row = await tx.first<{ base_id: string }>(
        'SELECT base_id FROM articles WHERE key = $1',
        [key],
      );
      if (!row) return false;
      await tx.query("SELECT pg_advisory_xact_lock(hashtext('briefly article ' || $1))", [
        row.base_id,
      ]);
      const deleted = await tx.changes('DELETE FROM articles WHERE key = $1', [key]);
      await settle(tx, row.base_id);
      return deleted > 0;
    });
  }

  search(text: string, query: ArticleQuery): Promise<SearchHit[]> {
    return this.match(text, query, 'search');
  }

  searchTitles(text: string, query: ArticleQuery): Promise<SearchHit[]> {
    return this.match(text, query, 'title_search');
  }

  private async match(text: string, query: ArticleQuery, column: 'search' | 'title_search') {
    const terms = queryTermsOf(text);
    if (terms.length === 0) return [];
    const scope = this.dialect.scopeParams(query.scope);
    return this.hits(
      `SELECT ${ARTICLE_COLUMNS}, ranked.score
       FROM briefly_search(to_tsquery('simple', @query), @titles, @all, @feeds::text[], @candidates, @recent) AS ranked
       JOIN articles USING (seq)
       ORDER BY ranked.score DESC, published_at DESC LIMIT @limit`,
      {
        query: terms.map((term) => `'${term}'`).join(' | '),
        titles: column === 'title_search',
        candidates: RANKED_CANDIDATES,
        recent: RECENT_WINDOW_MS,
        limit: query.limit,
        ...scope,
      },
    );
  }
}

/** Gives every article of a slug group its settled id (under the group's advisory lock). */
async function settle(tx: PgDatabase, baseId: string): Promise<void> {
  const rows = await tx.rows<GroupRow>(
    'SELECT seq, key, id, published_at FROM articles WHERE base_id = $1',
    [baseId],
  );
  for (const change of idChanges(baseId, rows))
    await tx.query('UPDATE articles SET id = $1 WHERE seq = $2', [change.id, change.seq]);
}
