import { describe, expect, it } from 'vitest';
import type { ChannelPoster, PostOutcome } from '../../../src/core/ports/channel-poster.js';
import type { ChatLifecycle } from '../../../src/core/ports/chat-lifecycle.js';
import type { ChatRef } from '../../../src/core/ports/chat-memory.js';
import type { Reply } from '../../../src/core/replies/reply.js';
import { renderPlainText } from '../../../src/adapters/console/render-plain-text.js';
import { noFeeds, type FeedService } from '../../../src/core/ports/feed-service.js';
import { draft } from '../../support/builders.js';
import { createTestBot } from '../../support/test-services.js';

const berlin: ChatRef = { platform: 'test', id: 'berlin' };

/**
 * A poster that records what it posts and can be told to fail. Like a real adapter, it reports a
 * chat gone itself (the digest service only records the outcome).
 */
class RecordingPoster implements ChannelPoster {
  readonly platform = 'test';
  readonly posts: { chat: ChatRef; reply: Reply; key: string | undefined }[] = [];
  failNext: PostOutcome[] = [];

  constructor(private readonly lifecycle?: ChatLifecycle) {}

  post(
    chat: ChatRef,
    reply: Reply,
    options?: { idempotencyKey?: string | undefined },
  ): Promise<PostOutcome> {
    const failure = this.failNext.shift();
    if (failure && !failure.ok && failure.gone === true && this.lifecycle)
      return this.lifecycle.chatGone(chat, failure.reason).then(() => failure);
    if (failure) return Promise.resolve(failure);
    this.posts.push({ chat, reply, key: options?.idempotencyKey });
    return Promise.resolve({ ok: true, messageIds: [`m${this.posts.length}`] });
  }

  textOf(i: number): string {
    const post = this.posts[i];
    return post ? renderPlainText(post.reply) : '';
  }
}

function setup(start = '2026-11-26T06:00:00Z') {
  const articles = [
    draft({
      title: 'Harbour tunnel reopens',
      publisher: 'Harbour Courier',
      url: 'https://a.test/1',
      tags: ['transport'],
      publishedAt: new Date('2026-11-26T05:00:00Z'),
      text: [
        'The harbour tunnel reopened on Monday after a long repair. Tolls stay suspended this month.',
      ],
    }),
    draft({
      title: 'Harbour tunnel reopens after repair',
      publisher: 'City News',
      url: 'https://b.test/1',
      tags: ['transport'],
      publishedAt: new Date('2026-11-26T04:00:00Z'),
      text: ['The harbour tunnel reopened on Monday after a long repair. Drivers were pleased.'],
    }),
    draft({
      title: 'Coral reef recovers',
      publisher: 'Marine Daily',
      tags: ['science'],
      publishedAt: new Date('2026-11-25T20:00:00Z'),
      text: ['Reef cover rose to 19 percent in two years.'],
    }),
    draft({
      title: 'Old story from last week',
      publisher: 'Archive',
      tags: ['science'],
      publishedAt: new Date('2026-11-19T10:00:00Z'),
      text: ['Something happened a week ago.'],
    }),
  ];
  const bot = createTestBot(articles);
  bot.clock.set(start);
  const poster = new RecordingPoster(bot.storage.lifecycle);
  bot.services.digests.registerPoster(poster);
  return { bot, poster, digests: bot.services.digests };
}

describe('digest settings', () => {
  it('shows the next send time in the channel’s zone and starts the schedule from now', async () => {
    const { bot, digests } = setup('2026-11-26T07:30:00Z'); // 08:30 in Berlin
    const settings = await digests.change(berlin, {
      enabled: true,
      timezone: 'Europe/Berlin',
      minuteOfDay: 8 * 60,
    });
    expect(settings.scheduleFrom).toEqual(bot.clock.now());
    // 08:00 Berlin today has passed: the next is tomorrow 07:00 UTC, not now.
    expect((await digests.runDue(bot.clock.now())).due).toBe(0);
  });
});

