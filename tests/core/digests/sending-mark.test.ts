import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelPoster, PostOptions } from '../../../src/core/ports/channel-poster.js';
import type { ChatRef } from '../../../src/core/ports/chat-memory.js';
import { draft } from '../../support/builders.js';
import { createTestBot, type TestBot } from '../../support/test-services.js';

const chat: ChatRef = { platform: 'test', id: 'harbour' };
const slot = new Date('2026-11-26T08:00:00Z');
const key = { chat, slot, kind: 'scheduled' as const };
const story = draft({
  title: 'Harbour tunnel reopens',
  publishedAt: new Date('2026-11-26T05:00:00Z'),
  text: ['The harbour tunnel reopened on Monday after a long repair.'],
});

/**
 * A poster that announces its sends, as the Telegram and Discord ones do: `post` waits (a platform
 * queue) until the test lets it go, then asks `beforeSend` and sends only when allowed.
 */
class QueuedPoster implements ChannelPoster {
  readonly platform = 'test';
  readonly announcesSends = true;
  readonly sent: string[] = [];
  readonly waiting: (() => void)[] = [];
  hold = true;

  async post(to: ChatRef, _reply: unknown, options?: PostOptions) {
    if (this.hold) await new Promise<void>((resolve) => this.waiting.push(resolve));
    if (options?.beforeSend && !(await options.beforeSend()))
      return { ok: false as const, permanent: false, reason: 'not announced' };
    this.sent.push(to.id);
    return { ok: true as const, messageIds: ['m1'] };
  }
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Two processes on one database file, each with its poster. */
function twoProcesses(): [TestBot, QueuedPoster, TestBot, QueuedPoster] {
  const dir = mkdtempSync(join(tmpdir(), 'briefly-mark-'));
  dirs.push(dir);
  const databaseUrl = `sqlite:${join(dir, 'ledger.db')}`;
  const made = ['a', 'b'].map((owner) => {
    const bot = createTestBot([story], { databaseUrl, owner });
    bot.clock.set(slot);
    const poster = new QueuedPoster();
    bot.services.digests.registerPoster(poster);
    return [bot, poster] as const;
  });
  return [made[0]![0], made[0]![1], made[1]![0], made[1]![1]];
}

const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('the sending mark of a poster that announces its sends', () => {
  it('a digest waiting in a platform queue is only claimed: another process sends it after the lease', async () => {
    const [a, queued, b, poster] = twoProcesses();
    await a.services.digests.change(chat, { enabled: true, timezone: 'UTC', minuteOfDay: 480 });
    await a.storage.digests.saveSettings({
      ...(await a.services.digests.settingsFor(chat)),
      scheduleFrom: new Date('2026-11-25T00:00:00Z'),
    });
    // Process a composes and queues the digest, then "dies" while it waits (never let go).
    const runA = a.services.digests.runDue(a.clock.now());
    await until(() => queued.waiting.length === 1);
    expect((await a.storage.digests.getDelivery(key))?.status).toBe('claimed');
    // Within the claim's lease the other process leaves it; after the lease it takes it and sends.
    b.clock.set(new Date(slot.getTime() + 60_000));
    poster.hold = false;
    expect((await b.services.digests.runDue(b.clock.now())).results.sent).toBe(0);
    expect((await b.storage.digests.getDelivery(key))?.owner).toBe('a');
    b.clock.set(new Date(slot.getTime() + 3 * 60_000));
    expect((await b.services.digests.runDue(b.clock.now())).results.sent).toBe(1);
    expect(poster.sent).toEqual(['harbour']);
    expect((await b.storage.digests.getDelivery(key))?.status).toBe('sent');
    // Process a wakes up (it was only slow): its mark is refused, and it sends nothing.
    queued.waiting[0]!();
    expect((await runA).results.busy).toBe(1);
    expect(queued.sent).toEqual([]);
    expect((await b.storage.digests.getDelivery(key))?.owner).toBe('b');
  });

  it('is written right before the send: the digest is claimed while it waits, sent after', async () => {
    const [a, queued] = twoProcesses();
    await a.storage.digests.saveSettings({
      ...(await a.services.digests.settingsFor(chat)),
      enabled: true,
      scheduleFrom: new Date('2026-11-25T00:00:00Z'),
    });
    const run = a.services.digests.runDue(a.clock.now());
    await until(() => queued.waiting.length === 1);
    expect((await a.storage.digests.getDelivery(key))?.status).toBe('claimed');
    queued.waiting[0]!();
    expect((await run).results.sent).toBe(1);
    expect((await a.storage.digests.getDelivery(key))?.status).toBe('sent');
  });
});

describe("a fleet's minute tick", () => {
  it('hands out no slot another process settled or holds; one whose lease ran out, it does', async () => {
    const [a, queued, b] = twoProcesses();
    await a.services.digests.change(chat, { enabled: true, timezone: 'UTC', minuteOfDay: 480 });
    await a.storage.digests.saveSettings({
      ...(await a.services.digests.settingsFor(chat)),
      scheduleFrom: new Date('2026-11-25T00:00:00Z'),
    });
    expect(await b.services.digests.dueSlots(b.clock.now())).toHaveLength(1);
    // Process a claims the slot and waits in its platform queue.
    const runA = a.services.digests.runDue(a.clock.now());
    await until(() => queued.waiting.length === 1);
    expect(await b.services.digests.dueSlots(b.clock.now())).toEqual([]);
    // Its lease runs out (a died): the slot is handed out again.
    b.clock.set(new Date(slot.getTime() + 3 * 60_000));
    expect(await b.services.digests.dueSlots(b.clock.now())).toHaveLength(1);
    // Sent by a after all: settled, never handed out again.
    b.clock.set(slot);
    queued.hold = false;
    queued.waiting[0]!();
    expect((await runA).results.sent).toBe(1);
    b.clock.set(new Date(slot.getTime() + 3 * 60_000));
    expect(await b.services.digests.dueSlots(b.clock.now())).toEqual([]);
  });
});
