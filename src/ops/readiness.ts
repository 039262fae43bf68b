/** One thing the bot needs to serve: undefined when it is fine, else why not (shown by /readyz). */
export type ReadinessCheck = () => Promise<string | undefined> | string | undefined;

export interface ReadinessReport {
  readonly ready: boolean;
  /** Why not, one line each; empty when ready. */
  readonly reasons: readonly string[];
}

/** How long one check may take before it counts as failed (a hung database must not hang /readyz). */
const CHECK_TIMEOUT_MS = 2000;

/**
 * What /readyz answers. Not ready while starting (with the step under way), while stopping, or while
 * any check fails: the database does not answer, a platform is not connected. Checks are added by
 * the composition root once the parts they look at exist.
 */
export class Readiness {
  private step: string | undefined = 'starting';
  private stopping = false;
  private readonly checks: { name: string; check: ReadinessCheck }[] = [];

  /** The start-up step under way ("opening the database"), shown until `started()`. */
  starting(step: string): void {
    this.step = step;
  }

  started(): void {
    this.step = undefined;
  }

  /** From the stop signal on, /readyz answers 503 so that traffic goes elsewhere. */
  markStopping(): void {
    this.stopping = true;
  }

  add(name: string, check: ReadinessCheck): void {
    this.checks.push({ name, check });
  }

  async report(): Promise<ReadinessReport> {
    if (this.stopping) return { ready: false, reasons: ['stopping'] };
    if (this.step !== undefined) return { ready: false, reasons: [`starting: ${this.step}`] };
    const results = await Promise.all(
      this.checks.map(async ({ name, check }) => {
        const reason = await withTimeout(check);
        return reason === undefined ? undefined : `${name}: ${reason}`;
      }),
    );
    const reasons = results.filter((reason): reason is string => reason !== undefined);
    return { ready: reasons.length === 0, reasons };
  }
}

async function withTimeout(check: ReadinessCheck): Promise<string | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<string>((resolve) => {
    timer = setTimeout(
      () => resolve(`no answer within ${CHECK_TIMEOUT_MS / 1000} s`),
      CHECK_TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([Promise.resolve().then(check), late]);
  } catch (error) {
    return describe(error);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A failed check's error, without anything that could be configuration: an error code when it has
 * one (ECONNREFUSED, 57P01), else the error's class. Driver messages can name hosts and users.
 */
function describe(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (typeof code === 'string' && /^[A-Z0-9_]{2,40}$/i.test(code)) return `failed (${code})`;
  return `failed (${error instanceof Error ? error.name : 'error'})`;
}
