import type { Database } from 'better-sqlite3';
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
  type ArticleRecord,
} from '../articles/article-record.js';
import { idChanges, type GroupRow } from '../articles/settle-group.js';
import { SqlArticleReads, type ArticleDialect } from '../articles/sql-article-reads.js';
import type { StatementCache } from './statement-cache.js';

/** Title words weigh this much more than body words in the ranking (FTS5 column weights). */
const TITLE_WEIGHT = 3;

/** The article columns named through the alias `a` (the search table has a `title` column too). */
const QUALIFIED_COLUMNS = ARTICLE_COLUMNS.split(', ')
  .map((column) => `a.${column}`)
  .join(', ');

function sqliteDialect(cache: StatementCache): ArticleDialect {
  return {
    rows: <Row extends object>(sql: string, params: Record<string, unknown>) =>
      Promise.resolve(cache.sql(sql).all(params) as Row[]),
    scopeCondition:
      "(origin_kind = 'file' OR @all = 1 OR feed_url IN (SELECT value FROM json_each(@feeds)))",
    inList: (column, name) => `${column} IN (SELECT value FROM json_each(@${name}))`,
    list: (values) => JSON.stringify(values),
    scopeParams: (scope: ArticleScope) => ({
      all: scope.feeds === 'all' ? 1 : 0,
      feeds: JSON.stringify(scope.feeds === 'all' ? [] : [...scope.feeds]),
    }),
  };
}

/**
 * Articles in SQLite: rows for articles, paragraphs and tags, and an FTS5 index (contentless, the
 * text lives in the rows) of each article's stemmed title and text words ranked by FTS5's BM25.
 */
export class SqliteArticleStore extends SqlArticleReads implements ArticleStore {
  private readonly db: Database;

  constructor(private readonly cache: StatementCache) {
    super(sqliteDialect(cache));
    this.db = cache.db;
  }

  put(key: string, draft: ArticleDraft): Promise<PutOutcome> {
    const record = recordOf(key, draft);
    return Promise.resolve(this.db.transaction(() => this.write(record))());
  }

  remove(key: string): Promise<boolean> {
    const removed = this.db.transaction(() => {
      const row = this.cache.sql('SELECT seq, base_id FROM articles WHERE key = ?').get(key) as
        { seq: number; base_id: string } | undefined;
      if (!row) return false;
      this.cache.sql('DELETE FROM article_search WHERE rowid = ?').run(row.seq);
      this.cache.sql('DELETE FROM articles WHERE seq = ?').run(row.seq);
      this.settle(row.base_id);
      return true;
    })();
    return Promise.resolve(removed);
  }

  search(text: string, query: ArticleQuery): Promise<SearchHit[]> {
    return this.match(text, query, `bm25(article_search, ${TITLE_WEIGHT}, 1.0)`, false);
  }

  searchTitles(text: string, query: ArticleQuery): Promise<SearchHit[]> {
    return this.match(text, query, 'bm25(article_search, 1.0, 0.0)', true);
  }

  private match(text: string, query: ArticleQuery, rank: string, titles: boolean) {
    const terms = queryTermsOf(text);
    if (terms.length === 0) return Promise.resolve([]);
    const any = terms.map((term) => `"${term}"`).join(' OR ');
    return this.hits(
      `SELECT ${QUALIFIED_COLUMNS}, -${rank} AS score
       FROM article_search JOIN articles a ON a.seq = article_search.rowid
       WHERE article_search MATCH @match AND ${this.dialect.scopeCondition}
       ORDER BY ${rank}, a.published_at DESC LIMIT @limit`,
      {
        match: titles ? `title : (${any})` : any,
        limit: query.limit,
        ...this.dialect.scopeParams(query.scope),
      },
    );
  }

  private write(record: ArticleRecord): PutOutcome {
    const existing = this.cache
      .sql('SELECT seq, id, base_id, content_hash FROM articles WHERE key = ?')
      .get(record.key) as
      { seq: number; id: string; base_id: string; content_hash: string } | undefined;
    if (existing?.content_hash === record.contentHash) return { id: existing.id, changed: false };
    const { seq } = this.cache
      .sql(
        `INSERT INTO articles (${WRITTEN_COLUMNS}) VALUES (${WRITTEN_VALUES})
         ON CONFLICT (key) DO UPDATE SET ${REWRITTEN_COLUMNS} RETURNING seq`,
      )
      .get(writtenParams(record, Date.now())) as { seq: number };
    this.cache.sql('DELETE FROM article_paragraphs WHERE article_seq = ?').run(seq);
    this.cache.sql('DELETE FROM article_tags WHERE article_seq = ?').run(seq);
    const paragraph = this.cache.sql(
      'INSERT INTO article_paragraphs (article_seq, n, text, source) VALUES (?, ?, ?, ?)',
    );
    record.paragraphs.forEach((p, n) => paragraph.run(seq, n, p.text, p.source ?? null));
    const tag = this.cache.sql(
      'INSERT OR IGNORE INTO article_tags (tag, article_seq) VALUES (?, ?)',
    );
    for (const t of record.tags) tag.run(t, seq);
    if (existing) this.cache.sql('DELETE FROM article_search WHERE rowid = ?').run(seq);
    this.cache
      .sql('INSERT INTO article_search (rowid, title, body) VALUES (?, ?, ?)')
      .run(seq, record.titleTerms, record.bodyTerms);
    this.settle(record.baseId);
    if (existing && existing.base_id !== record.baseId) this.settle(existing.base_id);
    const { id } = this.cache.sql('SELECT id FROM articles WHERE seq = ?').get(seq) as {
      id: string;
    };
    return { id, changed: true };
  }

  /** Gives every article of a slug group its settled id. */
  private settle(baseId: string): void {
    const rows = this.cache
      .sql('SELECT seq, key, id, published_at FROM articles WHERE base_id = ?')
      .all(baseId) as GroupRow[];
    const update = this.cache.sql('UPDATE articles SET id = ? WHERE seq = ?');
    for (const change of idChanges(baseId, rows)) update.run(change.id, change.seq);
  }
}
