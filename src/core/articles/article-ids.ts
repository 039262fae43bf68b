import { fnv1a } from '../text/fnv1a.js';

/** An article of a slug group, as id settlement sees it. */
export interface IdClaimant {
  readonly key: string;
  readonly publishedAt: Date;
}

/**
 * The ids of the articles that share a slug: the oldest keeps the plain slug, the others get a
 * suffix derived from their origin key, so an id never depends on the order articles were read in
 * (nor on which process of a fleet read them).
 */
export function settledIds(baseId: string, members: readonly IdClaimant[]): Map<string, string> {
  const ordered = [...members].sort(
    (a, b) => a.publishedAt.getTime() - b.publishedAt.getTime() || a.key.localeCompare(b.key),
  );
  return new Map(
    ordered.map((member, position) => [
      member.key,
      position === 0 ? baseId : `${baseId}-${shortHash(member.key)}`,
    ]),
  );
}

/** Six hex digits of FNV-1a: short, stable, good enough to tell a handful of same-titled articles apart. */
export function shortHash(text: string): string {
  return fnv1a(text).toString(16).padStart(8, '0').slice(0, 6);
}
