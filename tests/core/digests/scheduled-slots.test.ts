import { describe, expect, it } from 'vitest';
import { draft } from '../../support/builders.js';
import { createTestBot } from '../../support/test-services.js';

const slot = new Date('2026-11-26T08:00:00Z');
const handedOutAt = new Date('2026-11-26T08:00:01Z');

/** Three channels due at 08:00, two stories before the hand-out and one published after it. */
async function setup() {
  const bot = createTestBot([
    draft({ title: 'Early', publisher: 'Wire', publishedAt: new Date('2026-11-26T07:00:00Z') }),
    draft({ title: 'Earlier', publisher: 'Post', publishedAt: new Date('2026-11-26T06:00:00Z') }),
    draft({ title: 'Late', publisher: 'Herald', publishedAt: new Date('2026-11-26T08:00:20Z') }),
  ]);
  const posted: string[] = [];
  bot.services.digests.registerPoster({
    platform: 'test',
    post: (chat, reply) => {
      posted.push(`${chat.id}: ${JSON.stringify(reply)}`);
      return Promise.resolve({ ok: true, messageIds: [chat.id] });
    },
  });
  bot.clock.set('2026-11-26T07:00:00Z');
  const chats = ['a', 'b', 'c'].map((id) => ({ platform: 'test', id }));
  for (const chat of chats) await bot.services.digests.change(chat, { enabled: true });
  return { bot, posted, chats };
}

describe('DigestService.runScheduledSlots: a job of several due slots', () => {
  it('sends the slots still due, as of the hand-out, and answers busy for one no longer due', async () => {
    const { bot, posted, chats } = await setup();
    await bot.services.digests.change(chats[1]!, { enabled: false });
    bot.clock.set('2026-11-26T08:00:30Z');
    const results = await bot.services.digests.runScheduledSlots(
      chats.map((chat) => ({ chat, slot })),
      bot.clock.now(),
      handedOutAt,
    );
    expect(results).toEqual(['sent', 'busy', 'sent']);
    expect(posted.map((line) => line.split(':')[0])).toEqual(['a', 'c']);
    // The story published after the hand-out waits for the channel's next digest.
    for (const line of posted) {
      expect(line).toContain('Early');
      expect(line).not.toContain('Late');
    }
    const row = await bot.storage.digests.getDelivery({ chat: chats[0]!, slot, kind: 'scheduled' });
    expect(row?.coveredUntil?.toISOString()).toBe(handedOutAt.toISOString());
  });

  it('sends each slot once when the same job runs again', async () => {
    const { bot, posted, chats } = await setup();
    bot.clock.set('2026-11-26T08:00:30Z');
    const job = chats.map((chat) => ({ chat, slot }));
    await bot.services.digests.runScheduledSlots(job, bot.clock.now(), handedOutAt);
    const again = await bot.services.digests.runScheduledSlots(job, bot.clock.now(), handedOutAt);
    expect(again).toEqual(['busy', 'busy', 'busy']);
    expect(posted).toHaveLength(3);
  });

  it('answers busy for a slot that is not the channel’s due one', async () => {
    const { bot, posted, chats } = await setup();
    bot.clock.set('2026-11-26T08:00:30Z');
    const wrong = new Date('2026-11-26T07:00:00Z');
    const results = await bot.services.digests.runScheduledSlots(
      [{ chat: chats[0]!, slot: wrong }],
      bot.clock.now(),
    );
    expect(results).toEqual(['busy']);
    expect(posted).toEqual([]);
  });
});
