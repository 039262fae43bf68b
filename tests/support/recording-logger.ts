import type { Logger } from '../../src/core/ports/logger.js';

export interface LogEntry {
  readonly level: 'debug' | 'info' | 'warn' | 'error';
  readonly fields: Record<string, unknown>;
  readonly message: string;
}

/** A logger that keeps what it is told, for assertions; children share the parent's list. */
export function createRecordingLogger(entries: LogEntry[] = []): Logger & { entries: LogEntry[] } {
  const at =
    (level: LogEntry['level'], bindings: Record<string, unknown>) =>
    (fields: object, message = '') =>
      entries.push({ level, fields: { ...bindings, ...fields }, message });
  const make = (bindings: Record<string, unknown>): Logger & { entries: LogEntry[] } => ({
    entries,
    debug: at('debug', bindings),
    info: at('info', bindings),
    warn: at('warn', bindings),
    error: at('error', bindings),
    child: (more) => make({ ...bindings, ...more }),
  });
  return make({});
}
