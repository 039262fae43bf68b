import type { Logger } from '../core/ports/logger.js';

/** How long a stop may take before the process exits anyway (supervisors kill at 10 s). */
export const STOP_DEADLINE_MS = 9_000;

export interface StopSignals {
  /** Settles with the signal's name at the first SIGTERM or SIGINT. */
  readonly requested: Promise<string>;
  readonly isRequested: () => boolean;
}

/**
 * Takes SIGTERM and SIGINT from the start, so that a signal that comes while the bot is starting
 * still stops it cleanly (node as PID 1 in a container would otherwise ignore it). From the first
 * signal the stop has STOP_DEADLINE_MS; past it, or at a second signal, the process exits at once
 * with code 1 and says so.
 */
export function stopSignals(logger: Logger, deadlineMs = STOP_DEADLINE_MS): StopSignals {
  let requested = false;
  let resolve: (signal: string) => void = () => undefined;
  const promise = new Promise<string>((settle) => (resolve = settle));
  const onSignal = (signal: NodeJS.Signals) => {
    if (requested) {
      logger.error({ signal }, 'second stop signal: exiting now');
      process.exit(1);
    }
    requested = true;
    setTimeout(() => {
      logger.error({ deadlineMs }, 'stopping took too long: exiting now');
      process.exit(1);
    }, deadlineMs).unref();
    resolve(signal);
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  return { requested: promise, isRequested: () => requested };
}
