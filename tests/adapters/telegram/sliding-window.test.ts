import { describe, expect, it } from 'vitest';
import { Pace, SlidingWindow } from '../../../src/adapters/telegram/sliding-window.js';

describe('SlidingWindow', () => {
  it('allows `count` events in any window, then says when the next one may come', () => {
    const window = new SlidingWindow(2, 1000);
    expect(window.nextAllowed(0)).toBe(0);
    window.record(0);
    window.record(100);
    expect(window.nextAllowed(200)).toBe(1000);
    expect(window.nextAllowed(1500)).toBe(1500);
    window.record(1000);
    expect(window.nextAllowed(1000)).toBe(1100);
    expect(window.isIdle(1999)).toBe(false);
    expect(window.isIdle(2000)).toBe(true);
  });
});

describe('Pace', () => {
  it('spaces events evenly and does not drift when events come a little late', () => {
    const pace = new Pace(100, 50);
    const times: number[] = [];
    let now = 0;
    for (let i = 0; i < 10; i++) {
      now = pace.nextAllowed(now) + 3; // every timer fires 3 ms late
      pace.record(now);
      times.push(now);
    }
    expect(times[9]! - times[0]!).toBeLessThanOrEqual(900);
    for (let i = 1; i < times.length; i++)
      expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(50);
  });
});
