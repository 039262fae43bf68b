import { DiscordAPIError } from 'discord.js';
import type { TargetProblem } from '../../core/ports/places.js';

/** One REST call's result: the JSON Discord answered, or why not (status and JSON code if any). */
export type Attempt =
  | { readonly ok: true; readonly body: { readonly id: string; readonly message?: { id: string } } }
  | {
      readonly ok: false;
      readonly status: number | undefined;
      readonly code: number | string | undefined;
      readonly reason: string;
      readonly error: unknown;
    };

export function failedAttempt(error: unknown): Attempt {
  const api = error instanceof DiscordAPIError ? error : undefined;
  return {
    ok: false,
    status: api?.status,
    code: api?.code,
    reason: error instanceof Error ? error.message : String(error),
    error,
  };
}

/** Discord's JSON error codes the targets of digests meet (opcodes-and-status-codes). */
export const CODES = {
  unknownChannel: 10003,
  missingAccess: 50001,
  missingPermissions: 50013,
  archivedThread: 50083,
  threadLocked: 160005,
  /** A message posted to a forum itself rather than as a new post of it. */
  forumChannel: 40058,
  noTagsForNonModerators: 40066,
  tagRequired: 40067,
} as const;

/** Refused as archived: Discord reopens a thread for a post itself, unless it is locked. */
export const isArchived = (attempt: Attempt): attempt is Extract<Attempt, { ok: false }> =>
  !attempt.ok && attempt.code === CODES.archivedThread;

/**
 * What a refused post to a thread or forum means for the digest's target, or undefined for
 * anything else (a bad payload, an outage), which is reported as for a channel.
 */
export function targetProblemOf(attempt: Attempt): TargetProblem | undefined {
  if (attempt.ok) return undefined;
  if (attempt.status === 404 || attempt.code === CODES.unknownChannel) return 'deleted';
  if (attempt.code === CODES.tagRequired || attempt.code === CODES.noTagsForNonModerators)
    return 'tag-required';
  if (attempt.code === CODES.archivedThread || attempt.code === CODES.threadLocked) return 'locked';
  if (attempt.status === 403) return 'forbidden';
  return undefined;
}

/** Deleted places and forums with no tag to set will not mend by themselves; the rest may. */
export const PERMANENT_PROBLEMS: readonly TargetProblem[] = ['deleted', 'tag-required'];

/** Discord's limit on a thread's (a forum post's) name. */
export const THREAD_NAME_LIMIT = 100;

export function threadName(title: string | undefined): string {
  const name = (title ?? '').trim() || 'Digest';
  return name.length <= THREAD_NAME_LIMIT ? name : `${name.slice(0, THREAD_NAME_LIMIT - 1)}…`;
}
