import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { z } from 'zod';
import { parseTime } from './core/digests/schedule.js';
import { canonicalTimeZone, isValidTimeZone } from './core/digests/zoned-time.js';

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
const url = (what: string) =>
  z
    .string()
    .trim()
    .refine(
      (value) => /^https?:\/\/\S+$/i.test(value) && URL.canParse(value),
      `must be an http(s) URL for ${what}`,
    )
    .transform((value) => value.replace(/\/+$/, ''))
    .optional();

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((value) => ['true', '1', 'yes'].includes(value));

/**
 * Every setting Briefly reads, with its default. The only reader of process.env: the rest of the
 * program gets the parsed, typed result. `.env.example` lists the same keys (a test keeps them equal).
 */
export const configSchema = z.object({
  DISCORD_TOKEN: optionalText.describe('enables the Discord adapter'),
  DISCORD_GUILD_ID: z
    .string()
    .trim()
    .regex(/^\d{17,20}$/, 'must be a server id (17 to 20 digits)')
    .optional(),
  DISCORD_API_URL: url('the Discord REST API'),
  DISCORD_SHARD_COUNT: z.coerce
    .number({ error: 'must be a whole number of shards' })
    .int('must be a whole number of shards')
    .min(1, 'must be at least 1')
    .max(10_000, 'must be at most 10000')
    .optional()
    .describe("gateway shards in all; unset: Discord's recommendation (GET /gateway/bot)"),
  TELEGRAM_BOT_TOKEN: optionalText.describe('enables the Telegram adapter'),
  TELEGRAM_API_ROOT: url('the Telegram Bot API'),
  TELEGRAM_WEBHOOK_URL: url('the webhook'),
  TELEGRAM_WEBHOOK_PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int('must be a port number')
    .min(0, 'must be a port number, 0 to 65535')
    .max(65535, 'must be a port number, 0 to 65535')
    .default(8443),
  TELEGRAM_WEBHOOK_SECRET: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,256}$/, 'must be 1 to 256 characters: letters, digits, _ and -')
    .optional(),
  CONTENT_DIR: z.string().trim().min(1, 'must name a folder').default('./content'),
  DATABASE_URL: z
    .string()
    .trim()
    .regex(
      /^(sqlite:.+|postgres(ql)?:\/\/.+)$/,
      'must be sqlite:PATH, sqlite::memory: or postgres://…',
    )
    .default('sqlite:./data/briefly.db'),
  DIGEST_DEFAULT_TIME: z
    .string()
    .trim()
    .refine((value) => parseTime(value) !== undefined, 'must be a time HH:MM, 00:00 to 23:59')
    .default('08:00'),
  DIGEST_DEFAULT_TIMEZONE: z
    .string()
    .trim()
    .refine(isValidTimeZone, 'must be an IANA time zone such as Europe/Berlin or UTC')
    .transform((zone) => canonicalTimeZone(zone) ?? zone)
    .default('UTC'),
  DIGEST_CATCH_UP_MINUTES: z.coerce
    .number({ error: 'must be a whole number of minutes' })
    .int('must be a whole number of minutes')
    .min(0, 'must be 0 or more')
    .max(1440, 'must be at most 1440 (a day)')
    .default(60),
  FEEDS_ALLOW_PRIVATE: flag.default(false),
  FEED_RETENTION_DAYS: z.coerce
    .number({ error: 'must be a whole number of days' })
    .int('must be a whole number of days')
    .min(1, 'must be at least 1')
    .max(3650, 'must be at most 3650 (ten years)')
    .default(30)
    .describe('feed articles published longer ago leave memory and storage'),
  FEED_POLL_INTERVAL_SECONDS: z.coerce
    .number({ error: 'must be a whole number of seconds' })
    .int('must be a whole number of seconds')
    .min(1, 'must be at least 1')
    .max(86_400, 'must be at most 86400 (a day)')
    .default(900)
    .describe('how often a feed is read when it asks for no interval of its own'),
  JOB_LEASE_SECONDS: z.coerce
    .number({ error: 'must be a whole number of seconds' })
    .int('must be a whole number of seconds')
    .min(1, 'must be at least 1')
    .max(3600, 'must be at most 3600 (an hour)')
    .default(300)
    .describe('a feed read taking longer (its process died) is taken over by another process'),
  SUMMARIZER: z
    .enum(['extractive', 'openai'], { error: 'must be extractive or openai' })
    .default('extractive'),
  OPENAI_BASE_URL: url('an OpenAI-compatible server'),
  OPENAI_API_KEY: optionalText,
  OPENAI_MODEL: optionalText,
  OPENAI_TIMEOUT_SECONDS: z.coerce
    .number({ error: 'must be a number of seconds' })
    .positive('must be more than 0')
    .max(300, 'must be at most 300')
    .default(10),
  OPS_PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int('must be a port number')
    .min(0, 'must be a port number, 0 to 65535')
    .max(65535, 'must be a port number, 0 to 65535')
    .optional()
    .describe('the ops HTTP server (/healthz, /readyz, /metrics); off when unset'),
  OPS_HOST: z.string().trim().min(1, 'must name an interface').default('127.0.0.1'),
  WEB_PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int('must be a port number')
    .min(0, 'must be a port number, 0 to 65535')
    .max(65535, 'must be a port number, 0 to 65535')
    .optional()
    .describe('enables the control panel on this port'),
  WEB_HOST: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z.:-]{1,255}$/, 'must be an interface address such as 127.0.0.1 or 0.0.0.0')
    .default('127.0.0.1'),
  WEB_PUBLIC_URL: url('the control panel'),
  DISCORD_CLIENT_ID: z
    .string()
    .trim()
    .regex(/^\d{17,20}$/, 'must be an application id (17 to 20 digits)')
    .optional(),
  DISCORD_CLIENT_SECRET: optionalText,
  LOG_LEVEL: z
    .enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` })
    .default('info'),
  // The console's language, as POSIX programs read it (LC_ALL, then LC_MESSAGES, then LANG).
  LC_ALL: optionalText,
  LC_MESSAGES: optionalText,
  LANG: optionalText,
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
  const merged: Record<string, string | undefined> = {};
  // An empty value means unset, as in a copied .env.example.
  for (const [key, value] of Object.entries({ ...readEnvFile(envFile), ...env })) {
    if (value !== undefined && value.trim() !== '') merged[key] = value;
  }
  const result = configSchema.safeParse(merged);
  const crossField = crossFieldProblems(merged);
  if (!result.success || crossField.length > 0) {
    const issues = result.success ? [] : result.error.issues;
    const problems = issues.map((issue) => {
      const name = String(issue.path[0] ?? '?');
      const value = merged[name];
      const shown =
        value === undefined || isSecret(name)
          ? ''
          : ` (got "${withoutPassword(value).slice(0, 40)}")`;
      return `${name}: ${issue.message}${shown}`;
    });
    problems.push(...crossField);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return Object.freeze(result.data);
}

/**
 * loadConfig for a program's start: on invalid configuration, writes the message to standard
 * error and returns undefined (the caller exits with code 2).
 */
export function loadConfigOrReport(): AppConfig | undefined {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return undefined;
    }
    throw error;
  }
}

/** Rules that tie several variables together (checked even when single values are wrong). */
function crossFieldProblems(env: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  if (env.SUMMARIZER?.trim() === 'openai') {
    problems.push(
      ...(['OPENAI_BASE_URL', 'OPENAI_MODEL'] as const)
        .filter((key) => env[key] === undefined)
        .map((key) => `${key}: is required when SUMMARIZER=openai`),
    );
  }
  if ((env.DISCORD_CLIENT_ID === undefined) !== (env.DISCORD_CLIENT_SECRET === undefined)) {
    problems.push(
      'DISCORD_CLIENT_ID, DISCORD_CLIENT_SECRET: Discord sign-in needs both (or neither)',
    );
  }
  // Processes sharing PostgreSQL sit behind one webhook URL: a random secret per process would let
  // only the last one started accept updates (the others answer 403).
  if (
    env.TELEGRAM_WEBHOOK_URL !== undefined &&
    env.TELEGRAM_WEBHOOK_SECRET === undefined &&
    /^postgres(ql)?:\/\//.test(env.DATABASE_URL?.trim() ?? '')
  )
    problems.push(
      'TELEGRAM_WEBHOOK_SECRET: is required for a webhook with a PostgreSQL DATABASE_URL (every process behind the webhook needs the same secret)',
    );
  return problems;
}

/** A URL-like value with any password taken out ("postgres://me:pw@db/x" → "postgres://me@db/x"). */
export function withoutPassword(value: string): string {
  return value.replace(/^([a-z][a-z0-9+.-]*:\/*)([^/@\s:]*):[^/@\s]*@/i, '$1$2@');
}

/** Names of settings whose values must never be printed or logged. */
export function isSecret(name: string): boolean {
  return /TOKEN|KEY|SECRET|PASSWORD/.test(name);
}

function readEnvFile(path: string): Record<string, string> {
  if (!path || !existsSync(path)) return {};
  return parseEnv(readFileSync(path, 'utf8')) as Record<string, string>;
}
