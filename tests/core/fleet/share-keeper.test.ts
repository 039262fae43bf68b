import { describe, expect, it } from 'vitest';
import { MemoryFleetLocks } from '../../../src/core/fleet/memory-fleet-locks.js';
import { ShareKeeper } from '../../../src/core/fleet/share-keeper.js';
import { createRecordingLogger } from '../../support/recording-logger.js';

const COUNT = 4;

/** A process's keeper, with the work it is doing (begun and not ended) as a set. */
function member(locks: MemoryFleetLocks, failing = new Set<number>()) {
  const working = new Set<number>();
  const logger = createRecordingLogger();
  const keeper = new ShareKeeper({
    locks,
    group: 'fleet',
    name: 'shard',
    count: COUNT,
    logger,
    begin: (n) => {
      if (failing.has(n)) return Promise.reject(new Error(`shard ${n} cannot connect`));
      working.add(n);
      return Promise.resolve();
    },
    end: (n) => {
      working.delete(n);
      return Promise.resolve();
    },
  });
  return { keeper, working, logger };
}

async function waitUntil(probe: () => boolean): Promise<void> {
  while (!probe()) await new Promise((resolve) => setImmediate(resolve));
}

async function rounds(members: ReturnType<typeof member>[], times = 6): Promise<void> {
  for (let i = 0; i < times; i++) for (const m of members) await m.keeper.round();
}

/** Every piece of work done by exactly one member. */
function expectDivided(members: ReturnType<typeof member>[]): void {
  const all = members.flatMap((m) => [...m.working]).sort();
  expect(all).toEqual([0, 1, 2, 3]);
  for (const m of members) expect(m.keeper.held()).toEqual([...m.working].sort());
}

describe('ShareKeeper: a fair share of the fleet locks, and their work, per process', () => {
  it('three processes divide four pieces of work, none twice, none more than two', async () => {
    const locks = new MemoryFleetLocks();
    const members = [member(locks), member(locks), member(locks)];
    await rounds(members);
    expectDivided(members);
    expect(members.map((m) => m.working.size).sort()).toEqual([1, 1, 2]);
  });

  it('a process that joins late gets work handed over, never done twice meanwhile', async () => {
    const locks = new MemoryFleetLocks();
    const first = member(locks);
    await first.keeper.round();
    expect(first.keeper.held()).toEqual([0, 1, 2, 3]);
    const second = member(locks);
    await rounds([second, first, second]);
    expectDivided([first, second]);
    expect(first.working.size).toBe(2);
  });

  it("ends a lost session's work at once; the others take it over", async () => {
    const locks = new MemoryFleetLocks();
    const members = [member(locks), member(locks), member(locks)];
    await rounds(members);
    const victim = members.find((m) => m.working.size > 0)!;
    const sessions = (victim.keeper as unknown as { session: Parameters<typeof locks.lose>[0] })
      .session;
    locks.lose(sessions);
    await new Promise((resolve) => setImmediate(resolve));
    expect(victim.working.size).toBe(0);
    expect(victim.logger.entries.map((e) => e.message)).toContain(
      'fleet lock session lost: its work stops until the locks are taken again',
    );
    const others = members.filter((m) => m !== victim);
    await rounds(others);
    expectDivided(others);
    // The lost process opens a new session in its next round and gets its share back.
    await rounds([victim, ...others, victim, ...others]);
    expectDivided(members);
    expect(victim.working.size).toBeGreaterThan(0);
  });

  it('lets a lock go when its work cannot begin, for another process to take', async () => {
    const locks = new MemoryFleetLocks();
    const broken = member(locks, new Set([0, 1, 2, 3]));
    const healthy = member(locks);
    await rounds([broken, healthy]);
    expect(broken.keeper.held()).toEqual([]);
    expect(healthy.keeper.held()).toEqual([0, 1, 2, 3]);
  });

  it('a session lost while work begins ends that work too, and is no reason to sit out', async () => {
    const locks = new MemoryFleetLocks();
    let beginning: ((error: Error) => void) | undefined;
    const working = new Set<number>();
    const keeper = new ShareKeeper({
      locks,
      group: 'fleet',
      name: 'shard',
      count: 1,
      logger: createRecordingLogger(),
      // The first begin is still connecting when its work is ended (as a client destroyed while
      // it logs in, it then fails); later ones begin at once.
      begin: (n) =>
        new Promise<void>((resolve, reject) => {
          working.add(n);
          if (beginning) resolve();
          else beginning = reject;
        }),
      end: (n) => {
        working.delete(n);
        beginning?.(new Error('destroyed while connecting'));
        return Promise.resolve();
      },
    });
    const first = keeper.round();
    await waitUntil(() => beginning !== undefined);
    const session = (keeper as unknown as { session: Parameters<typeof locks.lose>[0] }).session;
    locks.lose(session);
    await first;
    expect(working.size).toBe(0);
    expect(keeper.held()).toEqual([]);
    await keeper.round(); // a new session, and the work again at once
    expect(keeper.held()).toEqual([0]);
    expect(working).toEqual(new Set([0]));
  });

  it('closing ends the work and frees the locks', async () => {
    const locks = new MemoryFleetLocks();
    const a = member(locks);
    const b = member(locks);
    await rounds([a, b]);
    await a.keeper.close();
    expect(a.working.size).toBe(0);
    await rounds([b]);
    expect(b.keeper.held()).toEqual([0, 1, 2, 3]);
  });
});
