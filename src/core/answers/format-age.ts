/**
 * "just now", "12 min ago", "3 h ago", "2 days ago", a date for anything older than 30 days; for
 * a time to come, "in under a minute", "in 5 min", "in 21 h".
 */
export function formatAge(then: Date, now: Date): string {
  const seconds = Math.round((now.getTime() - then.getTime()) / 1000);
  if (seconds < -60) return `in ${describe(-seconds)}`;
  if (seconds < 0) return 'in under a minute';
  if (seconds < 60) return 'just now';
  if (seconds > 30 * 86_400) return then.toISOString().slice(0, 10);
  return `${describe(seconds)} ago`;
}

function describe(seconds: number): string {
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)} h`;
  const days = Math.floor(seconds / 86_400);
  return days === 1 ? '1 day' : `${days} days`;
}
