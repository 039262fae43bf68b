import { describe, expect, it } from 'vitest';
import { slotGroups } from '../../src/scheduler/digest-scheduler.js';

const slot = new Date('2026-11-26T08:00:00Z');
const due = (count: number, from = 0) =>
  Array.from({ length: count }, (_, i) => ({
    chat: { platform: 'telegram', id: String(from + i) },
    slot,
  }));
const reversed = <T>(list: readonly T[]) => [...list].reverse();
const ids = (groups: ReturnType<typeof slotGroups>) =>
  groups.map((group) => group.slots.map((s) => s.chat.id).sort());

describe('slotGroups: the jobs a tick hands out', () => {
  it('groups every slot once, in groups of at most 256 (about half that at least, on average)', () => {
    const groups = slotGroups(due(10_000));
    const all = groups.flatMap((group) => group.slots.map((s) => s.chat.id));
    expect(new Set(all).size).toBe(10_000);
    expect(all).toHaveLength(10_000);
    expect(groups.length).toBe(64);
    expect(Math.max(...groups.map((group) => group.slots.length))).toBeLessThan(256);
  });

  it('forms the same groups with the same keys in every process, whatever order it saw the slots in', () => {
    const one = slotGroups(due(3_000));
    const other = slotGroups(reversed(due(3_000)));
    expect(other.map((group) => group.key).sort()).toEqual(one.map((group) => group.key).sort());
    expect(ids(other).sort()).toEqual(ids(one).sort());
  });

  it('keeps the other groups when a process sees one slot fewer, and keys its group apart', () => {
    const one = slotGroups(due(3_000));
    const fewer = slotGroups(due(3_000).filter((s) => s.chat.id !== '1234'));
    const changed = fewer.filter((group) => !one.some((o) => o.key === group.key));
    expect(changed).toHaveLength(1);
    expect(fewer).toHaveLength(one.length);
  });

  it('spreads a few hundred slots over 8 jobs, and puts a handful in one', () => {
    const groups = slotGroups(due(300));
    expect(groups).toHaveLength(8);
    expect(groups.flatMap((group) => group.slots)).toHaveLength(300);
    expect(slotGroups(due(40))).toHaveLength(2);
  });

  it('caps a job at 1,024 slots when the hash gives few channels many slots, each slot once', () => {
    // A dead process's released claims: one channel's slot of every minute for two days.
    const many = Array.from({ length: 3_000 }, (_, i) => ({
      chat: { platform: 'telegram', id: '42' },
      slot: new Date(slot.getTime() + i * 60_000),
    }));
    const groups = slotGroups(many);
    expect(Math.max(...groups.map((group) => group.slots.length))).toBeLessThanOrEqual(1_024);
    expect(new Set(groups.flatMap((group) => group.slots)).size).toBe(3_000);
    expect(new Set(groups.map((group) => group.key)).size).toBe(groups.length);
    const again = slotGroups(reversed(many));
    expect(again.map((group) => group.key)).toEqual(groups.map((group) => group.key));
  });

  it('keeps slots apart that a separator in a chat id would make read alike', () => {
    const tricky = [
      { chat: { platform: 'a', id: 'b:c' }, slot },
      { chat: { platform: 'a:b', id: 'c' }, slot },
    ];
    const one = slotGroups([tricky[0]!]);
    const other = slotGroups([tricky[1]!]);
    expect(one[0]?.key).not.toBe(other[0]?.key);
  });

  it('keys a group of slots of another time apart', () => {
    expect(slotGroups(due(3))).toHaveLength(1);
    expect(slotGroups([])).toEqual([]);
    const later = due(3).map((s) => ({ ...s, slot: new Date('2026-11-26T09:00:00Z') }));
    expect(slotGroups(later)[0]?.key).not.toBe(slotGroups(due(3))[0]?.key);
  });
});
