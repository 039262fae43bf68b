/** A tag of a forum channel, as the platform lists it (Discord's `available_tags`). */
export interface ForumTag {
  readonly id: string;
  readonly name: string;
  /** Only members who may manage threads can set it. */
  readonly moderated: boolean;
}

/**
 * A place a channel's digest may be sent to, as the platform describes it: the channel itself, a
 * thread, a forum channel (each post a new thread), or something no digest can go to (a voice
 * channel, a category). `found: false`: no such place the bot can see.
 */
export type PlaceInfo =
  | { readonly found: false }
  | {
      readonly found: true;
      readonly kind: 'channel' | 'thread' | 'forum' | 'other';
      readonly name: string;
      /** In the same server as the channel whose digest it would carry. */
      readonly sameServer: boolean;
      /** Forum: its tags, and whether a post must have one. */
      readonly tags: readonly ForumTag[];
      readonly requiresTag: boolean;
      /** Thread: archived (a post reopens it unless locked), locked (only thread managers reopen). */
      readonly archived: boolean;
      readonly locked: boolean;
    };

/**
 * Where a channel's digest goes when not to the channel itself (Discord): into a thread, or as a new
 * post of a forum channel each time (titled with the channel's local date; `tag`: the id of the
 * forum tag a moderator named, `tagName` its name as it was then, for /digest).
 */
export interface DigestTarget {
  readonly kind: 'thread' | 'forum';
  readonly id: string;
  readonly tag?: string | undefined;
  readonly tagName?: string | undefined;
}

/**
 * Why the last digest could not go to its target: `deleted` (the thread or forum is gone), `locked`
 * (an archived thread the bot may not reopen), `forbidden` (the bot may not post there),
 * `tag-required` (the forum requires a tag and has none the bot can use).
 */
export const TARGET_PROBLEMS = ['deleted', 'locked', 'forbidden', 'tag-required'] as const;
export type TargetProblem = (typeof TARGET_PROBLEMS)[number];
