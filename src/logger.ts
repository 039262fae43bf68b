import { pino } from 'pino';
import type { Logger } from './core/ports/logger.js';

/**
 * Structured JSON logs on standard error (standard output carries the console adapter's answers).
 * Secrets are redacted wherever they appear as fields.
 */
export function createLogger(level: string): Logger {
  return pino(
    {
      level,
      base: { app: 'briefly' },
      redact: {
        paths: ['token', '*.token', 'config.*TOKEN', 'config.*KEY', 'headers.authorization'],
        censor: '[secret]',
      },
    },
    pino.destination({ fd: 2, sync: true }),
  );
}
