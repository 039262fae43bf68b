import { describe, expect, it } from 'vitest';
import { backoffDelay, retry } from '../../../src/core/async/retry.js';

describe('backoffDelay', () => {
  it('doubles from the first wait up to the cap', () => {
    const backoff = { firstMs: 1000, maxMs: 30_000 };
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => backoffDelay(backoff, n))).toEqual([
      1000, 2000, 4000, 8000, 16_000, 30_000, 30_000,
    ]);
  });

  it('takes another factor, counts 0 failures as 1, and never overflows', () => {
    expect(backoffDelay({ firstMs: 10, factor: 3 }, 3)).toBe(90);
    expect(backoffDelay({ firstMs: 10 }, 0)).toBe(10);
    expect(backoffDelay({ firstMs: 60_000, maxMs: 86_400_000 }, 10_000)).toBe(86_400_000);
    expect(Number.isFinite(backoffDelay({ firstMs: 1 }, 10_000))).toBe(true);
  });
});

describe('retry', () => {
  const failing = (failures: number, error: Error = new Error('down')) => {
    const calls: number[] = [];
    const task = (attempt: number) => {
      calls.push(attempt);
      return calls.length <= failures ? Promise.reject(error) : Promise.resolve(`ok on ${attempt}`);
    };
    return { task, calls };
  };

  it('tries again after the backoff until the task succeeds', async () => {
    const { task, calls } = failing(2);
    const waits: number[] = [];
    const retried: [string, number, number][] = [];
    const result = await retry(task, {
      attempts: 5,
      backoff: { firstMs: 100 },
      sleep: (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
      onRetry: (error, attempt, delay) => retried.push([(error as Error).message, attempt, delay]),
    });
    expect(result).toBe('ok on 3');
    expect(calls).toEqual([1, 2, 3]);
    expect(waits).toEqual([100, 200]);
    expect(retried).toEqual([
      ['down', 1, 100],
      ['down', 2, 200],
    ]);
  });

  it('gives up after the number of attempts with the last failure', async () => {
    const { task, calls } = failing(10);
    const waits: number[] = [];
    const sleep = (ms: number) => {
      waits.push(ms);
      return Promise.resolve();
    };
    await expect(retry(task, { attempts: 3, backoff: { firstMs: 5 }, sleep })).rejects.toThrow(
      'down',
    );
    expect(calls).toEqual([1, 2, 3]);
    expect(waits).toEqual([5, 10]);
  });

  it('stops at once on a failure that is not retryable', async () => {
    const { task, calls } = failing(10, Object.assign(new Error('refused'), { code: 401 }));
    await expect(
      retry(task, {
        attempts: 5,
        backoff: { firstMs: 5 },
        retryable: (error) => (error as { code?: number }).code !== 401,
        sleep: () => Promise.reject(new Error('must not wait')),
      }),
    ).rejects.toThrow('refused');
    expect(calls).toEqual([1]);
  });

  it('waits for real when no sleep is given', async () => {
    const { task } = failing(1);
    await expect(retry(task, { attempts: 2, backoff: { firstMs: 1 } })).resolves.toBe('ok on 2');
  });
});
