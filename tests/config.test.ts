import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configSchema, ConfigError, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('applies the defaults', () => {
    expect(loadConfig({}, '')).toEqual({ CONTENT_DIR: './content', LOG_LEVEL: 'info' });
  });

  it('treats an empty token as unset', () => {
    expect(loadConfig({ DISCORD_TOKEN: '  ' }, '').DISCORD_TOKEN).toBeUndefined();
  });

  it('names every bad variable and why, in one error', () => {
    try {
      loadConfig({ LOG_LEVEL: 'loud', CONTENT_DIR: ' ' }, '');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).toMatch(
        /LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent \(got "loud"\)/,
      );
      expect(message).toMatch(/CONTENT_DIR: must name a folder/);
    }
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
