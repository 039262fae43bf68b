import type { Article, Paragraph } from '../../core/articles/article.js';
import { canonicalUrl } from '../../core/articles/canonical-url.js';
import type {
  ArticleQuery,
  ArticleScope,
  PublishedQuery,
  SearchHit,
} from '../../core/ports/article-store.js';
import {
  ARTICLE_COLUMNS,
  articleOf,
  type ArticleRow,
  type ParagraphRow,
} from './article-record.js';
import { ParagraphCache } from './paragraph-cache.js';

/** How one SQL dialect runs a query and writes the parts that differ between SQLite and PostgreSQL. */
export interface ArticleDialect {
  rows<Row extends object>(sql: string, params: Record<string, unknown>): Promise<Row[]>;
  /** A condition on `articles` true for rows in the scope given by @all and @feeds. */
  readonly scopeCondition: string;
  /** A condition true when `column` is one of the list given by the parameter `@name`. */
  inList(column: string, name: string): string;
  /** The parameter values of a list for `inList`. */
  list(values: readonly (string | number)[]): unknown;
  /** @all and @feeds for `scopeCondition`. */
  scopeParams(scope: ArticleScope): Record<string, unknown>;
  /**
   * A column of `articles` rows holding the row's paragraphs as JSON objects {text, source} in
   * order, so that one article is read in one round trip (a network database); absent: a second
   * query reads them (SQLite, in process).
   */
  readonly paragraphsColumn?: string;
}

/** The reads both SQL article stores share: rows of `articles`, paragraphs from a bounded cache. */
export class SqlArticleReads {
  private readonly paragraphs = new ParagraphCache();

  constructor(protected readonly dialect: ArticleDialect) {}

  /** Articles of the rows, in the rows' order, each with its paragraphs. */
  protected async articles(rows: readonly ArticleRow[]): Promise<Article[]> {
    if (rows.length === 0) return [];
    const { dialect } = this;
    const paragraphs = await this.paragraphs.resolve(
      rows.map((row) => ({ seq: row.seq, hash: row.content_hash })),
      (seqs) =>
        dialect.rows<ParagraphRow>(
          `SELECT article_seq, n, text, source FROM article_paragraphs WHERE ${dialect.inList('article_seq', 'seqs')} ORDER BY article_seq, n`,
          { seqs: dialect.list(seqs) },
        ),
    );
    return rows.map((row) => articleOf(row, paragraphs.get(row.seq) ?? []));
  }

  protected async select(where: string, params: Record<string, unknown>): Promise<Article[]> {
    return this.articles(
      await this.dialect.rows<ArticleRow>(
        `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE ${where}`,
        params,
      ),
    );
  }

  /** The first article of the rows `where` selects, with its paragraphs (one round trip if it can). */
  protected async selectOne(
    where: string,
    params: Record<string, unknown>,
  ): Promise<Article | undefined> {
    const column = this.dialect.paragraphsColumn;
    if (column === undefined) return (await this.select(where, params))[0];
    const [row] = await this.dialect.rows<
      ArticleRow & { paragraphs: { text: string; source: string | null }[] | null }
    >(`SELECT ${ARTICLE_COLUMNS}, ${column} AS paragraphs FROM articles WHERE ${where}`, params);
    if (!row) return undefined;
    const paragraphs: Paragraph[] = (row.paragraphs ?? []).map((p) =>
      p.source === null ? { text: p.text } : { text: p.text, source: p.source },
    );
    this.paragraphs.remember(row.seq, row.content_hash, paragraphs);
    return articleOf(row, paragraphs);
  }

  async get(id: string): Promise<Article | undefined> {
    return this.selectOne('id = @id ORDER BY seq LIMIT 1', { id });
  }

  async getByKey(key: string): Promise<Article | undefined> {
    return this.selectOne('key = @key', { key });
  }

  async getManyByKey(keys: readonly string[]): Promise<Map<string, Article>> {
    const found = new Map<string, Article>();
    if (keys.length === 0) return found;
    const rows = await this.dialect.rows<ArticleRow>(
      `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE ${this.dialect.inList('key', 'keys')}`,
      { keys: this.dialect.list(keys) },
    );
    const articles = await this.articles(rows);
    rows.forEach((row, i) => {
      const article = articles[i];
      if (article) found.set(row.key, article);
    });
    return found;
  }

  async findByUrl(url: string): Promise<Article | undefined> {
    return this.selectOne('url_key = @url ORDER BY seq LIMIT 1', { url: canonicalUrl(url) });
  }

  async keysOfFeed(feedUrl: string): Promise<string[]> {
    const rows = await this.dialect.rows<{ key: string }>(
      'SELECT key FROM articles WHERE feed_url = @feed ORDER BY key',
      { feed: feedUrl },
    );
    return rows.map((row) => row.key);
  }

  async contentHashes(origin: 'file' | 'feed'): Promise<Map<string, string>> {
    const rows = await this.dialect.rows<{ key: string; content_hash: string }>(
      'SELECT key, content_hash FROM articles WHERE origin_kind = @origin',
      { origin },
    );
    return new Map(rows.map((row) => [row.key, row.content_hash]));
  }

  async latest(query: ArticleQuery & { readonly topic?: string | undefined }): Promise<Article[]> {
    const params = { ...this.dialect.scopeParams(query.scope), limit: query.limit };
    if (query.topic === undefined)
      return this.select(
        `${this.dialect.scopeCondition} ORDER BY published_at DESC, id LIMIT @limit`,
        params,
      );
    return this.select(
      `seq IN (SELECT article_seq FROM article_tags WHERE tag = @tag) AND ${this.dialect.scopeCondition} ORDER BY published_at DESC, id LIMIT @limit`,
      { ...params, tag: query.topic.toLowerCase() },
    );
  }

  async count(scope: ArticleScope, topic?: string): Promise<number> {
    const params = this.dialect.scopeParams(scope);
    const rows = await this.dialect.rows<{ n: number | string }>(
      topic === undefined
        ? `SELECT count(*) AS n FROM articles WHERE ${this.dialect.scopeCondition}`
        : `SELECT count(*) AS n FROM articles WHERE seq IN (SELECT article_seq FROM article_tags WHERE tag = @tag) AND ${this.dialect.scopeCondition}`,
      topic === undefined ? params : { ...params, tag: topic.toLowerCase() },
    );
    return Number(rows[0]?.n ?? 0);
  }

  async topics(scope: ArticleScope, limit: number): Promise<string[]> {
    const rows = await this.dialect.rows<{ tag: string }>(
      `SELECT DISTINCT tag FROM article_tags WHERE article_seq IN (SELECT seq FROM articles WHERE ${this.dialect.scopeCondition}) ORDER BY tag LIMIT @limit`,
      { ...this.dialect.scopeParams(scope), limit },
    );
    return rows.map((row) => row.tag);
  }

  async publishedBetween(query: PublishedQuery): Promise<Article[]> {
    return this.select(
      'origin_kind = @origin AND published_at > @since AND published_at <= @until ORDER BY published_at DESC, id LIMIT @limit',
      {
        origin: query.origin,
        since: query.since.getTime(),
        until: query.until.getTime(),
        limit: query.limit,
      },
    );
  }

  /** Hits of a search query: rows with a `score` column, best first. */
  protected async hits(sql: string, params: Record<string, unknown>): Promise<SearchHit[]> {
    const rows = await this.dialect.rows<ArticleRow & { score: number }>(sql, params);
    const articles = await this.articles(rows);
    return rows.flatMap((row, i) => {
      const article = articles[i];
      return article ? [{ article, score: row.score }] : [];
    });
  }
}
