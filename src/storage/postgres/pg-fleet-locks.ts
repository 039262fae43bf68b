import pg from 'pg';
import type { FleetLocks, LockSession, LockSurvey } from '../../core/ports/fleet-locks.js';

/**
 * A session runs a statement at least this often (a heartbeat when idle), and gives up after a
 * statement takes longer than QUERY_TIMEOUT_MS: a process cut off from the database stops its
 * work within about 10 s, well before the server (below) can have let another take its locks.
 */
const HEARTBEAT_MS = 5_000;
const QUERY_TIMEOUT_MS = 5_000;

/**
 * How the server ends the session of a process that is gone, and with it the locks: a process that
 * died on a live machine (SIGKILL included) at once, as its kernel closes the socket; a vanished
 * machine or a partition after about 25 s of TCP keepalives (10 s idle, 3 probes 5 s apart) or
 * 10 s of unacknowledged sends; a frozen process (its kernel still answers keepalives) after 30 s
 * without a heartbeat (`idle_session_timeout`, PostgreSQL 14 and later).
 */
const SESSION_SETTINGS = [
  'SET tcp_keepalives_idle = 10',
  'SET tcp_keepalives_interval = 5',
  'SET tcp_keepalives_count = 3',
  'SET tcp_user_timeout = 10000',
  'SET idle_session_timeout = 30000',
].join('; ');

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
      await client.query(SESSION_SETTINGS);
    } catch (error) {
      await endConnection(client);
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

  private readonly heartbeat: ReturnType<typeof setInterval>;

  constructor(private readonly client: pg.Client) {
    this.lost = new Promise((resolve) => (this.settle = resolve));
    client.on('error', (error) => this.lose(error.message));
    client.on('end', () => this.lose('connection closed'));
    this.heartbeat = setInterval(
      () => void this.run('SELECT 1', []).catch(() => undefined),
      HEARTBEAT_MS,
    );
    this.heartbeat.unref();
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
    clearInterval(this.heartbeat);
    // Ending the connection ends the session: PostgreSQL releases every lock of it.
    await endConnection(this.client);
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
    clearInterval(this.heartbeat);
    this.settle(reason);
    void endConnection(this.client);
  }
}

/** Ends the connection, not waiting more than 2 s for a server that may not answer. */
async function endConnection(client: pg.Client): Promise<void> {
  const late = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), 2_000).unref());
  const ended = client.end().then(
    () => 'ended' as const,
    () => 'late' as const,
  );
  if ((await Promise.race([ended, late])) === 'ended') return;
  // node-postgres has no public way to drop a connection at once; its socket does.
  (
    client as unknown as { connection?: { stream?: { destroy(): void } } }
  ).connection?.stream?.destroy();
}
