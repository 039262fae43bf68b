import { describe, expect, it } from 'vitest';
import { draft } from '../support/builders.js';
import { createTestBot, MEMBER, MODERATOR, TEST_CHAT } from '../support/test-services.js';

const story = draft({
  title: 'Fresh story',
  publisher: 'Wire',
  publishedAt: new Date('2026-11-26T11:00:00Z'),
});

describe('/digest', () => {
  it('shows the settings and that it is off to anyone', async () => {
    const bot = createTestBot([story]);
    const { reply, text } = await bot.send('/digest', TEST_CHAT, MEMBER);
    expect(reply.tone).toBe('answer');
    expect(text).toContain('Digest for this channel: off');
    expect(text).toContain('08:00 UTC, daily, 5 stories, topics: all');
  });

  it('lets a moderator turn it on and set every field, answering with the settings and next send', async () => {
    const bot = createTestBot([story]); // clock: 2026-11-26 12:00 UTC
    await bot.send('/digest on', TEST_CHAT, MODERATOR);
    await bot.send('/digest timezone America/New_York', TEST_CHAT, MODERATOR);
    await bot.send('/digest days mon,wed,fri', TEST_CHAT, MODERATOR);
    await bot.send('/digest size 3', TEST_CHAT, MODERATOR);
    await bot.send('/digest topics Science, #climate', TEST_CHAT, MODERATOR);
    const { text } = await bot.send('/digest time 07:30', TEST_CHAT, MODERATOR);
    expect(text).toContain('Digest updated: on');
    expect(text).toContain(
      '07:30 America/New_York, Mon, Wed, Fri, 3 stories, topics: science, climate',
    );
    // Thursday noon UTC: next is Friday 07:30 in New York.
    expect(text).toContain('Next: Friday 27 November at 07:30 (in 1 day)');
    expect((await bot.send('/digest topics all', TEST_CHAT, MODERATOR)).text).toContain(
      'topics: all',
    );
  });

  it.each([
    ['utc', 'UTC'],
    ['europe/berlin', 'Europe/Berlin'],
    ['AMERICA/NEW_YORK', 'America/New_York'],
    ['Etc/UTC', 'UTC'],
    ['asia/kolkata', 'Asia/Kolkata'],
    ['europe/kyiv', 'Europe/Kyiv'],
    ['US/Eastern', 'America/New_York'],
    ['etc/utc', 'UTC'],
  ])('stores and shows the canonical name of time zone "%s"', async (typed, canonical) => {
    const bot = createTestBot([story]);
    const { text } = await bot.send(`/digest timezone ${typed}`, TEST_CHAT, MODERATOR);
    expect(text).toContain(`08:00 ${canonical}, daily`);
    if (typed !== canonical) expect(text).not.toContain(typed);
    expect((await bot.send('/digest', TEST_CHAT, MEMBER)).text).toContain(`08:00 ${canonical},`);
  });

  it.each([
    ['/digest time 25:00', '"25:00" is not a time.', 'A 24-hour time from 00:00 to 23:59'],
    [
      '/digest timezone Mars/Olympus',
      '"Mars/Olympus" is not a time zone.',
      'An IANA time zone such as Europe/Berlin',
    ],
    [
      '/digest size 0',
      'The size must be a whole number from 1 to 20, not "0".',
      'Usage: /digest size <1-20>',
    ],
    [
      '/digest days someday',
      '"someday" is not a set of days.',
      'Accepted: daily, weekdays, weekends, mon-fri, mon,wed,fri.',
    ],
    [
      '/digest fortnightly',
      '"fortnightly" is not something /digest can do.',
      'Usage: /digest [on|off|time',
    ],
  ])('answers %s with the accepted forms and saves nothing', async (line, problem, hint) => {
    const bot = createTestBot([story]);
    const { reply, text } = await bot.send(line, TEST_CHAT, MODERATOR);
    expect(reply.tone).toBe('usage');
    expect(text).toContain(problem);
    expect(text).toContain(hint);
    expect(await bot.storage.digests.getSettings(TEST_CHAT)).toBeUndefined();
  });

  it('refuses changes, preview and sending to a member who is not a moderator', async () => {
    const bot = createTestBot([story]);
    for (const line of [
      '/digest on',
      '/digest off',
      '/digest time 09:00',
      '/digest preview',
      '/digest now',
    ]) {
      const { reply, text } = await bot.send(line, TEST_CHAT, MEMBER);
      expect(reply.tone).toBe('refusal');
      expect(text).toMatch(/^Only moderators can/);
    }
    expect(await bot.storage.digests.getSettings(TEST_CHAT)).toBeUndefined();
  });

  it('previews the digest and sends it now through the platform', async () => {
    const bot = createTestBot([story]);
    const posted: string[] = [];
    bot.services.digests.registerPoster({
      platform: 'test',
      post: (chat) => {
        posted.push(chat.id);
        return Promise.resolve({ ok: true, messageIds: ['1'] });
      },
    });
    expect((await bot.send('/digest preview', TEST_CHAT, MODERATOR)).text).toMatch(
      /Preview — not sent[\s\S]*Fresh story/,
    );
    expect(posted).toEqual([]);
    expect((await bot.send('/digest now', TEST_CHAT, MODERATOR)).text).toBe(
      'Digest sent: 1 story.',
    );
    expect(posted).toEqual(['chat-1']);
    bot.clock.advance(60_000);
    expect((await bot.send('/digest now', TEST_CHAT, MODERATOR)).text).toBe(
      'Nothing new since the last digest, so nothing was sent.',
    );
  });
});

describe('/digest ping (Discord only)', () => {
  it('answers on another platform that role pings are Discord-only, and keeps nothing', async () => {
    const bot = createTestBot([story]);
    const { reply, text } = await bot.send('/digest ping 123456789012345678', TEST_CHAT, MODERATOR);
    expect(reply.tone).toBe('error');
    expect(text).toContain('Role pings exist on Discord only');
    expect(text).not.toContain('Role ping:');
    expect((await bot.services.digests.settingsFor(TEST_CHAT)).pingRole).toBeUndefined();
  });
});

describe('/digest target (Discord only)', () => {
  it('answers on another platform that threads and forums are Discord-only, and keeps nothing', async () => {
    const bot = createTestBot([story]);
    const { reply, text } = await bot.send('/digest target here', TEST_CHAT, MODERATOR);
    expect(reply.tone).toBe('error');
    expect(text).toContain('exist on Discord only; this chat is on test');
    expect((await bot.services.digests.settingsFor(TEST_CHAT)).target).toBeUndefined();
    // Where digests cannot have targets, /digest does not speak of them.
    expect((await bot.send('/digest', TEST_CHAT, MODERATOR)).text).not.toContain('Goes to');
  });
});
