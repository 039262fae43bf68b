import { describe, expect, it } from 'vitest';
import type { PanelStore, WebSession } from '../../src/core/ports/panel-store.js';

const t0 = new Date('2026-12-01T10:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

function session(overrides: Partial<WebSession> = {}): WebSession {
  return {
    id: 'hash-1',
    user: { platform: 'discord', id: '400000000000000001', name: 'Mod' },
    csrf: 'csrf-1',
    secrets: { accessToken: 'tok' },
    createdAt: t0,
    expiresAt: at(60),
    ...overrides,
  };
}

/** The behaviour every PanelStore must have; run against each implementation. */
export function panelStoreContract(
  name: string,
  create: () => Promise<{ store: PanelStore; close: () => Promise<void> }>,
) {
  describe(`PanelStore contract: ${name}`, () => {
    const withStore = (test: (store: PanelStore) => Promise<void>) => async () => {
      const { store, close } = await create();
      try {
        await test(store);
      } finally {
        await close();
      }
    };

    it(
      'keeps a session until it expires or is deleted',
      withStore(async (store) => {
        expect(await store.getSession('hash-1', t0)).toBeUndefined();
        await store.saveSession(session());
        expect(await store.getSession('hash-1', at(1))).toEqual(session());
        expect(await store.getSession('hash-1', at(60))).toBeUndefined();
        await store.saveSession(
          session({ id: 'hash-2', user: undefined, secrets: { state: 's' } }),
        );
        expect(await store.getSession('hash-2', t0)).toMatchObject({
          user: undefined,
          secrets: { state: 's' },
        });
        await store.deleteSession('hash-2');
        expect(await store.getSession('hash-2', t0)).toBeUndefined();
      }),
    );

    it(
      'replaces a session saved again and removes only expired ones',
      withStore(async (store) => {
        await store.saveSession(session());
        await store.saveSession(session({ csrf: 'csrf-2', expiresAt: at(120) }));
        expect((await store.getSession('hash-1', at(90)))?.csrf).toBe('csrf-2');
        await store.saveSession(session({ id: 'old', expiresAt: at(5) }));
        expect(await store.deleteExpiredSessions(at(10))).toBe(1);
        expect(await store.getSession('hash-1', at(10))).toBeDefined();
      }),
    );

    it(
      'lists the known chats of a platform by title, each once, with the latest title',
      withStore(async (store) => {
        const chat = (id: string, platform = 'telegram') => ({ platform, id });
        await store.noteChat({ chat: chat('-100'), title: 'Zeta', kind: 'group', seenAt: t0 });
        await store.noteChat({ chat: chat('-200'), title: 'Alpha', kind: 'channel', seenAt: t0 });
        await store.noteChat({
          chat: chat('-100'),
          title: 'Beta',
          kind: 'supergroup',
          seenAt: at(1),
        });
        await store.noteChat({ chat: chat('1', 'discord'), title: 'x', kind: 'text', seenAt: t0 });
        expect(await store.knownChats('telegram')).toEqual([
          { chat: chat('-200'), title: 'Alpha', kind: 'channel', seenAt: t0 },
          { chat: chat('-100'), title: 'Beta', kind: 'supergroup', seenAt: at(1) },
        ]);
      }),
    );
  });
}
