import { afterEach, describe, expect, it } from 'vitest';
import type { JobQueue, WorkOptions } from '../../src/core/ports/job-queue.js';

/** Opens a fresh queue; `second` opens another on the same shared place (another process). */
export interface JobQueueFactory {
  readonly open: () => Promise<JobQueue>;
  /** Another process's queue on the same database, where the implementation has one. */
  second?: () => Promise<JobQueue>;
}

/** The job's fields, as the test wrote them (data comes back as plain JSON). */
const num = (data: unknown) => Number((data as { n: unknown }).n);
const tag = (data: unknown) => String((data as { tag: unknown }).tag);

const OPTIONS: WorkOptions = { concurrency: 8, leaseSeconds: 60 };

/** A promise with its resolver, to hold a job running until the test lets it go. */
function gate() {
  let resolveGate: (() => void) | undefined;
  const opened = new Promise<void>((resolve) => (resolveGate = resolve));
  return { opened, open: () => resolveGate?.() };
}

export function jobQueueContract(name: string, factory: () => Promise<JobQueueFactory>) {
  describe(`JobQueue contract: ${name}`, () => {
    const opened: JobQueue[] = [];
    const open = async (make: () => Promise<JobQueue>) => {
      const queue = await make();
      opened.push(queue);
      return queue;
    };
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((queue) => queue.stop()));
    });

    it('runs every enqueued job once, with its data', async () => {
      const f = await factory();
      const jobs = await open(f.open);
      const seen: string[] = [];
      await jobs.work('count', OPTIONS, (data) => {
        seen.push(`n${num(data)}`);
        return Promise.resolve();
      });
      await jobs.enqueue(
        'count',
        Array.from({ length: 30 }, (_, n) => ({ key: `k${n}`, data: { n } })),
      );
      await jobs.idle('count');
      expect(seen.sort()).toEqual(Array.from({ length: 30 }, (_, n) => `n${n}`).sort());
    });

    it('does not add a job whose key is already waiting', async () => {
      const f = await factory();
      const jobs = await open(f.open);
      const hold = gate();
      const seen: string[] = [];
      await jobs.work('dedup', { ...OPTIONS, concurrency: 1 }, async (data) => {
        seen.push(tag(data));
        await hold.opened;
      });
      await jobs.enqueue('dedup', [{ key: 'busy', data: { tag: 'busy' } }]);
      await expect.poll(() => seen, { timeout: 15_000 }).toEqual(['busy']);
      // "busy" runs and holds the only slot: these wait, and the repeat of "a" is not added.
      await jobs.enqueue('dedup', [{ key: 'a', data: { tag: 'a1' } }]);
      await jobs.enqueue('dedup', [
        { key: 'a', data: { tag: 'a2' } },
        { key: 'b', data: { tag: 'b' } },
      ]);
      hold.open();
      await jobs.idle('dedup');
      expect(seen.sort()).toEqual(['a1', 'b', 'busy']);
    });

    it('runs a job enqueued first before the jobs already waiting', async () => {
      const f = await factory();
      const jobs = await open(f.open);
      const hold = gate();
      const seen: string[] = [];
      await jobs.work('first', { ...OPTIONS, concurrency: 1 }, async (data) => {
        seen.push(tag(data));
        await hold.opened;
      });
      await jobs.enqueue('first', [{ key: 'busy', data: { tag: 'busy' } }]);
      await expect.poll(() => seen, { timeout: 15_000 }).toEqual(['busy']);
      await jobs.enqueue(
        'first',
        ['a', 'b', 'c'].map((key) => ({ key, data: { tag: key } })),
      );
      await jobs.enqueue('first', [{ key: 'late', data: { tag: 'late' }, first: true }]);
      hold.open();
      await jobs.idle('first');
      expect(seen.slice(0, 2)).toEqual(['busy', 'late']);
      expect(seen.slice(2).sort()).toEqual(['a', 'b', 'c']);
    });

    it('a failing job is logged and done; the others run', async () => {
      const f = await factory();
      const jobs = await open(f.open);
      const seen: number[] = [];
      await jobs.work('faults', OPTIONS, (data) => {
        if (num(data) === 2) return Promise.reject(new Error('boom'));
        seen.push(num(data));
        return Promise.resolve();
      });
      await jobs.enqueue(
        'faults',
        [1, 2, 3].map((n) => ({ key: `k${n}`, data: { n } })),
      );
      await jobs.idle('faults');
      expect(seen.sort()).toEqual([1, 3]);
      // The failed key may be enqueued again (a caller's next tick).
      await jobs.enqueue('faults', [{ key: 'k2', data: { n: 22 } }]);
      await jobs.idle('faults');
      expect(seen).toContain(22);
    });

    it('stop lets running jobs finish and starts no more', async () => {
      const f = await factory();
      const jobs = await f.open();
      const hold = gate();
      const finished: string[] = [];
      let started = false;
      await jobs.work('stopping', { ...OPTIONS, concurrency: 1 }, async (data) => {
        started = true;
        await hold.opened;
        finished.push(tag(data));
      });
      await jobs.enqueue('stopping', [{ key: 'x', data: { tag: 'x' } }]);
      await expect.poll(() => started, { timeout: 15_000 }).toBe(true);
      setTimeout(() => hold.open(), 50);
      await jobs.stop();
      expect(finished).toEqual(['x']);
    });

    it('shares jobs between processes: each runs once, wherever it ran', async (context) => {
      const f = await factory();
      if (!f.second) return context.skip();
      const a = await open(f.open);
      const b = await open(f.second);
      const seen: string[] = [];
      const handler = (who: string) => async (data: unknown) => {
        seen.push(`${who}:${num(data)}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      };
      await a.work('shared', OPTIONS, handler('a'));
      await b.work('shared', OPTIONS, handler('b'));
      await a.enqueue(
        'shared',
        Array.from({ length: 60 }, (_, n) => ({ key: `k${n}`, data: { n } })),
      );
      await Promise.all([a.idle('shared'), b.idle('shared')]);
      const numbers = seen.map((entry) => Number(entry.split(':')[1]));
      expect(numbers.sort((x, y) => x - y)).toEqual(Array.from({ length: 60 }, (_, n) => n));
    });
  });
}
