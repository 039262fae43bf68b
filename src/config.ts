import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

/**
 * Every setting Briefly reads, with its default. The only reader of process.env: the rest of the
 * program gets the parsed, typed result. `.env.example` lists the same keys (a test keeps them equal).
 */
export const configSchema = z.object({
  DISCORD_TOKEN: optionalText.describe('enables the Discord adapter'),
  TELEGRAM_BOT_TOKEN: optionalText.describe('enables the Telegram adapter'),
  CONTENT_DIR: z.string().trim().min(1, 'must name a folder').default('./content'),
  LOG_LEVEL: z
    .enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` })
    .default('info'),
});

export type AppConfig = Readonly<z.output<typeof configSchema>>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Parses the environment (with values from `envFile`, when it exists, filling unset variables).
 * Throws one ConfigError naming every bad variable and why.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, envFile = '.env'): AppConfig {
  const merged: Record<string, string | undefined> = { ...readEnvFile(envFile), ...env };
  const result = configSchema.safeParse(merged);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '?');
      const value = merged[name];
      const shown = value === undefined || isSecret(name) ? '' : ` (got "${value.slice(0, 40)}")`;
      return `${name}: ${issue.message}${shown}`;
    });
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return Object.freeze(result.data);
}

/** Names of settings whose values must never be printed or logged. */
export function isSecret(name: string): boolean {
  return /TOKEN|KEY|SECRET|PASSWORD/.test(name);
}

function readEnvFile(path: string): Record<string, string> {
  if (!path || !existsSync(path)) return {};
  return parseEnv(readFileSync(path, 'utf8')) as Record<string, string>;
}
