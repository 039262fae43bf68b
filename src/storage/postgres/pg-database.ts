import pg from 'pg';

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

/** A pool, or one connection of it inside a transaction, with the few calls the stores need. */
export class PgDatabase {
  constructor(private readonly runner: pg.Pool | pg.PoolClient) {}

  async query<Row extends object>(
    sql: string,
    params: SqlParams = [],
  ): Promise<pg.QueryResult<Row>> {
    const entry = compile(sql, params);
    return this.runner.query<Row>({
      name: entry.name,
      text: entry.text,
      values: valuesOf(entry, params),
    });
  }

  async rows<Row extends object>(sql: string, params: SqlParams = []): Promise<Row[]> {
    return (await this.query<Row>(sql, params)).rows;
  }

  async first<Row extends object>(sql: string, params: SqlParams = []): Promise<Row | undefined> {
    return (await this.query<Row>(sql, params)).rows[0];
  }

  /** Runs SQL text as it is, unprepared: several statements at once, no parameters (migrations). */
  async exec(sql: string): Promise<void> {
    await this.runner.query(sql);
  }

  /** How many rows the statement inserted, changed or deleted. */
  async changes(sql: string, params: SqlParams = []): Promise<number> {
    return (await this.query(sql, params)).rowCount ?? 0;
  }

  /** Runs `work` in one transaction on one connection of the pool. */
  async transaction<T>(work: (db: PgDatabase) => Promise<T>): Promise<T> {
    if (!(this.runner instanceof pg.Pool)) throw new Error('already in a transaction');
    const client = await this.runner.connect();
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
