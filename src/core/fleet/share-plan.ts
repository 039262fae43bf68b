import type { LockSurvey } from '../ports/fleet-locks.js';

/** What one process does in one round: locks to try, in order, and locks to let go. */
export interface SharePlan {
  /** Free locks this process may take, in the order to try them. */
  readonly take: readonly number[];
  /** How many of `take` it may hold more (it stops trying once it holds that many). */
  readonly room: number;
  /** Locks it holds and lets go (to a process that holds fewer). */
  readonly release: readonly number[];
}

/**
 * Divides `count` numbered locks among the live members so that each holds ⌊count / members⌋ or
 * one more, every process deciding alone from the same survey:
 * - nobody holds more than its fair share, ⌈count / members⌉ (a new member makes the others let
 *   some go);
 * - a free lock is taken by the members that hold the fewest, or by anyone with room once it has
 *   stayed free for two rounds (`freeBefore`: the free locks of this process's previous survey),
 *   so a slow member cannot leave it orphaned;
 * - when all are held but two members differ by more than one, the one that holds the most
 *   (the first in member order among equals) lets one go for the others to take.
 * Members start trying at different places (their rank times the share), so a fleet that starts
 * at once mostly takes different locks.
 */
export function planShare(
  survey: LockSurvey,
  count: number,
  freeBefore: ReadonlySet<number> = new Set(),
): SharePlan {
  const members = survey.members.includes(survey.me)
    ? survey.members
    : [...survey.members, survey.me].sort();
  const share = Math.ceil(count / members.length);
  const held = new Map(members.map((member) => [member, 0]));
  const mine: number[] = [];
  const free: number[] = [];
  survey.holders.forEach((holder, n) => {
    if (holder === undefined) free.push(n);
    else held.set(holder, (held.get(holder) ?? 0) + 1);
    if (holder === survey.me) mine.push(n);
  });
  const counts = members.map((member) => held.get(member) ?? 0);
  const fewest = Math.min(...counts);
  const most = Math.max(...counts);

  if (mine.length > share) return { take: [], room: 0, release: mine.slice(share).reverse() };
  const richest = members[counts.indexOf(most)];
  if (free.length === 0 && most - fewest > 1 && richest === survey.me)
    return { take: [], room: 0, release: mine.slice(-1) };

  const room = share - mine.length;
  const start = (members.indexOf(survey.me) * share) % Math.max(count, 1);
  const ordered = [...free].sort((a, b) => ((a - start + count) % count) - ((b - start + count) % count));
  const mayTake = mine.length === fewest ? ordered : ordered.filter((n) => freeBefore.has(n));
  return { take: room > 0 ? mayTake : [], room: Math.max(room, 0), release: [] };
}
