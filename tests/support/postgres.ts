import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';

/**
 * The PostgreSQL server the storage tests run against (CI has one; trust authentication). Each test
 * file gets schemas of its own, `briefly_test_<random>_<n>`, dropped at the end, so parallel runs
 * on one server never see each other's rows.
 */
export const TEST_POSTGRES_URL =
  process.env.BRIEFLY_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** The URL of one schema of the test server: every pooled connection gets it as its search_path. */
export function schemaUrl(schema: string, base = TEST_POSTGRES_URL): string {
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

export interface TestSchemas {
  /** Creates an empty schema and returns the DATABASE_URL that uses it. */
  fresh(): Promise<string>;
  /** Runs SQL in a schema made by `fresh`, given by its URL. */
  query<Row extends object>(url: string, sql: string): Promise<Row[]>;
  /** Drops every schema made by `fresh`. */
  dropAll(): Promise<void>;
}

/** Connects to the test server (or `base`), failing with what to do when it is not there. */
export async function connectTestSchemas(base = TEST_POSTGRES_URL): Promise<TestSchemas> {
  const admin = new pg.Pool({
    connectionString: base,
    max: 2,
    connectionTimeoutMillis: 5_000,
  });
  try {
    await admin.query('SELECT 1');
  } catch (error) {
    await admin.end();
    throw new Error(
      `PostgreSQL is not reachable at ${base} (${reasonOf(error)}). The PostgreSQL storage tests need it: ` +
        'start a server on 127.0.0.1:5432 with a database "test" and trust authentication, ' +
        'or point BRIEFLY_TEST_POSTGRES_URL at one.',
    );
  }
  const prefix = `briefly_test_${randomBytes(6).toString('hex')}`;
  const made: string[] = [];
  const schemaOf = (url: string) =>
    (new URL(url).searchParams.get('options') ?? '').replace('-c search_path=', '');
  return {
    async fresh() {
      const schema = `${prefix}_${made.length + 1}`;
      made.push(schema);
      await admin.query(`CREATE SCHEMA ${schema}`);
      return schemaUrl(schema, base);
    },
    async query<Row extends object>(url: string, sql: string) {
      const client = await admin.connect();
      try {
        await client.query(`SET search_path TO ${schemaOf(url)}`);
        return (await client.query<Row>(sql)).rows;
      } finally {
        await client.query('RESET search_path').catch(() => undefined);
        client.release();
      }
    },
    async dropAll() {
      for (const schema of made) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
    },
  };
}

function reasonOf(error: unknown): string {
  if (error instanceof AggregateError && error.message === '')
    return error.errors.map(reasonOf).join('; ');
  return error instanceof Error ? error.message : String(error);
}

/**
 * Connects before the file's tests and drops its schemas after them. When the server is not there,
 * every test of the file fails with the message of `connectTestSchemas`.
 */
export function useTestSchemas(): TestSchemas {
  let schemas: TestSchemas | undefined;
  beforeAll(async () => {
    schemas = await connectTestSchemas();
  });
  afterAll(async () => {
    await schemas?.dropAll();
  });
  const connected = () => {
    if (!schemas) throw new Error('PostgreSQL is not connected (see the error of beforeAll)');
    return schemas;
  };
  return {
    fresh: () => connected().fresh(),
    query: (url, sql) => connected().query(url, sql),
    dropAll: () => connected().dropAll(),
  };
}
