import pg from 'pg';
import { retry } from '../../core/async/retry.js';

/** Parameters by position ($1, $2, …) or by name (@name, turned into $n; extra names are ignored). */
export type SqlParams = readonly unknown[] | Readonly<Record<string, unknown>>;

interface Compiled {
  readonly name: string;
  readonly text: string;
  readonly names: readonly string[] | undefined;
}

const compiled = new Map<string, Compiled>();

/** Each SQL text is compiled once and runs as a named prepared statement (parsed once per connection). */
function compile(sql: string, params: SqlParams): Compiled {
  let entry = compiled.get(sql);
  if (!entry) {
    const name = `briefly_${compiled.size + 1}`;
    if (Array.isArray(params)) entry = { name, text: sql, names: undefined };
    else {
      const names: string[] = [];
      const text = sql.replace(/@([a-z_]+)/g, (_, param: string) => {
        const index = names.includes(param) ? names.indexOf(param) : names.push(param) - 1;
        return `$${index + 1}`;
      });
      entry = { name, text, names };
    }
    compiled.set(sql, entry);
  }
  return entry;
}

function valuesOf(entry: Compiled, params: SqlParams): unknown[] {
  if (Array.isArray(params)) return [...(params as readonly unknown[])];
  const byName = params as Readonly<Record<string, unknown>>;
  return (entry.names ?? []).map((param) => {
    if (!(param in byName)) throw new Error(`SQL parameter @${param} is missing`);
    return byName[param];
  });
}

/**
 * Errors of a connection that went away (a server restart or failover, a terminated backend, a
 * network cut): the statement did not run, or ran in a transaction that was rolled back.
 */
const CONNECTION_LOST = new Set([
  '57P01', // admin_shutdown: terminated by pg_terminate_backend or a fast shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: the server is starting
  '08000',
  '08003',
  '08006',
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
]);

export function isConnectionLost(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return (
    (typeof code === 'string' && CONNECTION_LOST.has(code)) ||
    /Connection terminated|connection timeout/i.test(error.message)
  );
}

/**
 * A statement or transaction that fails because its connection went away is run again on a new
 * one, after 0.1, 0.2, 0.4… s (about 10 s in all, what a server restart takes): the pool drops dead
 * connections and opens new ones. Every statement of the stores may run twice: claims and writes
 * are conditional or idempotent.
 */
const RECONNECT = { attempts: 8, backoff: { firstMs: 100, maxMs: 2_000 } };

/** Told of each statement run again after its connection was lost (to log it). */
export type OnReconnect = (error: unknown, attempt: number, delayMs: number) => void;

/** A pool, or one connection of it inside a transaction, with the few calls the stores need. */
export class PgDatabase {
  /** Without `onReconnect` nothing is run again (opening: a database that is not there fails at once). */
  constructor(
    private readonly runner: pg.Pool | pg.PoolClient,
    private readonly onReconnect?: OnReconnect,
  ) {}

  /** Runs `task`, again on a new connection if its connection was lost (pool only). */
  private again<T>(task: () => Promise<T>): Promise<T> {
    if (!(this.runner instanceof pg.Pool) || !this.onReconnect) return task();
    return retry(task, { ...RECONNECT, retryable: isConnectionLost, onRetry: this.onReconnect });
  }

  async query<Row extends object>(
    sql: string,
    params: SqlParams = [],
  ): Promise<pg.QueryResult<Row>> {
    const entry = compile(sql, params);
    const values = valuesOf(entry, params);
    return this.again(() => this.runner.query<Row>({ name: entry.name, text: entry.text, values }));
  }

  async rows<Row extends object>(sql: string, params: SqlParams = []): Promise<Row[]> {
    return (await this.query<Row>(sql, params)).rows;
  }

  async first<Row extends object>(sql: string, params: SqlParams = []): Promise<Row | undefined> {
    return (await this.query<Row>(sql, params)).rows[0];
  }

  /** Runs SQL text as it is, unprepared: several statements at once, no parameters (migrations). */
  async exec(sql: string): Promise<void> {
    await this.again(() => this.runner.query(sql));
  }

  /** How many rows the statement inserted, changed or deleted. */
  async changes(sql: string, params: SqlParams = []): Promise<number> {
    return (await this.query(sql, params)).rowCount ?? 0;
  }

  /** Runs `work` in one transaction on one connection of the pool. */
  async transaction<T>(work: (db: PgDatabase) => Promise<T>): Promise<T> {
    const pool = this.runner;
    if (!(pool instanceof pg.Pool)) throw new Error('already in a transaction');
    return this.again(() => this.transactionOnce(pool, work));
  }

  private async transactionOnce<T>(
    pool: pg.Pool,
    work: (db: PgDatabase) => Promise<T>,
  ): Promise<T> {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await work(new PgDatabase(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch((rollback: unknown) => {
        broken = rollback instanceof Error ? rollback : new Error(String(rollback));
      });
      throw error;
    } finally {
      client.release(broken);
    }
  }
}
