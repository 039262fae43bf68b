import { describe, expect, it } from 'vitest';
import { createLimiter } from '../../../src/core/async/limiter.js';

/** A task that runs until released, recording when it starts. */
function gate(log: string[], name: string) {
  let release: () => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const done = new Promise<string>((resolve, reject) => {
    release = () => resolve(name);
    fail = reject;
  });
  const task = () => {
    log.push(name);
    return done;
  };
  return { task, release: () => release(), fail: (error: Error) => fail(error) };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('createLimiter', () => {
  it('runs one task at a time per key, in order, and keys side by side', async () => {
    const limiter = createLimiter({ perKey: 1 });
    const log: string[] = [];
    const [a1, a2, a3, b1] = ['a1', 'a2', 'a3', 'b1'].map((name) => gate(log, name));
    const results = [
      limiter.run('a', a1!.task),
      limiter.run('a', a2!.task),
      limiter.run('a', a3!.task),
      limiter.run('b', b1!.task),
    ];
    const settled = Promise.allSettled(results);
    await settle();
    expect(log).toEqual(['a1', 'b1']);
    expect([limiter.active, limiter.waiting]).toEqual([2, 2]);
    a1!.release();
    await settle();
    expect(log).toEqual(['a1', 'b1', 'a2']);
    a2!.fail(new Error('a2 broke'));
    await settle();
    expect(log).toEqual(['a1', 'b1', 'a2', 'a3']);
    a3!.release();
    b1!.release();
    expect((await settled).map((s) => (s.status === 'fulfilled' ? s.value : 'rejected'))).toEqual([
      'a1',
      'rejected',
      'a3',
      'b1',
    ]);
    expect([limiter.active, limiter.waiting]).toEqual([0, 0]);
  });

  it('keeps to the per-key and the overall limit, first come first served', async () => {
    const limiter = createLimiter({ perKey: 2, total: 3 });
    const log: string[] = [];
    const names = ['x1', 'x2', 'x3', 'y1', 'y2', 'z1'];
    const gates = new Map(names.map((name) => [name, gate(log, name)]));
    const running = names.map((name) => limiter.run(name[0]!, gates.get(name)!.task));
    await settle();
    // x3 waits for x (2 at once), y1 takes the third overall slot; y2 and z1 wait for any slot.
    expect(log).toEqual(['x1', 'x2', 'y1']);
    gates.get('x1')!.release();
    await settle();
    // A free slot goes to the first waiting task that may start: x3 (x has room again).
    expect(log).toEqual(['x1', 'x2', 'y1', 'x3']);
    gates.get('y1')!.release();
    await settle();
    expect(log.at(-1)).toBe('y2');
    gates.get('x2')!.release();
    await settle();
    expect(log.at(-1)).toBe('z1');
    for (const g of gates.values()) g.release();
    await Promise.all(running);
    expect(limiter.active).toBe(0);
  });

  it('runs a long list with a bounded number at once', async () => {
    const limiter = createLimiter({ total: 4 });
    let now = 0;
    let most = 0;
    const tasks = Array.from({ length: 100 }, (_, i) => async () => {
      now++;
      most = Math.max(most, now);
      await settle();
      now--;
      return i;
    });
    const results = await Promise.all(tasks.map((task) => limiter.run('all', task)));
    expect(results).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(most).toBe(4);
  });

  it('refuses a limit below one', () => {
    expect(() => createLimiter({ total: 0 })).toThrow(RangeError);
    expect(() => createLimiter({ perKey: Number.NaN })).toThrow(RangeError);
  });
});
