import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, it } from 'vitest';
import { missedDigestScenario } from '../../support/missed-digest-scenario.js';

const dir = mkdtempSync(join(tmpdir(), 'briefly-console-digest-db-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('console digests across restarts', () => {
  it('sends a digest missed while the bot was down once on restart, and never again', async () => {
    const db = join(dir, 'briefly.db');
    await missedDigestScenario(`sqlite:${db}`, () => {
      const handle = new BetterSqlite3(db);
      handle.prepare('UPDATE digest_settings SET schedule_from = schedule_from - 3600000').run();
      handle.close();
      return Promise.resolve();
    });
  }, 60_000);
});
