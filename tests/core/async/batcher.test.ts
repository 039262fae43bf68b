import { describe, expect, it } from 'vitest';
import { Batcher } from '../../../src/core/async/batcher.js';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
/** A few turns of the event loop: enough for a batch that may start to start. */
const turns = async () => {
  for (let i = 0; i < 5; i++) await nextTurn();
};

/** A batch runner whose batches answer only when the test says so. */
function heldRunner() {
  const batches: { inputs: readonly number[]; answer: () => void }[] = [];
  const run = (inputs: readonly number[]) =>
    new Promise<number[]>((resolve) =>
      batches.push({ inputs, answer: () => resolve(inputs.map((n) => n * 10)) }),
    );
  return { batches, run };
}

describe('Batcher', () => {
  it('gathers the calls of one turn into one batch and answers each call its own output', async () => {
    const { batches, run } = heldRunner();
    const batcher = new Batcher(run);
    const answers = Promise.all([batcher.load(1), batcher.load(2), batcher.load(3)]);
    await nextTurn();
    expect(batches.map((b) => b.inputs)).toEqual([[1, 2, 3]]);
    batches[0]?.answer();
    expect(await answers).toEqual([10, 20, 30]);
  });

  it('unordered: a later turn starts its batch while an earlier one is still running', async () => {
    const { batches, run } = heldRunner();
    const batcher = new Batcher(run);
    void batcher.load(1);
    await nextTurn();
    void batcher.load(2);
    await nextTurn();
    expect(batches.map((b) => b.inputs)).toEqual([[1], [2]]);
  });

  it('ordered: one batch at a time; what came meanwhile goes in the next, after the last answered', async () => {
    const { batches, run } = heldRunner();
    const batcher = new Batcher(run, { ordered: true });
    const first = batcher.load(1);
    await nextTurn();
    const later = [batcher.load(2)];
    await nextTurn();
    later.push(batcher.load(3));
    await turns();
    // 2 and 3 wait for batch [1] to answer: they may never take effect before it.
    expect(batches.map((b) => b.inputs)).toEqual([[1]]);
    batches[0]?.answer();
    expect(await first).toBe(10);
    await turns();
    expect(batches.map((b) => b.inputs)).toEqual([[1], [2, 3]]);
    batches[1]?.answer();
    expect(await Promise.all(later)).toEqual([20, 30]);
  });

  it('ordered: a failed batch rejects its calls and the next batch still runs', async () => {
    let runs = 0;
    const batcher = new Batcher(
      (inputs: readonly number[]) =>
        ++runs === 1 ? Promise.reject(new Error('connection lost')) : Promise.resolve([...inputs]),
      { ordered: true },
    );
    const failed = expect(batcher.load(1)).rejects.toThrow('connection lost');
    await nextTurn();
    const next = batcher.load(2);
    await failed;
    expect(await next).toBe(2);
  });
});
