import { settledIds } from '../../core/articles/article-ids.js';

/** A row of a slug group, as id settlement reads it. */
export interface GroupRow {
  readonly seq: number;
  readonly key: string;
  readonly id: string;
  readonly published_at: number;
}

/** The rows of a slug group whose id must change, with their new ids. */
export function idChanges(
  baseId: string,
  rows: readonly GroupRow[],
): { seq: number; id: string }[] {
  const ids = settledIds(
    baseId,
    rows.map((row) => ({ key: row.key, publishedAt: new Date(row.published_at) })),
  );
  return rows.flatMap((row) => {
    const id = ids.get(row.key) ?? baseId;
    return id === row.id ? [] : [{ seq: row.seq, id }];
  });
}