describe('scheduled delivery', () => {
  it('sends one digest at the slot with the new stories, near-duplicates merged, newest first', async () => {
    const { bot, poster, digests } = setup();
    await digests.change(berlin, { enabled: true, timezone: 'Europe/Berlin', minuteOfDay: 8 * 60 });
    bot.clock.set('2026-11-26T07:00:00Z');
    const report = await digests.runDue(bot.clock.now());
    expect(report.results.sent).toBe(1);
    expect(poster.posts).toHaveLength(1);
    const text = poster.textOf(0);
    expect(text).toContain('Briefly digest — Thursday, 26 November 2026 · 2 new stories');
    expect(text).toMatch(
      /Harbour tunnel reopens\n[\s\S]*Sources: Harbour Courier <https:\/\/a.test\/1>, City News <https:\/\/b.test\/1>/,
    );
    expect(text).toContain('Coral reef recovers');
    expect(text).not.toContain('Old story from last week');
    expect(text.indexOf('Harbour')).toBeLessThan(text.indexOf('Coral'));
  });

  it('never sends a slot twice, whatever the number of rounds', async () => {
    const { bot, poster, digests } = setup();
    await digests.change(berlin, { enabled: true, timezone: 'Europe/Berlin', minuteOfDay: 8 * 60 });
    bot.clock.set('2026-11-26T07:00:00Z');
    await Promise.all([digests.runDue(bot.clock.now()), digests.runDue(bot.clock.now())]);
    bot.clock.set('2026-11-26T07:01:00Z');
    await digests.runDue(bot.clock.now());
    expect(poster.posts).toHaveLength(1);
  });

  it('sends only what is new since the last digest, and an empty digest not at all', async () => {
    const { bot, poster, digests } = setup();
    await digests.change(berlin, { enabled: true, minuteOfDay: 7 * 60 });
    bot.clock.set('2026-11-26T07:00:00Z');
    await digests.runDue(bot.clock.now());
    bot.clock.set('2026-11-27T07:00:00Z');
    expect((await digests.runDue(bot.clock.now())).results.empty).toBe(1);
    bot.articles.putNow(
      'fresh',
      draft({
        title: 'Fresh news today',
        publisher: 'Wire',
        publishedAt: new Date('2026-11-27T09:00:00Z'),
      }),
    );
    bot.clock.set('2026-11-28T07:00:00Z');
    await digests.runDue(bot.clock.now());
    expect(poster.posts).toHaveLength(2);
    expect(poster.textOf(1)).toContain('Fresh news today');
    expect(poster.textOf(1)).not.toContain('Harbour');
  });

  it('filters by topics, cuts at the size and says how many more there are', async () => {
    const { bot, poster, digests } = setup();
    await digests.change(berlin, {
      enabled: true,
      minuteOfDay: 7 * 60,
      size: 1,
      topics: ['transport', 'science'],
    });
    bot.clock.set('2026-11-26T07:00:00Z');
    await digests.runDue(bot.clock.now());
    expect(poster.textOf(0)).toContain('1 new story');
    expect(poster.textOf(0)).toContain('+1 more');
    const scienceOnly: ChatRef = { platform: 'test', id: 'science' };
    await digests.change(scienceOnly, { topics: ['science'] });
    const preview = await digests.preview(scienceOnly);
    expect(renderPlainText(preview.reply)).toContain('Coral reef recovers');
    expect(renderPlainText(preview.reply)).not.toContain('Harbour');
  });

  it('catches up a slot missed less than the catch-up window ago, once, and skips older ones', async () => {
    const { bot, poster, digests } = setup();
    await digests.change(berlin, { enabled: true, minuteOfDay: 7 * 60 });
    bot.clock.set('2026-11-26T07:45:00Z'); // 45 min late, window 60
    expect((await digests.runDue(bot.clock.now())).results.sent).toBe(1);
    bot.clock.set('2026-11-27T08:30:00Z'); // 90 min late
    const late = await digests.runDue(bot.clock.now());
    expect(late.results.skipped).toBe(1);
    expect(poster.posts).toHaveLength(1);
    const skipped = await bot.storage.digests.getDelivery({
      chat: berlin,
      slot: new Date('2026-11-27T07:00:00Z'),
      kind: 'scheduled',
    });
    expect(skipped).toMatchObject({
      status: 'skipped',
      error: expect.stringMatching(/missed by 90 min/),
    });
  });

  it('sends on time with no catch-up window at all, and nothing late', async () => {
    const articles = [
      draft({ title: 'Story', publisher: 'Wire', publishedAt: new Date('2026-11-26T05:00:00Z') }),
    ];
    const bot = createTestBot(articles, { catchUpMinutes: 0 });
    bot.clock.set('2026-11-26T06:00:00Z');
    const poster = new RecordingPoster();
    bot.services.digests.registerPoster(poster);
    await bot.services.digests.change(berlin, { enabled: true, minuteOfDay: 7 * 60 });
    bot.clock.set('2026-11-26T07:00:00.005Z');
    expect((await bot.services.digests.runDue(bot.clock.now())).results.sent).toBe(1);
    bot.clock.set('2026-11-27T07:01:00Z');
    expect((await bot.services.digests.runDue(bot.clock.now())).results.skipped).toBe(1);
  });

  it('retries a transient failure later and marks a channel gone on a permanent one', async () => {
    const { bot, poster, digests } = setup();
    const other: ChatRef = { platform: 'test', id: 'other' };
    await digests.change(berlin, { enabled: true, minuteOfDay: 7 * 60 });
    await digests.change(other, { enabled: true, minuteOfDay: 7 * 60 });
    bot.clock.set('2026-11-26T07:00:00Z');
    poster.failNext = [
      { ok: false, permanent: false, reason: '502 Bad Gateway' },
      { ok: false, permanent: true, gone: true, reason: '403 Forbidden' },
    ];
    const first = await digests.runDue(bot.clock.now());
    expect(first.results).toMatchObject({ failed: 1, gone: 1 });
    bot.clock.set('2026-11-26T07:02:00Z');
    const second = await digests.runDue(bot.clock.now());
    expect(second.results.sent).toBe(1);
    expect(poster.posts).toHaveLength(1);
    const gone = (await bot.storage.digests.getSettings(berlin))?.active === false ? berlin : other;
    expect(await bot.storage.digests.getSettings(gone)).toMatchObject({
      active: false,
      inactiveReason: '403 Forbidden',
    });
    expect((await digests.runDue(bot.clock.now())).due).toBe(0);
  });

  it('does not retry a refused digest, and leaves a chat its adapter did not call gone active', async () => {
    const { bot, poster, digests } = setup();
    await digests.change(berlin, { enabled: true, minuteOfDay: 7 * 60 });
    bot.clock.set('2026-11-26T07:00:00Z');
    poster.failNext = [{ ok: false, permanent: true, reason: '400 Bad Request: message refused' }];
    expect((await digests.runDue(bot.clock.now())).results).toMatchObject({ failed: 1, gone: 0 });
    bot.clock.set('2026-11-26T07:05:00Z');
    expect((await digests.runDue(bot.clock.now())).due).toBe(0);
    expect(poster.posts).toHaveLength(0);
    expect(await bot.storage.digests.getSettings(berlin)).toMatchObject({ active: true });
  });

  it('gives each delivery a short stable idempotency key', async () => {
    const { bot, poster, digests } = setup();
    await digests.change(berlin, { enabled: true, minuteOfDay: 7 * 60 });
    bot.clock.set('2026-11-26T07:00:00Z');
    await digests.runDue(bot.clock.now());
    expect(poster.posts[0]?.key).toMatch(/^[a-z0-9]{1,25}$/);
  });
});

