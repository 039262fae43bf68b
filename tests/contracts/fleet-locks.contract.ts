import { afterEach, describe, expect, it } from 'vitest';
import type { FleetLocks, LockSession } from '../../src/core/ports/fleet-locks.js';

/** One fleet's locks, and a way to break a session's connection as a network or server would. */
export interface LockFleet {
  readonly locks: FleetLocks;
  /** Breaks the session's connection from outside (PostgreSQL: pg_terminate_backend). */
  breakSession(session: LockSession): Promise<void>;
}

/** What every FleetLocks must do (in memory, PostgreSQL). `fleet` gives a fresh fleet each call. */
export function fleetLocksContract(name: string, fleet: () => Promise<LockFleet>): void {
  describe(`FleetLocks contract: ${name}`, () => {
    const open: LockSession[] = [];
    afterEach(async () => {
      await Promise.all(open.splice(0).map((session) => session.close()));
    });
    const sessions = async (locks: FleetLocks, count: number) => {
      const made = await Promise.all(Array.from({ length: count }, () => locks.open()));
      open.push(...made);
      return made;
    };

    it('gives a lock to one session at a time; released, another takes it', async () => {
      const { locks } = await fleet();
      const [a, b] = await sessions(locks, 2);
      expect(await a!.tryTake('shard', 0)).toBe(true);
      expect(await b!.tryTake('shard', 0)).toBe(false);
      // Taking again what one holds is no new lock: one release lets it go.
      expect(await a!.tryTake('shard', 0)).toBe(true);
      await a!.release('shard', 0);
      expect(await b!.tryTake('shard', 0)).toBe(true);
      expect(await a!.tryTake('shard', 0)).toBe(false);
      // Another number or another name is another lock.
      expect(await a!.tryTake('shard', 1)).toBe(true);
      expect(await a!.tryTake('other', 0)).toBe(true);
      expect(await b!.tryTake('other', 0)).toBe(false);
    });

    it('surveys the members of a group and the holder of each numbered lock alike everywhere', async () => {
      const { locks } = await fleet();
      const [a, b, c] = await sessions(locks, 3);
      await a!.join('fleet');
      await b!.join('fleet');
      await b!.join('fleet');
      await a!.tryTake('shard', 2);
      await b!.tryTake('shard', 0);
      await c!.tryTake('shard', 1); // c holds a lock but never joined the group
      await c!.tryTake('shard', 7); // beyond the count surveyed
      const fromA = await a!.survey('fleet', 'shard', 4);
      const fromB = await b!.survey('fleet', 'shard', 4);
      expect(fromA.me).not.toBe(fromB.me);
      expect(fromA.members).toEqual([fromA.me, fromB.me].sort());
      expect(fromB.members).toEqual(fromA.members);
      const fromC = await c!.survey('fleet', 'shard', 4);
      expect(fromA.holders).toEqual([fromB.me, fromC.me, fromA.me, undefined]);
      expect(fromB.holders).toEqual(fromA.holders);
      // A member that leaves is no longer counted; what it holds stays its own.
      await a!.leave('fleet');
      const afterLeaving = await b!.survey('fleet', 'shard', 4);
      expect(afterLeaving.members).toEqual([fromB.me]);
      expect(afterLeaving.holders).toEqual(fromA.holders);
      await a!.join('fleet');
      expect((await b!.survey('fleet', 'shard', 4)).members).toEqual(fromA.members);
      // Other names and groups are apart.
      expect((await a!.survey('other', 'other', 2)).members).toEqual([]);
    });

    it('ends every lock and membership of a closed session', async () => {
      const { locks } = await fleet();
      const [a, b] = await sessions(locks, 2);
      await a!.join('fleet');
      await b!.join('fleet');
      await a!.tryTake('shard', 0);
      await a!.close();
      expect(await b!.tryTake('shard', 0)).toBe(true);
      const survey = await b!.survey('fleet', 'shard', 1);
      expect(survey.members).toEqual([survey.me]);
      expect(survey.holders).toEqual([survey.me]);
    });

    it('reports a session whose connection broke as lost, and its locks go to others', async () => {
      const lockFleet = await fleet();
      const [a, b] = await sessions(lockFleet.locks, 2);
      await a!.join('fleet');
      await b!.join('fleet');
      await a!.tryTake('shard', 0);
      await lockFleet.breakSession(a!);
      expect(typeof (await a!.lost)).toBe('string');
      await expect(a!.tryTake('shard', 1)).rejects.toThrow();
      expect(await b!.tryTake('shard', 0)).toBe(true);
      const survey = await b!.survey('fleet', 'shard', 1);
      expect(survey.members).toEqual([survey.me]);
    });
  });
}
