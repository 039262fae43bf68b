import { describe, expect, it } from 'vitest';
import type {
  ClaimRequest,
  DigestSettings,
  DigestStore,
} from '../../src/core/ports/digest-store.js';

const chat = { platform: 'test', id: 'c1' };
const t0 = new Date('2026-11-26T08:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

export function settings(overrides: Partial<DigestSettings> = {}): DigestSettings {
  return {
    chat,
    enabled: true,
    minuteOfDay: 480,
    days: [1, 2, 3, 4, 5],
    timezone: 'Europe/Berlin',
    size: 5,
    topics: ['science'],
    showImages: true,
    active: true,
    scheduleFrom: t0,
    updatedAt: t0,
    ...overrides,
  };
}

function claimRequest(overrides: Partial<ClaimRequest> = {}): ClaimRequest {
  return {
    chat,
    slot: t0,
    kind: 'scheduled',
    owner: 'a',
    now: t0,
    leaseMs: 60_000,
    resendUnknown: false,
    maxAttempts: 5,
    ...overrides,
  };
}

/** The behaviour every DigestStore must have; run against each implementation. */
export function digestStoreContract(
  name: string,
  create: () => Promise<{ store: DigestStore; close: () => Promise<void> }>,
) {
  describe(`DigestStore contract: ${name}`, () => {
    const withStore = (test: (store: DigestStore) => Promise<void>) => async () => {
      const { store, close } = await create();
      try {
        await test(store);
      } finally {
        await close();
      }
    };

    it(
      'saves, reads and updates settings',
      withStore(async (store) => {
        expect(await store.getSettings(chat)).toBeUndefined();
        await store.saveSettings(settings());
        expect(await store.getSettings(chat)).toEqual(settings());
        await store.saveSettings(
          settings({ size: 3, topics: [], enabled: false, showImages: false }),
        );
        expect(await store.getSettings(chat)).toMatchObject({
          size: 3,
          topics: [],
          enabled: false,
          showImages: false,
        });
        await store.saveSettings(settings({ showImages: true }));
        expect(await store.getSettings(chat)).toMatchObject({ showImages: true });
      }),
    );

    it(
      'pings no role by default, keeps a role to ping, and forgets it when cleared',
      withStore(async (store) => {
        await store.saveSettings(settings());
        expect((await store.getSettings(chat))?.pingRole).toBeUndefined();
        await store.saveSettings(settings({ pingRole: '112233445566778899' }));
        expect((await store.getSettings(chat))?.pingRole).toBe('112233445566778899');
        expect((await store.listDue()).find((s) => s.chat.id === chat.id)?.pingRole).toBe(
          '112233445566778899',
        );
        await store.saveSettings(settings({ pingRole: undefined }));
        expect((await store.getSettings(chat))?.pingRole).toBeUndefined();
      }),
    );

    it(
      'sends to the channel itself by default, keeps a thread or forum target, and clears it',
      withStore(async (store) => {
        await store.saveSettings(settings());
        expect((await store.getSettings(chat))?.target).toBeUndefined();
        const forum = {
          kind: 'forum',
          id: '300000000000000015',
          tag: '900000000000000001',
        } as const;
        await store.saveSettings(settings({ target: forum }));
        expect((await store.getSettings(chat))?.target).toEqual(forum);
        expect((await store.listDue()).find((s) => s.chat.id === chat.id)?.target).toEqual(forum);
        const thread = { kind: 'thread', id: '300000000000000011' } as const;
        await store.saveSettings(settings({ target: thread }));
        expect((await store.getSettings(chat))?.target).toEqual(thread);
        await store.saveSettings(settings({ target: undefined }));
        expect((await store.getSettings(chat))?.target).toBeUndefined();
      }),
    );

    it(
      'notes why a digest missed its target, touching nothing else, and clears it',
      withStore(async (store) => {
        // Without settings there is nothing to note on, and nothing is created.
        await store.noteTargetProblem(chat, 'locked');
        expect(await store.getSettings(chat)).toBeUndefined();
        const thread = { kind: 'thread', id: '300000000000000011' } as const;
        await store.saveSettings(settings({ target: thread, size: 7 }));
        await store.noteTargetProblem(chat, 'locked');
        expect(await store.getSettings(chat)).toEqual(
          settings({ target: thread, size: 7, targetProblem: 'locked' }),
        );
        await store.noteTargetProblem(chat, 'deleted');
        expect((await store.getSettings(chat))?.targetProblem).toBe('deleted');
        // Another channel's settings are not touched.
        const other = { platform: 'test', id: 'c2' };
        await store.saveSettings(settings({ chat: other }));
        expect((await store.getSettings(other))?.targetProblem).toBeUndefined();
        await store.noteTargetProblem(chat, undefined);
        expect((await store.getSettings(chat))?.targetProblem).toBeUndefined();
        expect((await store.getSettings(chat))?.target).toEqual(thread);
      }),
    );

    it(
      'keeps a channel’s language, and forgets it when cleared',
      withStore(async (store) => {
        await store.saveSettings(settings({ language: 'pt-BR' }));
        expect((await store.getSettings(chat))?.language).toBe('pt-BR');
        expect((await store.listDue()).find((s) => s.chat.id === chat.id)?.language).toBe('pt-BR');
        await store.saveSettings(settings({ language: undefined }));
        expect((await store.getSettings(chat))?.language).toBeUndefined();
      }),
    );

    it(
      'lists only enabled, active channels as due',
      withStore(async (store) => {
        await store.saveSettings(settings());
        await store.saveSettings(
          settings({ chat: { platform: 'test', id: 'off' }, enabled: false }),
        );
        await store.saveSettings(settings({ chat: { platform: 'test', id: 'gone' } }));
        await store.chatGone({ platform: 'test', id: 'gone' }, '403 Forbidden: bot was kicked');
        expect((await store.listDue()).map((s) => s.chat.id)).toEqual(['c1']);
        expect(await store.getSettings({ platform: 'test', id: 'gone' })).toMatchObject({
          active: false,
          inactiveReason: '403 Forbidden: bot was kicked',
        });
      }),
    );

    it(
      'moves settings and ledger to a new chat id',
      withStore(async (store) => {
        const target = { kind: 'thread', id: '300000000000000011' } as const;
        await store.saveSettings(
          settings({ showImages: false, pingRole: '4242', target, targetProblem: 'forbidden' }),
        );
        await store.claim(claimRequest());
        const moved = { platform: 'test', id: 'c1-new' };
        await store.chatMoved(chat, moved);
        expect(await store.getSettings(chat)).toBeUndefined();
        expect(await store.getSettings(moved)).toMatchObject({
          size: 5,
          chat: moved,
          showImages: false,
          pingRole: '4242',
          target,
          targetProblem: 'forbidden',
        });
        expect(await store.getDelivery({ chat: moved, slot: t0, kind: 'scheduled' })).toBeDefined();
      }),
    );

    it(
      'lets exactly one owner claim a slot',
      withStore(async (store) => {
        const claims = await Promise.all(
          ['a', 'b', 'c'].map((owner) => store.claim(claimRequest({ owner }))),
        );
        expect(claims.filter(Boolean)).toHaveLength(1);
        expect(await store.claim(claimRequest({ owner: 'd' }))).toBeUndefined();
      }),
    );

    it(
      'keeps scheduled and manual deliveries of one instant apart',
      withStore(async (store) => {
        expect(await store.claim(claimRequest())).toBeDefined();
        expect(await store.claim(claimRequest({ kind: 'manual' }))).toBeDefined();
      }),
    );

    it(
      'takes over a claimed slot only after its lease ends',
      withStore(async (store) => {
        await store.claim(claimRequest());
        expect(await store.claim(claimRequest({ owner: 'b', now: at(0.5) }))).toBeUndefined();
        const taken = await store.claim(claimRequest({ owner: 'b', now: at(2) }));
        expect(taken).toMatchObject({ owner: 'b', attempts: 2, status: 'claimed' });
        // The old owner's late update no longer applies.
        expect(await store.update(claimRequest(), 'a', { status: 'sent', now: at(3) })).toBe(false);
      }),
    );

    it(
      'never hands out a sending slot unless resending is safe',
      withStore(async (store) => {
        await store.claim(claimRequest());
        await store.update(claimRequest(), 'a', { status: 'sending', now: t0, leaseMs: 60_000 });
        expect(await store.claim(claimRequest({ owner: 'b', now: at(5) }))).toBeUndefined();
        expect((await store.abandonedSends(at(5))).map((d) => d.owner)).toEqual(['a']);
        expect(
          await store.claim(claimRequest({ owner: 'b', now: at(5), resendUnknown: true })),
        ).toMatchObject({ owner: 'b' });
      }),
    );

    it(
      'retries a failed slot after its retry time, up to the attempt limit',
      withStore(async (store) => {
        await store.claim(claimRequest({ maxAttempts: 2 }));
        await store.update(claimRequest(), 'a', {
          status: 'failed',
          now: t0,
          retryAt: at(1),
          error: '502 Bad Gateway',
        });
        expect(
          await store.claim(claimRequest({ owner: 'b', now: at(0.5), maxAttempts: 2 })),
        ).toBeUndefined();
        expect(
          await store.claim(claimRequest({ owner: 'b', now: at(1), maxAttempts: 2 })),
        ).toMatchObject({ attempts: 2 });
        await store.update(claimRequest(), 'b', { status: 'failed', now: at(1), retryAt: at(2) });
        expect(
          await store.claim(claimRequest({ owner: 'c', now: at(3), maxAttempts: 2 })),
        ).toBeUndefined();
      }),
    );

    it(
      'answers many claims made at once each on its own terms (a batch decides row by row)',
      withStore(async (store) => {
        const chats = Array.from({ length: 12 }, (_, i) => ({ platform: 'test', id: `b${i}` }));
        const request = (i: number, extra: Partial<ClaimRequest> = {}) =>
          claimRequest({ chat: chats[i] ?? chat, ...extra });
        // Rows before the batch: 0-2 claimed by a (lease until 1 min), 3-5 failed with a retry
        // time of 1 min, 6-8 sent; 9-11 have none.
        for (let i = 0; i < 9; i++) await store.claim(request(i));
        for (let i = 3; i < 9; i++)
          await store.update(request(i), 'a', {
            status: i < 6 ? 'failed' : 'sent',
            now: t0,
            ...(i < 6 ? { retryAt: at(1) } : {}),
          });
        // At 30 s nothing has run out: b wins only the new rows, and one of them only once.
        const early = await Promise.all([
          ...chats.map((_, i) => store.claim(request(i, { owner: 'b', now: at(0.5) }))),
          store.claim(request(10, { owner: 'c', now: at(0.5) })),
        ]);
        const winners = early.map((d) => d && `${d.chat.id}:${d.owner}`).filter(Boolean);
        expect(winners.filter((w) => w?.startsWith('b10:'))).toHaveLength(1);
        expect(winners.filter((w) => !w?.startsWith('b10:')).sort()).toEqual(['b11:b', 'b9:b']);
        // At 2 min every claim's lease and the failures' retry times have run out: c takes all
        // but the sent rows.
        const late = await Promise.all(
          chats.map((_, i) => store.claim(request(i, { owner: 'c', now: at(2) }))),
        );
        const taken = [0, 1, 2, 3, 4, 5, 9, 10, 11];
        expect(late.map((d) => d?.owner ?? '-')).toEqual(
          chats.map((_, i) => (taken.includes(i) ? 'c' : '-')),
        );
        expect(late.flatMap((d) => (d ? [d.attempts] : []))).toEqual(taken.map(() => 2));
      }),
    );

    it(
      'records an error cut in the middle of an emoji (a lone surrogate is stored replaced)',
      withStore(async (store) => {
        await store.claim(claimRequest());
        // 999 characters and an emoji: the error is cut to 1,000, half of the emoji's pair.
        const error = `${'x'.repeat(999)}\u{1F600} and more`;
        expect(await store.update(claimRequest(), 'a', { status: 'failed', now: t0, error })).toBe(
          true,
        );
        expect((await store.getDelivery(claimRequest()))?.error).toBe(`${'x'.repeat(999)}\uFFFD`);
      }),
    );

    it(
      'never hands out a failed slot that has no retry time (a final failure)',
      withStore(async (store) => {
        await store.claim(claimRequest());
        await store.update(claimRequest(), 'a', {
          status: 'failed',
          now: t0,
          error: '403 Forbidden',
        });
        expect(await store.claim(claimRequest({ owner: 'b', now: at(60) }))).toBeUndefined();
      }),
    );

    it(
      'never hands out a sent, empty, skipped or unknown slot',
      withStore(async (store) => {
        for (const status of ['sent', 'empty', 'skipped', 'unknown'] as const) {
          const slot = at(status.length);
          await store.claim(claimRequest({ slot }));
          await store.update(claimRequest({ slot }), 'a', { status, now: slot });
          expect(
            await store.claim(
              claimRequest({ slot, owner: 'b', now: at(600), resendUnknown: true }),
            ),
          ).toBeUndefined();
        }
      }),
    );

    it(
      'records what was sent and finds the last completed delivery and its articles',
      withStore(async (store) => {
        await store.claim(claimRequest());
        await store.update(claimRequest(), 'a', {
          status: 'sent',
          now: t0,
          coveredUntil: t0,
          articleIds: ['x', 'y'],
          messageIds: ['m1'],
        });
        const later = at(1440);
        await store.claim(claimRequest({ slot: later, now: later }));
        await store.update(claimRequest({ slot: later }), 'a', {
          status: 'empty',
          now: later,
          coveredUntil: later,
          articleIds: [],
        });
        expect(await store.lastCoveredUntil(chat)).toEqual(later);
        expect(await store.getDelivery(claimRequest())).toMatchObject({
          articleIds: ['x', 'y'],
          messageIds: ['m1'],
        });
        expect([...(await store.sentArticleIds(chat, at(-60)))].sort()).toEqual(['x', 'y']);
        expect([...(await store.sentArticleIds(chat, at(60)))]).toEqual([]);
      }),
    );

    it(
      "pages a channel's delivery log newest first, only its own rows and only since the date",
      withStore(async (store) => {
        const other = { platform: 'test', id: 'c2' };
        for (let i = 0; i < 7; i++) {
          await store.claim(claimRequest({ slot: at(i * 60), now: at(i * 60) }));
          await store.update(claimRequest({ slot: at(i * 60) }), 'a', {
            status: i === 3 ? 'failed' : 'sent',
            now: at(i * 60),
            error: i === 3 ? 'Missing Access' : undefined,
          });
        }
        await store.claim(claimRequest({ slot: at(360), kind: 'manual', now: at(360) }));
        await store.claim(claimRequest({ chat: other, slot: at(0), now: at(0) }));
        const first = await store.deliveryLog(chat, { since: at(60), offset: 0, limit: 3 });
        expect(first.total).toBe(7);
        expect(first.rows.map((r) => [r.slot.getTime(), r.kind])).toEqual([
          [at(360).getTime(), 'scheduled'],
          [at(360).getTime(), 'manual'],
          [at(300).getTime(), 'scheduled'],
        ]);
        const last = await store.deliveryLog(chat, { since: at(60), offset: 6, limit: 3 });
        expect(last.rows.map((r) => r.slot)).toEqual([at(60)]);
        const middle = await store.deliveryLog(chat, { since: at(60), offset: 3, limit: 3 });
        expect(middle.rows.find((r) => r.status === 'failed')).toMatchObject({
          slot: at(180),
          error: 'Missing Access',
        });
        expect((await store.deliveryLog(other, { since: at(0), offset: 0, limit: 10 })).total).toBe(
          1,
        );
      }),
    );
  });
}
