import pg from 'pg';
import type { HeldLock, LeaderLock } from '../../core/ports/leader-lock.js';
import type { Logger } from '../../core/ports/logger.js';

export interface PgLeaderLockTiming {
  /** How often the holder checks that its connection still answers (default 5 s). */
  readonly checkEveryMs: number;
  /** How long a check may take before the lock counts as lost (default 5 s). */
  readonly checkTimeoutMs: number;
}

const DEFAULT_TIMING: PgLeaderLockTiming = { checkEveryMs: 5_000, checkTimeoutMs: 5_000 };

/**
 * Session settings of a lock's connection, so the server ends the session of a holder that is
 * gone, and with it the lock, within about 15 s: TCP keepalives and a send timeout find a machine
 * that vanished (on a socket connection they are ignored, and not needed); `idle_session_timeout`
 * ends the session of a holder that stopped checking in (a frozen process whose kernel still
 * answers keepalives), since a live holder runs a check every `checkEveryMs`.
 */
function sessionSettings(timing: PgLeaderLockTiming): string {
  const idleMs = Math.max(3 * timing.checkEveryMs, 10_000);
  return [
    'SET tcp_keepalives_idle = 5',
    'SET tcp_keepalives_interval = 3',
    'SET tcp_keepalives_count = 3',
    'SET tcp_user_timeout = 10000',
    `SET idle_session_timeout = ${idleMs}`,
  ].join('; ');
}

/**
 * The fleet's locks as PostgreSQL session-level advisory locks (`pg_try_advisory_lock`), each held
 * on a connection of its own: the server frees a lock when its session ends, so a process that dies
 * (SIGKILL included) frees it without leases of ours. Keyed by the name and the schema, since
 * advisory locks are per database and fleets of several schemas share one. The holder checks its
 * connection every few seconds and reports the lock lost at the first failure, before the server
 * can have given it to another (it ends a silent session only after three check intervals).
 */
export class PgLeaderLock implements LeaderLock {
  private readonly timing: PgLeaderLockTiming;

  constructor(
    private readonly databaseUrl: string,
    private readonly logger: Logger,
    timing: Partial<PgLeaderLockTiming> = {},
  ) {
    this.timing = { ...DEFAULT_TIMING, ...timing };
  }

  async tryAcquire(name: string): Promise<HeldLock | undefined> {
    const client = new pg.Client({
      connectionString: this.databaseUrl,
      connectionTimeoutMillis: 10_000,
      keepAlive: true,
      keepAliveInitialDelayMillis: 5_000,
      query_timeout: this.timing.checkTimeoutMs,
    });
    // A connection error is also reported to the query or check under way; without a listener
    // it would stop the process.
    const failed = new Promise<Error>((resolve) => client.on('error', resolve));
    const ended = new Promise<void>((resolve) => client.on('end', resolve));
    try {
      await client.connect();
      await client.query(sessionSettings(this.timing));
      const { rows } = await client.query<{ got: boolean }>(
        "SELECT pg_try_advisory_lock(hashtext('briefly leader ' || $1), hashtext(coalesce(current_schema(), ''))) AS got",
        [name],
      );
      if (rows[0]?.got !== true) {
        await client.end();
        return undefined;
      }
    } catch (error) {
      close(client);
      throw error;
    }
    return holdOn(client, name, this.timing, this.logger, failed, ended);
  }
}

/** The held lock: checked every interval; lost at the first failed check or connection error. */
function holdOn(
  client: pg.Client,
  name: string,
  timing: PgLeaderLockTiming,
  logger: Logger,
  failed: Promise<Error>,
  ended: Promise<void>,
): HeldLock {
  let releasing = false;
  let report: (reason: string) => void = () => undefined;
  const lost = new Promise<void>((resolve) => {
    report = (reason) => {
      if (releasing) return;
      releasing = true;
      clearInterval(timer);
      logger.warn({ lock: name, reason }, 'PostgreSQL lock connection failed: the lock is lost');
      close(client);
      resolve();
    };
  });
  const timer = setInterval(() => {
    client.query('SELECT 1').catch((error: unknown) => {
      report(error instanceof Error ? error.message : String(error));
    });
  }, timing.checkEveryMs);
  void failed.then((error) => report(error.message));
  void ended.then(() => report('connection ended'));
  return {
    lost,
    async release() {
      if (releasing) return;
      releasing = true;
      clearInterval(timer);
      // Ending the session frees its advisory locks; a server that does not answer is not waited for.
      const gaveUp = new Promise<'late'>((resolve) =>
        setTimeout(() => resolve('late'), 2_000).unref(),
      );
      const ending = client.end().then(
        () => 'ended' as const,
        () => 'late' as const,
      );
      if ((await Promise.race([ending, gaveUp])) === 'late') close(client);
    },
  };
}

/** Drops the connection without waiting for a server that may not answer. */
function close(client: pg.Client): void {
  const stream = (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection
    ?.stream;
  stream?.destroy();
  client.end().catch(() => undefined);
}
