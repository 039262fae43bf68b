import { paragraph } from './replies/build.js';
import type { Block, Reply, ReplyTone } from './replies/reply.js';

/**
 * What kind of expected failure a UserFacingError is, so that code (tests, metrics, a translated
 * message) can tell them apart without reading the English text.
 */
export type UserFacingErrorCode =
  'article-not-found' | 'article-ambiguous' | 'moderators-only' | 'refused' | 'invalid-request';

/** An expected failure caused by the user's request; becomes a short reply, never a log of a bug. */
export class UserFacingError extends Error {
  override readonly name = 'UserFacingError';

  constructor(
    message: string,
    private readonly tone: Exclude<ReplyTone, 'answer'> = 'error',
    private readonly more: readonly Block[] = [],
    readonly code: UserFacingErrorCode = tone === 'refusal' ? 'refused' : 'invalid-request',
  ) {
    super(message);
  }

  toReply(): Reply {
    return { tone: this.tone, blocks: [paragraph(this.message), ...this.more] };
  }
}
