import type { Translator } from '../i18n/translator.js';
import { LruCache } from '../lru-cache.js';
import type { ChannelPoster, PostOutcome } from '../ports/channel-poster.js';
import type { DigestSettings, DigestStore, TargetProblem } from '../ports/digest-store.js';
import type { Logger } from '../ports/logger.js';
import { italic, paragraph } from '../replies/build.js';
import type { Reply } from '../replies/reply.js';
import { problemText, withPlace } from './digest-target.js';

export interface DigestPost {
  readonly poster: ChannelPoster;
  readonly settings: DigestSettings;
  readonly reply: Reply;
  readonly idempotencyKey: string;
  /** The ledger's `sending` mark, for posters that announce their sends (see SendingMark). */
  readonly beforeSend?: (() => Promise<boolean>) | undefined;
  /** The slot's instant: a forum post is titled with its date in the channel's zone. */
  readonly slot: Date;
  readonly t: Translator;
  readonly store: DigestStore;
  readonly logger: Logger;
}

/**
 * A forum post's title ("Digest — 7 Dec 2026"), remembered per slot, zone and language: a run's
 * thousands of channels share a few, and formatting a date costs microseconds each time.
 */
const titles = new LruCache<string, string>(64);
function postTitle(slot: Date, timeZone: string, t: Translator): string {
  const key = `${t.locale}|${t.formatLocale}|${timeZone}|${slot.getTime()}`;
  let title = titles.get(key);
  if (title === undefined) {
    title = t.t('threads.postTitle', { date: t.date(slot, timeZone, 'short') });
    titles.set(key, title);
  }
  return title;
}

/** Problems no retry mends: the digest goes to the channel itself instead of being lost. */
const SENT_HOME: readonly TargetProblem[] = ['deleted', 'tag-required'];

/**
 * Posts a digest where its channel wants it: the channel itself, its thread, or a new post of its
 * forum (titled "Digest — 7 Dec 2026" in the channel's language and zone). When the target refused
 * it, why is noted on the settings (/digest shows it) and logged; a target that is gone or cannot
 * take a post at all gets the digest in the channel itself, with a line saying why, so nothing is
 * lost. A target that may come back (locked, not allowed) fails the slot, to be retried.
 */
export async function postDigest(post: DigestPost): Promise<PostOutcome> {
  const { poster, settings, t, logger } = post;
  const chat = settings.chat;
  const title = postTitle(post.slot, settings.timezone, t);
  const outcome = await poster.post(chat, post.reply, {
    idempotencyKey: post.idempotencyKey,
    pingRole: settings.pingRole,
    target: settings.target,
    title,
    beforeSend: post.beforeSend,
  });
  if (outcome.ok) {
    if (settings.targetProblem !== undefined) await post.store.noteTargetProblem(chat, undefined);
    return outcome;
  }
  const problem = outcome.targetProblem;
  if (problem === undefined) return outcome;
  await post.store.noteTargetProblem(chat, problem);
  const target = settings.target;
  logger.warn(
    { chat, target: target ?? 'the channel itself', problem, reason: outcome.reason },
    'digest could not go to its target (shown by /digest)',
  );
  if (!target || !SENT_HOME.includes(problem)) return outcome;
  const notice = paragraph(
    ...withPlace(t, 'threads.fallbackNotice', target.id, {
      problem: problemText(problem, t),
    }).map((part) => (typeof part === 'string' ? italic(part) : part)),
  );
  const home = await poster.post(
    chat,
    { ...post.reply, blocks: [notice, ...post.reply.blocks] },
    {
      idempotencyKey: `${post.idempotencyKey}h`,
      pingRole: settings.pingRole,
      title,
      beforeSend: post.beforeSend,
    },
  );
  if (home.ok)
    logger.warn(
      { chat, target, problem },
      'digest posted in the channel itself instead of its target',
    );
  return home;
}
