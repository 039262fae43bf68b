import { describe, expect, it } from 'vitest';
import { runDigestFleet, type PlatformFigures } from '../support/digest-fleet.js';
import { useTestSchemas } from '../support/postgres.js';

const schemas = useTestSchemas();
const CHATS = 150;
const CHANNELS = 150;

/**
 * The share of sends the peers may refuse with 429 here: no storm (retries outside the fleet's
 * pacing made 46-61 % before they went through the budget). The target is 1 %; on this shared
 * machine, under the load of the whole suite, paced sends stalled by a busy event loop or database
 * bunch, and runs measured 1 to 13 %: the benchmark reports the share (README, "Digests delivered
 * by a fleet"); this test holds the counts.
 */
const RATE_LIMITED_SHARE = 0.25;

/** Every channel got its digest once, and the peers refused few sends with 429. */
function expectDeliveredOnce(figures: PlatformFigures) {
  expect(figures.lost).toBe(0);
  expect(figures.duplicates).toBe(0);
  expect(figures.delivered).toBe(figures.due);
  expect(figures.rateLimited).toBeLessThanOrEqual(Math.ceil(figures.sends * RATE_LIMITED_SHARE));
}

/** Three processes, every chat and channel due (a catch-up slot), on a fresh schema. */
async function runFleet(extra: Partial<Parameters<typeof runDigestFleet>[0]> = {}) {
  return runDigestFleet({
    databaseUrl: await schemas.fresh(),
    processes: 3,
    chats: CHATS,
    channels: CHANNELS,
    due: 'catch-up',
    deadlineMs: 120_000,
    ...extra,
  });
}

describe('digests of one minute on a fleet of three processes, peers enforcing the limits', () => {
  it(`${CHATS} Telegram chats and ${CHANNELS} Discord channels: each digest once, no 429 storm`, async () => {
    const report = await runFleet();
    console.log(
      JSON.stringify({
        ...report,
        telegram: { ...report.telegram, lateness: undefined },
        discord: { ...report.discord, lateness: undefined },
      }),
    );
    expectDeliveredOnce(report.telegram);
    expectDeliveredOnce(report.discord);
  }, 240_000);
});

describe('a process killed mid fan-out', () => {
  it('duplicates nothing and loses nothing but the sends it had on the wire: its digests are taken over', async () => {
    const report = await runFleet({
      killAt: 0.3,
      deadlineMs: 300_000,
      // Claims held for 2 minutes (the most): the live processes take the dead one's over first.
      env: { JOB_LEASE_SECONDS: '600' },
    });
    const { released, releasedAfterS, cutOff } = report;
    console.log(JSON.stringify({ released, releasedAfterS, cutOff: cutOff.length }));
    expect(report.killed).toBe(true);
    // Its claims (its jobs' slots, waiting in its queues) were released by the live
    // processes, which only ever release claims whose lease still runs (ClaimHolder).
    expect(report.released).toBeGreaterThan(0);
    expect(report.discord.lost).toBe(0);
    expect(report.discord.duplicates).toBe(0);
    expect(report.telegram.duplicates).toBe(0);
    // Telegram: every chat got its digest, except those whose send was on the wire at the kill
    // (marked sending: unknowable, never repeated); never one that waited in its queue. Those
    // marked are at most the slots a process runs at once (64), most of them delivered.
    const missing = report.telegram.missing;
    expect(missing.every((chat) => report.cutOff.includes(chat))).toBe(true);
    expect(report.cutOff.length).toBeLessThanOrEqual(64);
    for (const figures of [report.telegram, report.discord])
      expect(figures.rateLimited).toBeLessThanOrEqual(
        Math.ceil(figures.sends * RATE_LIMITED_SHARE),
      );
  }, 400_000);
});
