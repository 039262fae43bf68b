import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configSchema, ConfigError, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('applies the defaults', () => {
    expect(loadConfig({}, '')).toEqual({
      CONTENT_DIR: './content',
      DATABASE_URL: 'sqlite:./data/briefly.db',
      DIGEST_DEFAULT_TIME: '08:00',
      DIGEST_DEFAULT_TIMEZONE: 'UTC',
      DIGEST_CATCH_UP_MINUTES: 60,
      FEEDS_ALLOW_PRIVATE: false,
      FEED_RETENTION_DAYS: 30,
      FEED_POLL_INTERVAL_SECONDS: 900,
      JOB_LEASE_SECONDS: 300,
      SUMMARIZER: 'extractive',
      OPENAI_TIMEOUT_SECONDS: 10,
      LOG_LEVEL: 'info',
      TELEGRAM_WEBHOOK_PORT: 8443,
      OPS_HOST: '127.0.0.1',
      WEB_HOST: '127.0.0.1',
    });
  });

  it('reads the ops port and host, and refuses a port out of range', () => {
    const config = loadConfig({ OPS_PORT: '9464', OPS_HOST: '0.0.0.0' }, '');
    expect(config.OPS_PORT).toBe(9464);
    expect(config.OPS_HOST).toBe('0.0.0.0');
    expect(() => loadConfig({ OPS_PORT: '70000' }, '')).toThrow(/OPS_PORT: must be a port number/);
  });

  it('treats an empty value as unset', () => {
    expect(
      loadConfig({ DISCORD_TOKEN: '  ', DISCORD_GUILD_ID: '' }, '').DISCORD_TOKEN,
    ).toBeUndefined();
  });

  it('parses numbers, flags, URLs and zones', () => {
    const config = loadConfig(
      {
        DIGEST_CATCH_UP_MINUTES: '15',
        FEEDS_ALLOW_PRIVATE: 'true',
        TELEGRAM_API_ROOT: 'http://127.0.0.1:9000/',
        DIGEST_DEFAULT_TIMEZONE: 'Europe/Berlin',
      },
      '',
    );
    expect(config).toMatchObject({
      DIGEST_CATCH_UP_MINUTES: 15,
      FEEDS_ALLOW_PRIVATE: true,
      TELEGRAM_API_ROOT: 'http://127.0.0.1:9000',
      DIGEST_DEFAULT_TIMEZONE: 'Europe/Berlin',
    });
  });

  it('keeps the canonical name of the default time zone', () => {
    expect(
      loadConfig({ DIGEST_DEFAULT_TIMEZONE: 'europe/berlin' }, '').DIGEST_DEFAULT_TIMEZONE,
    ).toBe('Europe/Berlin');
    expect(loadConfig({ DIGEST_DEFAULT_TIMEZONE: 'utc' }, '').DIGEST_DEFAULT_TIMEZONE).toBe('UTC');
  });

  it('rejects bad digest defaults, URLs and an incomplete model setup', () => {
    expect(() =>
      loadConfig(
        {
          DIGEST_DEFAULT_TIME: '25:00',
          DIGEST_DEFAULT_TIMEZONE: 'Mars/Olympus',
          DIGEST_CATCH_UP_MINUTES: 'soon',
          DATABASE_URL: 'mysql://x',
          DISCORD_API_URL: 'ftp://x',
          SUMMARIZER: 'openai',
        },
        '',
      ),
    ).toThrow(ConfigError);
    try {
      loadConfig(
        {
          DIGEST_DEFAULT_TIME: '25:00',
          DIGEST_DEFAULT_TIMEZONE: 'Mars/Olympus',
          DIGEST_CATCH_UP_MINUTES: 'soon',
          DATABASE_URL: 'mysql://x',
          DISCORD_API_URL: 'ftp://x',
          SUMMARIZER: 'openai',
        },
        '',
      );
    } catch (error) {
      const message = (error as Error).message;
      for (const expected of [
        'DIGEST_DEFAULT_TIME: must be a time HH:MM',
        'DIGEST_DEFAULT_TIMEZONE: must be an IANA time zone',
        'DIGEST_CATCH_UP_MINUTES: must be a whole number',
        'DATABASE_URL: must be sqlite:PATH',
        'DISCORD_API_URL: must be an http(s) URL',
        'OPENAI_BASE_URL: is required when SUMMARIZER=openai',
        'OPENAI_MODEL: is required when SUMMARIZER=openai',
      ]) {
        expect(message).toContain(expected);
      }
    }
  });

  it('requires one webhook secret for webhook processes sharing PostgreSQL', () => {
    const webhook = {
      TELEGRAM_BOT_TOKEN: '1:x',
      TELEGRAM_WEBHOOK_URL: 'https://bot.example/hook',
      DATABASE_URL: 'postgres://briefly@db.example/briefly',
    };
    expect(() => loadConfig(webhook, '')).toThrow(
      /TELEGRAM_WEBHOOK_SECRET: is required for a webhook with a PostgreSQL DATABASE_URL/,
    );
    expect(
      loadConfig({ ...webhook, TELEGRAM_WEBHOOK_SECRET: 'shared-secret' }, '')
        .TELEGRAM_WEBHOOK_SECRET,
    ).toBe('shared-secret');
    // One process on SQLite may still use a random secret per start.
    expect(() => loadConfig({ ...webhook, DATABASE_URL: 'sqlite::memory:' }, '')).not.toThrow();
    // Long polling needs no secret.
    expect(() => loadConfig({ ...webhook, TELEGRAM_WEBHOOK_URL: undefined }, '')).not.toThrow();
  });

  it('reads the model timeout in seconds and refuses one that is not a positive number', () => {
    expect(loadConfig({ OPENAI_TIMEOUT_SECONDS: '2.5' }, '').OPENAI_TIMEOUT_SECONDS).toBe(2.5);
    expect(() => loadConfig({ OPENAI_TIMEOUT_SECONDS: '0' }, '')).toThrow(
      /OPENAI_TIMEOUT_SECONDS: must be more than 0/,
    );
    expect(() => loadConfig({ OPENAI_TIMEOUT_SECONDS: 'soon' }, '')).toThrow(
      /OPENAI_TIMEOUT_SECONDS: must be a number of seconds/,
    );
  });

  it('reads the Telegram webhook port and secret, and rejects bad ones', () => {
    expect(
      loadConfig({ TELEGRAM_WEBHOOK_PORT: '9443', TELEGRAM_WEBHOOK_SECRET: 'abc_DEF-123' }, ''),
    ).toMatchObject({ TELEGRAM_WEBHOOK_PORT: 9443, TELEGRAM_WEBHOOK_SECRET: 'abc_DEF-123' });
    try {
      loadConfig({ TELEGRAM_WEBHOOK_PORT: '70000', TELEGRAM_WEBHOOK_SECRET: 'has space!' }, '');
      expect.unreachable();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('TELEGRAM_WEBHOOK_PORT: must be a port number, 0 to 65535');
      expect(message).toContain('TELEGRAM_WEBHOOK_SECRET: must be 1 to 256 characters');
      expect(message).not.toContain('has space!');
    }
  });

  it('never echoes a password inside a bad URL', () => {
    expect(() =>
      loadConfig({ DATABASE_URL: 'postgresql:/admin:hunter2@db.internal/br' }, ''),
    ).toThrow(/DATABASE_URL: .*\(got "postgresql:\/admin@db\.internal\/br"\)/);
    try {
      loadConfig({ DATABASE_URL: 'postgresql:/admin:hunter2@db.internal/br' }, '');
    } catch (error) {
      expect((error as Error).message).not.toContain('hunter2');
    }
  });

  it('reads a .env file under the environment', () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefly-env-'));
    const file = join(dir, '.env');
    writeFileSync(file, 'CONTENT_DIR=/from/file\nLOG_LEVEL=debug\n');
    const config = loadConfig({ LOG_LEVEL: 'warn' }, file);
    expect(config.CONTENT_DIR).toBe('/from/file');
    expect(config.LOG_LEVEL).toBe('warn');
    rmSync(dir, { recursive: true });
  });

  it('names every bad variable and why, in one error', () => {
    try {
      loadConfig({ LOG_LEVEL: 'loud', DIGEST_CATCH_UP_MINUTES: '-5' }, '');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).toMatch(
        /LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent \(got "loud"\)/,
      );
      expect(message).toMatch(/DIGEST_CATCH_UP_MINUTES: must be 0 or more \(got "-5"\)/);
    }
  });

  it('reads the control panel settings, and wants the Discord client id and secret together', () => {
    const config = loadConfig(
      {
        WEB_PORT: '8080',
        WEB_PUBLIC_URL: 'https://panel.example.org/',
        DISCORD_CLIENT_ID: '100000000000000001',
        DISCORD_CLIENT_SECRET: 'shh',
      },
      '',
    );
    expect(config).toMatchObject({
      WEB_PORT: 8080,
      WEB_HOST: '127.0.0.1',
      WEB_PUBLIC_URL: 'https://panel.example.org',
    });
    expect(() => loadConfig({ DISCORD_CLIENT_ID: '100000000000000001' }, '')).toThrow(
      /DISCORD_CLIENT_ID, DISCORD_CLIENT_SECRET: Discord sign-in needs both/,
    );
    expect(() => loadConfig({ WEB_PORT: '70000', DISCORD_CLIENT_SECRET: 'leak-me' }, '')).toThrow(
      /WEB_PORT: must be a port number, 0 to 65535/,
    );
  });

  it('never prints a secret value', () => {
    const schemaKeys = Object.keys(configSchema.shape).filter((k) => /TOKEN|KEY/.test(k));
    expect(schemaKeys.length).toBeGreaterThan(0);
    try {
      loadConfig({ LOG_LEVEL: 'nope', DISCORD_TOKEN: 'super-secret-value' }, '');
    } catch (error) {
      expect((error as Error).message).not.toContain('super-secret-value');
    }
  });
});

describe('.env.example', () => {
  it('lists exactly the variables of the configuration schema, each with a comment', () => {
    const text = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
    const lines = text.split('\n');
    const keys = lines.flatMap((line) => /^([A-Z][A-Z0-9_]*)=/.exec(line)?.[1] ?? []);
    expect(keys.sort()).toEqual(Object.keys(configSchema.shape).sort());
    for (const key of keys) {
      const at = lines.findIndex((line) => line.startsWith(`${key}=`));
      expect(lines[at - 1], `${key} needs a comment above it`).toMatch(/^#/);
    }
  });
});
