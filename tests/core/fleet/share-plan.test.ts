import { describe, expect, it } from 'vitest';
import { planShare } from '../../../src/core/fleet/share-plan.js';

const survey = (me: string, members: string[], holders: (string | undefined)[]) => ({
  me,
  members,
  holders,
});
const free = (n: number) => Array.from({ length: n }, (): string | undefined => undefined);

describe('planShare: each process decides its part of the numbered locks alone', () => {
  it('a lone process takes them all', () => {
    expect(planShare(survey('a', ['a'], free(4)), 4)).toEqual({
      take: [0, 1, 2, 3],
      room: 4,
      release: [],
    });
  });

  it('members start at different places, so a fleet starting at once mostly takes different locks', () => {
    const members = ['a', 'b', 'c'];
    expect(planShare(survey('a', members, free(6)), 6).take.slice(0, 2)).toEqual([0, 1]);
    expect(planShare(survey('b', members, free(6)), 6).take.slice(0, 2)).toEqual([2, 3]);
    expect(planShare(survey('c', members, free(6)), 6).take.slice(0, 2)).toEqual([4, 5]);
    expect(planShare(survey('c', members, free(6)), 6).room).toBe(2);
  });

  it('a process holding more than its share when another joins lets the surplus go', () => {
    const plan = planShare(survey('a', ['a', 'b'], ['a', 'a', 'a', 'a']), 4);
    expect(plan).toEqual({ take: [], room: 0, release: [3, 2] });
    // The newcomer holds the fewest: it takes what is free, up to its share.
    const newcomer = planShare(survey('b', ['a', 'b'], ['a', 'a', undefined, undefined]), 4);
    expect(newcomer).toMatchObject({ take: [2, 3], room: 2 });
  });

  it('evens out 2 + 2 + 0: the first of the richest lets one go, the poorest takes it', () => {
    const holders = ['a', 'a', 'b', 'b'];
    const members = ['a', 'b', 'c'];
    expect(planShare(survey('a', members, holders), 4).release).toEqual([1]);
    expect(planShare(survey('b', members, holders), 4).release).toEqual([]);
    const after = ['a', undefined, 'b', 'b'];
    // a (1) has room under the share of 2 but is not among the fewest: it leaves the lock to c.
    expect(planShare(survey('a', members, after), 4).take).toEqual([]);
    expect(planShare(survey('c', members, after), 4).take).toEqual([1]);
    // A balanced fleet (2 + 1 + 1) changes nothing.
    for (const me of members)
      expect(planShare(survey(me, members, ['a', 'c', 'b', 'a']), 4)).toMatchObject({
        take: [],
        release: [],
      });
  });

  it('a lock free for two rounds is taken by any member with room (the poorest may be stuck)', () => {
    const members = ['a', 'b', 'c'];
    const holders = ['a', undefined, 'b', 'b'];
    expect(planShare(survey('a', members, holders), 4, new Set([1])).take).toEqual([1]);
    expect(planShare(survey('b', members, holders), 4, new Set([1])).take).toEqual([]);
  });

  it("a dead member's locks are taken by the survivors, within their share", () => {
    // c died: its locks 4 and 5 are free, the two survivors share 6: 3 each.
    const holders = ['a', 'a', 'b', 'b', undefined, undefined];
    const a = planShare(survey('a', ['a', 'b'], holders), 6);
    const b = planShare(survey('b', ['a', 'b'], holders), 6);
    expect(a.room + b.room).toBe(2);
    expect(new Set([...a.take, ...b.take])).toEqual(new Set([4, 5]));
  });
});
