import { describe, expect, it } from 'vitest';
import { ClaimHolder } from '../../src/core/digests/claim-holder.js';
import type { DeliveryKey, DigestStore } from '../../src/core/ports/digest-store.js';
import type { FleetLocks } from '../../src/core/ports/fleet-locks.js';
import { silentLogger } from '../../src/core/ports/logger.js';

const slot = new Date('2026-12-07T08:00:00Z');
const at = (seconds: number) => new Date(slot.getTime() + seconds * 1000);
/** Far longer than the test: any claim taken over here was taken before its lease ended. */
const LEASE_MS = 10 * 60_000;
/** Chats of platform `test`, and of `nonce`, a platform that drops repeated sends (Discord). */
const chat = (id: string) => ({ platform: id.startsWith('nonce') ? 'nonce' : 'test', id });
const key = (id: string, kind: DeliveryKey['kind'] = 'scheduled'): DeliveryKey => ({
  chat: chat(id),
  slot,
  kind,
});

/** Two processes of one fleet: each a ClaimHolder on the shared store and locks. */
export interface ClaimHolderFleet {
  readonly store: DigestStore;
  readonly locks: FleetLocks;
  readonly close: () => Promise<void>;
}

/**
 * ClaimHolder over a DigestStore and FleetLocks (SQLite with the in-memory locks, PostgreSQL with
 * its advisory locks): the claims of a holder whose lock session ended are released at once, well
 * inside their lease; a live holder's never, nor rows already `sending` or claims with no holder.
 */
export function claimHolderContract(name: string, create: () => Promise<ClaimHolderFleet>) {
  describe(`ClaimHolder: ${name}`, () => {
    it("releases the claims of a holder whose session ended, and never a live holder's", async () => {
      const { store, locks, close } = await create();
      const holder = () =>
        new ClaimHolder({ locks, store, logger: silentLogger, resendable: () => ['nonce'] });
      const [a, b] = [holder(), holder()];
      try {
        expect(await a.open()).toBe(true);
        expect(await b.open()).toBe(true);
        expect(a.current()).toBeDefined();
        expect(a.current()).not.toBe(b.current());
        const claim = (k: DeliveryKey, owner: string, by?: ClaimHolder, now = at(1)) =>
          store.claim({
            ...k,
            owner,
            now,
            leaseMs: LEASE_MS,
            resendUnknown: k.chat.platform === 'nonce',
            maxAttempts: 6,
            holder: by?.current(),
          });
        for (const id of ['a1', 'a2', 'a-sending', 'nonce-sending'])
          expect(await claim(key(id), 'a', a)).toBeTruthy();
        expect(await claim(key('a-manual', 'manual'), 'a', a)).toBeTruthy();
        expect(await claim(key('b1'), 'b', b)).toBeTruthy();
        expect(await claim(key('no-holder'), 'old')).toBeTruthy();
        for (const id of ['a-sending', 'nonce-sending'])
          expect(
            await store.update(key(id), 'a', { status: 'sending', now: at(2), leaseMs: LEASE_MS }),
          ).toBe(true);

        // Both alive: nothing is released, and a's claims stay a's.
        expect(await b.release(at(5))).toEqual([]);
        expect(await a.release(at(5))).toEqual([]);
        expect(await claim(key('a1'), 'b', b, at(6))).toBeUndefined();
        expect(await claim(key('nonce-sending'), 'b', b, at(6))).toBeUndefined();

        await a.close(); // a's process dies: its lock session ends
        const released = await eventually(() => b.release(at(10)));
        // Its claims, and its send on the wire where a repeat is dropped (resent with its key).
        expect(released.map((k) => k.chat.id).sort()).toEqual(['a1', 'a2', 'nonce-sending']);
        expect(
          released.every((k) => k.kind === 'scheduled' && k.slot.getTime() === slot.getTime()),
        ).toBe(true);
        expect(await b.release(at(11))).toEqual([]);

        // Taken over at once, 10 minutes before the lease would have let them go.
        expect(await claim(key('a1'), 'b', b, at(12))).toMatchObject({
          owner: 'b',
          status: 'claimed',
        });
        expect(await claim(key('a2'), 'b', b, at(12))).toMatchObject({ owner: 'b' });
        // Taken over to be resent with its key (the claim's resendUnknown, as Discord's is).
        expect(await claim(key('nonce-sending'), 'b', b, at(12))).toMatchObject({ owner: 'b' });
        // The dead owner's late writes no longer apply (its `sending` mark is refused).
        expect(await store.update(key('a2'), 'a', { status: 'sending', now: at(13) })).toBe(false);
        // Left to their leases: a send on the wire where a repeat would arrive twice (recorded
        // unknown once its lease ends), a manual digest, a claim with no holder, b's own.
        for (const [k, owner] of [
          [key('a-sending'), 'a'],
          [key('a-manual', 'manual'), 'a'],
          [key('no-holder'), 'old'],
          [key('b1'), 'b'],
        ] as const) {
          expect(await claim(k, 'c', undefined, at(12))).toBeUndefined();
          expect((await store.getDelivery(k))?.owner).toBe(owner);
        }
      } finally {
        await a.close();
        await b.close();
        await close();
      }
    });

    it('gives no holder once closed: its later claims wait for their lease', async () => {
      const { store, locks, close } = await create();
      const a = new ClaimHolder({ locks, store, logger: silentLogger });
      try {
        expect(await a.open()).toBe(true);
        await a.close();
        expect(a.current()).toBeUndefined();
        expect(await a.open()).toBe(false);
        expect(await a.release(at(1))).toEqual([]);
      } finally {
        await close();
      }
    });
  });
}

/**
 * The first non-empty answer, asking up to 100 times 50 ms apart: PostgreSQL lets a closed
 * session's locks go as its backend exits, which may come a moment after the client hears it end.
 */
async function eventually<T>(ask: () => Promise<T[]>): Promise<T[]> {
  for (let i = 0; ; i++) {
    const answer = await ask();
    if (answer.length > 0 || i >= 100) return answer;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
