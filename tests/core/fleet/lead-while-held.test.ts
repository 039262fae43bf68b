import { describe, expect, it } from 'vitest';
import { leadWhileHeld, type Leadership } from '../../../src/core/fleet/lead-while-held.js';
import { MemoryFleetLocks } from '../../../src/core/fleet/memory-fleet-locks.js';
import type { FleetLocks, LockSession } from '../../../src/core/ports/fleet-locks.js';
import { createRecordingLogger } from '../../support/recording-logger.js';

/** Work that records when it runs, and stops when told to. */
function recordingWork() {
  const running = new Set<number>();
  const terms: number[] = [];
  const work = (id: number) => (signal: AbortSignal) =>
    new Promise<void>((resolve) => {
      running.add(id);
      terms.push(id);
      signal.addEventListener('abort', () => {
        running.delete(id);
        resolve();
      });
    });
  return { running, terms, work };
}

describe('leadWhileHeld', () => {
  it('of three processes one works; when it stops, another takes over', async () => {
    const lock = new MemoryFleetLocks();
    const { running, terms, work } = recordingWork();
    const logger = createRecordingLogger();
    const fleet: Leadership[] = [1, 2, 3].map((id) =>
      leadWhileHeld(lock, 'poll', work(id), { retryMs: 5, logger }),
    );
    await expect.poll(() => running.size).toBe(1);
    const [first] = [...running];
    const leader = fleet[first! - 1]!;
    expect(fleet.filter((l) => l.leading())).toEqual([leader]);
    await leader.stop();
    await expect.poll(() => running.size).toBe(1);
    expect(running.has(first!)).toBe(false);
    // Never two at once: every term began after the one before it ended (one lock, one worker).
    expect(terms).toHaveLength(2);
    await Promise.all(fleet.map((l) => l.stop()));
    expect(running.size).toBe(0);
  });

  it('a lost lock stops the work at once, logged, and the lock is asked for again', async () => {
    const inner = new MemoryFleetLocks();
    const opened: LockSession[] = [];
    const lock: FleetLocks = {
      open: async () => {
        const session = await inner.open();
        opened.push(session);
        return session;
      },
    };
    const { running, terms, work } = recordingWork();
    const logger = createRecordingLogger();
    const one = leadWhileHeld(lock, 'poll', work(1), { retryMs: 5, logger });
    await expect.poll(() => running.size).toBe(1);
    // Its session's connection breaks.
    inner.lose(opened[0]!);
    // The work stopped before anyone else could be given the lock, then this process took it again.
    await expect.poll(() => terms.length).toBe(2);
    expect(
      logger.entries.some((e) => e.level === 'warn' && e.message.includes('lost the lock')),
    ).toBe(true);
    await one.stop();
    expect(running.size).toBe(0);
  });

  it('work that fails for good (a refused token) ends the leadership with its error', async () => {
    const lock = new MemoryFleetLocks();
    const logger = createRecordingLogger();
    const one = leadWhileHeld(lock, 'poll', () => Promise.reject(new Error('401 Unauthorized')), {
      retryMs: 5,
      logger,
    });
    await expect(one.done).rejects.toThrow('401');
    // The lock was given back: another process takes it.
    const other = await lock.open();
    expect(await other.tryTake('poll', 0)).toBe(true);
  });

  it('a lock that cannot be asked for (database away) is asked for again, logged', async () => {
    let failures = 2;
    const inner = new MemoryFleetLocks();
    const flaky: FleetLocks = {
      open: () => (failures-- > 0 ? Promise.reject(new Error('ECONNREFUSED')) : inner.open()),
    };
    const { running, work } = recordingWork();
    const logger = createRecordingLogger();
    const one = leadWhileHeld(flaky, 'poll', work(1), { retryMs: 5, logger });
    await expect.poll(() => running.size).toBe(1);
    expect(logger.entries.filter((e) => e.message.includes('could not ask'))).toHaveLength(2);
    await one.stop();
  });
});
