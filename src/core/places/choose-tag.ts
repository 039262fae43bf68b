import type { ForumTag } from '../ports/places.js';

/** Names a tag for digests is likely to have, preferred when the bot must choose one itself. */
const LIKELY_NAMES = ['digest', 'news', 'daily', 'briefly', 'summary'];

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/^["“«„']+|["”»“']+$/g, '')
    .trim()
    .toLowerCase();

export type TagChoice =
  { readonly tag: ForumTag | undefined } | { readonly problem: 'unknown' | 'none-available' };

/**
 * The tag a forum post of a digest gets. A named tag (by name, any case or accents, or by id) must
 * exist. Without one, no tag unless the forum requires one; then a tag named like a digest's, else
 * the first the bot may set (not moderated: those need Manage Threads, which the bot may lack).
 */
export function chooseTag(
  tags: readonly ForumTag[],
  wanted: string | undefined,
  requiresTag: boolean,
): TagChoice {
  if (wanted !== undefined && wanted.trim() !== '') {
    const name = fold(wanted);
    const named = tags.find((tag) => tag.id === wanted.trim() || fold(tag.name) === name);
    return named ? { tag: named } : { problem: 'unknown' };
  }
  if (!requiresTag) return { tag: undefined };
  const usable = tags.filter((tag) => !tag.moderated);
  const likely = usable.find((tag) => LIKELY_NAMES.includes(fold(tag.name)));
  const chosen = likely ?? usable[0];
  return chosen ? { tag: chosen } : { problem: 'none-available' };
}

/**
 * The tag a post to a forum gets now: the stored one while the forum still has it, else the choice
 * above (a moderator's tag that was deleted is replaced where the forum requires one).
 */
export function tagForPost(
  tags: readonly ForumTag[],
  stored: string | undefined,
  requiresTag: boolean,
): TagChoice {
  const kept = stored === undefined ? undefined : tags.find((tag) => tag.id === stored);
  return kept ? { tag: kept } : chooseTag(tags, undefined, requiresTag);
}
