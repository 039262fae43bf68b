/**
 * The slots in random order: processes that run the same due slots at once (one database, due in
 * the same minute) start in different places, so their claims meet on few rows and each sends a
 * share instead of one waiting on the other's rows.
 */
export function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
