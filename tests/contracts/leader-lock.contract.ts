import { describe, expect, it } from 'vitest';
import type { LeaderLock } from '../../src/core/ports/leader-lock.js';

/**
 * `processes` views of one fleet's locks (PostgreSQL: a lock object per process; in memory: the one
 * process's lock, handed out `processes` times).
 */
export type OpenLocks = (processes: number) => Promise<LeaderLock[]>;

const settled = async (promise: Promise<unknown>) => {
  let done = false;
  void promise.then(() => (done = true));
  // Two turns of the event loop: enough for a promise that has settled to be seen settled.
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
  return done;
};

export function leaderLockContract(name: string, open: OpenLocks): void {
  describe(`LeaderLock contract: ${name}`, () => {
    it('one holder at a time per name, whichever process asks', async () => {
      const locks = await open(3);
      const answers = await Promise.all(locks.map((lock) => lock.tryAcquire('telegram-poll:1')));
      const held = answers.filter((answer) => answer !== undefined);
      expect(held).toHaveLength(1);
      // Asking again changes nothing while it is held.
      for (const lock of locks) expect(await lock.tryAcquire('telegram-poll:1')).toBeUndefined();
      await held[0]?.release();
    });

    it('a released lock is taken by the next to ask', async () => {
      const [a, b] = await open(2);
      const first = await a!.tryAcquire('poll');
      expect(first).toBeDefined();
      expect(await b!.tryAcquire('poll')).toBeUndefined();
      await first!.release();
      const second = await b!.tryAcquire('poll');
      expect(second).toBeDefined();
      expect(await a!.tryAcquire('poll')).toBeUndefined();
      await second!.release();
    });

    it('names are independent', async () => {
      const [a, b] = await open(2);
      const one = await a!.tryAcquire('telegram-poll:1');
      const two = await b!.tryAcquire('telegram-poll:2');
      expect(one).toBeDefined();
      expect(two).toBeDefined();
      await Promise.all([one!.release(), two!.release()]);
    });

    it('a held lock is not reported lost while it is held, nor after its release', async () => {
      const [a, b] = await open(2);
      const held = await a!.tryAcquire('poll');
      expect(await settled(held!.lost)).toBe(false);
      await held!.release();
      expect(await settled(held!.lost)).toBe(false);
      // Released twice: harmless.
      await held!.release();
      const next = await b!.tryAcquire('poll');
      expect(next).toBeDefined();
      await next!.release();
    });
  });
}
