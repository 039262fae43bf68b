import { describe, it } from 'vitest';
import { useTestSchemas } from '../../support/postgres.js';
import { missedDigestScenario } from '../../support/missed-digest-scenario.js';

const schemas = useTestSchemas();

describe('console digests across restarts on PostgreSQL', () => {
  it('sends a digest missed while the bot was down once on restart, and never again', async () => {
    const url = await schemas.fresh();
    await missedDigestScenario(url, async () => {
      await schemas.query(
        url,
        'UPDATE digest_settings SET schedule_from = schedule_from - 3600000',
      );
    });
  }, 60_000);
});
