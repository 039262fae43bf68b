import { paragraph } from './replies/build.js';
import type { Block, Reply, ReplyTone } from './replies/reply.js';

/** An expected failure caused by the user's request; becomes a short reply, never a log of a bug. */
export class UserFacingError extends Error {
  override readonly name = 'UserFacingError';

  constructor(
    message: string,
    private readonly tone: Exclude<ReplyTone, 'answer'> = 'error',
    private readonly more: readonly Block[] = [],
  ) {
    super(message);
  }

  toReply(): Reply {
    return { tone: this.tone, blocks: [paragraph(this.message), ...this.more] };
  }
}