describe('/digest now and preview', () => {
  it('sends and records a manual digest without using up the scheduled slot', async () => {
    const { bot, poster, digests } = setup();
    await digests.change(berlin, { enabled: true, minuteOfDay: 7 * 60 });
    expect((await digests.sendNow(berlin)).result).toBe('sent');
    bot.articles.putNow(
      'late',
      draft({
        title: 'Breaking later',
        publisher: 'Wire',
        publishedAt: new Date('2026-11-26T06:30:00Z'),
      }),
    );
    bot.clock.set('2026-11-26T07:00:00Z');
    await digests.runDue(bot.clock.now());
    expect(poster.posts).toHaveLength(2);
    expect(poster.textOf(1)).toContain('Breaking later');
    expect(poster.textOf(1)).not.toContain('Harbour');
  });

  it('previews without sending or recording', async () => {
    const { poster, digests } = setup();
    const preview = await digests.preview(berlin);
    expect(preview.storyCount).toBe(2);
    expect(poster.posts).toHaveLength(0);
    expect((await digests.sendNow(berlin)).stories).toBe(2);
  });
});

describe('digests and feeds', () => {
  it('draws on a channel’s own feeds, or on files and every feed when it has none', async () => {
    const fileStory = draft({
      title: 'File story from the folder',
      text: ['The council approved a budget for river walls.'],
      publisher: 'Desk',
      publishedAt: new Date('2026-11-26T05:00:00Z'),
    });
    const feedStory = {
      ...draft({
        title: 'Feed story about ferries',
        text: ['Ferry fares are frozen for the winter season.'],
        publisher: 'Courier',
        publishedAt: new Date('2026-11-26T05:30:00Z'),
      }),
      origin: { kind: 'feed' as const, feedUrl: 'https://courier.test/rss', itemId: 'f1' },
    };
    const bot = createTestBot([fileStory]);
    bot.articles.putNow('feed:https://courier.test/f1', feedStory);
    const feedArticle = bot.articles.index.getByKey('feed:https://courier.test/f1');
    if (!feedArticle) throw new Error('not stored');
    const subscribed: ChatRef = { platform: 'test', id: 'with-feeds' };
    const asked: { chat: string; since: string }[] = [];
    const feeds: FeedService = {
      ...noFeeds,
      list: (chat) =>
        Promise.resolve({
          feeds:
            chat.id === subscribed.id
              ? [
                  {
                    number: 1,
                    url: 'https://courier.test/rss',
                    key: 'https://courier.test/rss',
                    paused: false,
                  },
                ]
              : [],
          operatorFeeds: 0,
        }),
      freshArticles: (chat, since) => {
        asked.push({ chat: chat.id, since: since.toISOString() });
        return Promise.resolve({ articles: [feedArticle] });
      },
    };
    const withFeeds = createTestBot([], {
      articles: bot.articles,
      feeds,
      clock: bot.clock,
    });
    withFeeds.clock.set('2026-11-26T06:00:00Z');
    const own = renderPlainText((await withFeeds.services.digests.preview(subscribed)).reply);
    expect(own).toContain('Feed story about ferries');
    expect(own).not.toContain('File story from the folder');
    const everything = renderPlainText(
      (await withFeeds.services.digests.preview({ platform: 'test', id: 'plain' })).reply,
    );
    expect(everything).toContain('Feed story about ferries');
    expect(everything).toContain('File story from the folder');
    expect(asked[0]).toEqual({ chat: 'with-feeds', since: '2026-11-25T06:00:00.000Z' });
  });
});

describe('a digest that arrives only in part', () => {
  it('is not sent again where the platform would repeat the part that arrived', async () => {
    const { bot, poster, digests } = setup();
    await digests.change(berlin, { enabled: true, minuteOfDay: 7 * 60 });
    bot.clock.set('2026-11-26T07:00:00Z');
    poster.failNext = [
      { ok: false, permanent: false, partial: true, reason: '502 Bad Gateway (1 of 2 parts sent)' },
    ];
    expect((await digests.runDue(bot.clock.now())).results.failed).toBe(1);
    bot.clock.set('2026-11-26T07:10:00Z');
    const later = await digests.runDue(bot.clock.now());
    expect(later.due).toBe(0);
    expect(poster.posts).toHaveLength(0);
    const row = await bot.storage.digests.getDelivery({
      chat: berlin,
      slot: new Date('2026-11-26T07:00:00Z'),
      kind: 'scheduled',
    });
    expect(row).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/^partly delivered/),
    });
  });
});
