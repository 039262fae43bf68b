import type { Clock } from '../../src/core/ports/clock.js';

/** A clock that stands still until told to move. */
export class FakeClock implements Clock {
  private current: Date;

  constructor(start: string | Date = '2026-11-26T12:00:00Z') {
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  set(to: string | Date): void {
    this.current = new Date(to);
  }

  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}
