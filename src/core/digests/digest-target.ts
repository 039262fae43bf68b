import type { Translator } from '../i18n/translator.js';
import type { ChatRef } from '../ports/chat-memory.js';
import type { DigestSettings, DigestTarget, TargetProblem } from '../ports/digest-store.js';
import type { PlaceInfo } from '../ports/places.js';
import type { Inline, Span } from '../replies/reply.js';
import { chooseTag } from '../places/choose-tag.js';

export type TargetChange =
  | {
      readonly target: DigestTarget | null;
      /** Worth knowing about the new target (an archived, locked thread). */
      readonly note?: string | undefined;
    }
  | { readonly problem: string; readonly form: string; readonly hint: string };

export interface TargetRequest {
  /** What the moderator typed after `target`. */
  readonly value: string | undefined;
  /** The channel whose digest it is. */
  readonly chat: ChatRef;
  /** The thread the command was typed in, if any: what `here` means there. */
  readonly thread?: ChatRef | undefined;
  /** The platform's description of a place by id (ChannelPoster.describePlace). */
  readonly describe: (id: string) => Promise<PlaceInfo>;
}

const THE_CHANNEL = /^(channel|off|none|default)$/i;
/** A channel mention as Discord's client writes it (`<#id>`) or a bare id, then the tag, if any. */
const PLACE = /^(?:<#(\d{17,20})>|(\d{17,20}))(?:\s+(.+))?$/s;

/** A place as the platform links it (Discord: a channel mention, shown with its name). */
export const mention = (id: string): Span => ({ text: `#${id}`, channel: id });

const MARK = '\u2063place\u2063';

/**
 * A message with a place in it, as inline content: the translation is made with a marker for
 * `{place}`, which becomes the place's link (a translation cannot carry a link itself).
 */
export function withPlace(
  t: Translator,
  key: Parameters<Translator['t']>[0],
  id: string,
  values: Readonly<Record<string, string>> = {},
): Inline[] {
  const text = t.t(key, { ...values, place: MARK });
  return text.split(MARK).flatMap((piece, i) => (i === 0 ? [piece] : [mention(id), piece]));
}

/**
 * Where a moderator wants the channel's digest: `here` (the thread they are in, or the channel),
 * `channel` (the channel itself), or a thread or forum of the same server by mention or id, a forum
 * with an optional tag name. What the place is comes from the platform at the time of asking.
 */
export async function parseTarget(request: TargetRequest, t: Translator): Promise<TargetChange> {
  const value = (request.value ?? '').trim();
  const usage = (problem: string) => ({
    problem,
    form: t.t('threads.targetForm'),
    hint: t.t('threads.targetHint'),
  });
  if (value === '') return usage(t.t('threads.nameTarget'));
  if (/^here$/i.test(value))
    return request.thread ? resolve(request, request.thread.id, undefined, t) : { target: null };
  if (THE_CHANNEL.test(value)) return { target: null };
  const match = PLACE.exec(value);
  const id = match?.[1] ?? match?.[2];
  if (match === null || id === undefined) return usage(t.t('threads.badTarget', { value }));
  return resolve(request, id, match[3]?.trim(), t);
}

async function resolve(
  request: TargetRequest,
  id: string,
  tagName: string | undefined,
  t: Translator,
): Promise<TargetChange> {
  const usage = (problem: string) => ({
    problem,
    form: t.t('threads.targetForm'),
    hint: t.t('threads.targetHint'),
  });
  const info = await request.describe(id);
  if (!info.found || !info.sameServer) return usage(t.t('threads.unknownPlace', { place: id }));
  // An answer's text is plain: the place by its name, as Discord shows it.
  const place = `#${info.name}`;
  switch (info.kind) {
    case 'channel':
      return id === request.chat.id && !tagName
        ? { target: null }
        : usage(t.t('threads.notThreadOrForum', { place }));
    case 'other':
      return usage(t.t('threads.notThreadOrForum', { place }));
    case 'thread':
      if (tagName) return usage(t.t('threads.tagOnlyForum', { place }));
      return {
        target: { kind: 'thread', id },
        note: info.archived && info.locked ? t.t('threads.noteLocked') : undefined,
      };
    case 'forum': {
      const choice = chooseTag(info.tags, tagName, info.requiresTag);
      if ('problem' in choice) {
        if (choice.problem === 'none-available')
          return usage(t.t('threads.noTagAvailable', { place }));
        const tags = info.tags.map((tag) => `“${tag.name}”`);
        return usage(
          t.t('threads.unknownTag', {
            place,
            tag: tagName ?? '',
            tags: tags.length > 0 ? t.list(tags) : t.t('threads.noTags'),
          }),
        );
      }
      return {
        target: { kind: 'forum', id, tag: choice.tag?.id, tagName: choice.tag?.name },
      };
    }
  }
}

/** "the thread #news-talk", "a new post in the forum #digests each time, tagged “Daily”". */
export function describeTarget(
  settings: DigestSettings,
  homeIsForum: boolean,
  t: Translator,
): Inline[] {
  const target = settings.target;
  if (!target) return [t.t(homeIsForum ? 'threads.toThisForum' : 'threads.toChannel')];
  if (target.kind === 'thread') return withPlace(t, 'threads.toThread', target.id);
  return target.tagName
    ? withPlace(t, 'threads.toForumTag', target.id, { tag: target.tagName })
    : withPlace(t, 'threads.toForum', target.id);
}

/** Why the last digest missed its target, and what happens meanwhile. */
export function describeTargetProblem(settings: DigestSettings, t: Translator): string | undefined {
  const problem = settings.targetProblem;
  if (problem === undefined) return undefined;
  const why = t.t('threads.problem', { problem: problemText(problem, t) });
  // Deleted or tag-less targets send the digest home; the others keep trying the target.
  const meanwhile =
    settings.target && (problem === 'deleted' || problem === 'tag-required')
      ? t.t('threads.postedHere')
      : t.t('threads.retrying');
  return `${why} ${meanwhile}`;
}

export function problemText(problem: TargetProblem, t: Translator): string {
  switch (problem) {
    case 'deleted':
      return t.t('threads.problemDeleted');
    case 'locked':
      return t.t('threads.problemLocked');
    case 'forbidden':
      return t.t('threads.problemForbidden');
    case 'tag-required':
      return t.t('threads.problemTagRequired');
  }
}
