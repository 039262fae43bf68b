import pg from 'pg';
import type { FleetLocks, LockSession, LockSurvey } from '../../core/ports/fleet-locks.js';

/**
 * How long a lock statement may take before the session is given up. A session whose server
 * stopped answering must stop its work (its locks may be gone) well before the server, through
 * its own keepalives below, ends the session and lets another process take the locks.
 */
const QUERY_TIMEOUT_MS = 5_000;

/**
 * The server probes an idle session's connection after 20 s, every 5 s, 3 times: a process cut
 * off from the database (its machine gone, a partition) loses its locks about 35 s later. A
 * process that died on a live machine loses them at once (its kernel closes the socket).
 */
const SERVER_KEEPALIVES =
  'SET tcp_keepalives_idle = 20; SET tcp_keepalives_interval = 5; SET tcp_keepalives_count = 3';

/**
 * Advisory locks are per database, not per schema: each key is hashed with the schema, so fleets
 * in different schemas of one database (the tests) never meet. Two-int keys (hash, n) show in
 * pg_locks as classid = hash, objid = n, objsubid = 2, which is what `survey` reads.
 */
const KEY = (kind: 'member' | 'lock', param: string) =>
  `hashtext(coalesce(current_schema(), '') || ':${kind}:' || ${param})`;

const SURVEY = `
  SELECT l.pid, l.objid::bigint AS n, l.classid = ${KEY('member', '$1')}::oid AS member
    FROM pg_locks l
   WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2
     AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
     AND l.classid IN (${KEY('member', '$1')}::oid, ${KEY('lock', '$2')}::oid)`;

/**
 * Fleet locks in PostgreSQL: each session is a connection of its own (never a pooled one: a
 * session-level advisory lock belongs to the connection), with TCP keepalives both ways, so
 * PostgreSQL itself releases a dead process's locks. No table, no lease, no clock.
 */
export class PgFleetLocks implements FleetLocks {
  constructor(private readonly connectionString: string) {}

  async open(): Promise<LockSession> {
    const client = new pg.Client({
      connectionString: this.connectionString,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      connectionTimeoutMillis: 10_000,
      query_timeout: QUERY_TIMEOUT_MS,
      application_name: 'briefly fleet locks',
    });
    // Until the session exists, a failure is the caller's (the connect below rejects).
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query(SERVER_KEEPALIVES);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    return new PgLockSession(client);
  }
}

class PgLockSession implements LockSession {
  readonly lost: Promise<string>;
  private settle: (reason: string) => void = () => undefined;
  private ended = false;
  /** Advisory locks stack when taken twice; each is taken once and remembered. */
  private readonly held = new Set<string>();
  private readonly joined = new Set<string>();

  constructor(private readonly client: pg.Client) {
    this.lost = new Promise((resolve) => (this.settle = resolve));
    client.on('error', (error) => this.lose(error.message));
    client.on('end', () => this.lose('connection closed'));
  }

  async join(group: string): Promise<void> {
    if (this.joined.has(group)) return;
    await this.run(`SELECT pg_try_advisory_lock_shared(${KEY('member', '$1')}, 0)`, [group]);
    this.joined.add(group);
  }

  async leave(group: string): Promise<void> {
    if (!this.joined.delete(group)) return;
    await this.run(`SELECT pg_advisory_unlock_shared(${KEY('member', '$1')}, 0)`, [group]);
  }

  async survey(group: string, name: string, count: number): Promise<LockSurvey> {
    const rows = await this.run<{ pid: number; n: string; member: boolean }>(SURVEY, [group, name]);
    const me = await this.run<{ pid: number }>('SELECT pg_backend_pid() AS pid', []);
    const holders: (string | undefined)[] = Array.from({ length: count }, () => undefined);
    const members = new Set<string>();
    for (const row of rows) {
      if (row.member) members.add(String(row.pid));
      else if (Number(row.n) < count) holders[Number(row.n)] = String(row.pid);
    }
    return { me: String(me[0]?.pid), members: [...members].sort(), holders };
  }

  async tryTake(name: string, n: number): Promise<boolean> {
    const key = `${name}#${n}`;
    if (this.held.has(key)) return true;
    const [row] = await this.run<{ taken: boolean }>(
      `SELECT pg_try_advisory_lock(${KEY('lock', '$1')}, $2) AS taken`,
      [name, n],
    );
    if (row?.taken) this.held.add(key);
    return row?.taken === true;
  }

  async release(name: string, n: number): Promise<void> {
    const key = `${name}#${n}`;
    if (!this.held.delete(key) || this.ended) return;
    await this.run(`SELECT pg_advisory_unlock(${KEY('lock', '$1')}, $2)`, [name, n]);
  }

  async close(): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    // Ending the connection ends the session: PostgreSQL releases every lock of it.
    await this.client.end().catch(() => undefined);
  }

  /**
   * Any failure (an error, a statement past its time-out) leaves it unknown which locks the
   * server still counts as ours: the session is ended and reported lost, never used again.
   */
  private async run<Row extends pg.QueryResultRow>(sql: string, params: unknown[]) {
    if (this.ended) throw new Error('fleet lock session is closed');
    try {
      return (await this.client.query<Row>(sql, params)).rows;
    } catch (error) {
      this.lose(error instanceof Error ? error.message : String(error));
      throw error;
    }
  }

  private lose(reason: string): void {
    if (this.ended) return;
    this.ended = true;
    this.settle(reason);
    void this.client.end().catch(() => undefined);
  }
}
