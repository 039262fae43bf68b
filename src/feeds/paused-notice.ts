import type { FeedRecord } from '../core/ports/feed-store.js';
import { bold, paragraph } from '../core/replies/build.js';
import type { Reply } from '../core/replies/reply.js';
import { displayUrl } from './feed-url.js';

/** What a channel is told, once, when one of its feeds pauses. */
export function pausedNotice(record: FeedRecord, failures: number, reason: string): Reply {
  const name = record.title
    ? `“${record.title}” (${displayUrl(record.url)})`
    : displayUrl(record.url);
  return {
    tone: 'answer',
    blocks: [
      paragraph(
        bold('Feed paused: '),
        `${name} failed ${failures} times in a row; the last error: ${reason}.`,
      ),
      paragraph(
        'It is tried again once a day and resumes by itself when it answers. Moderators: /feeds shows its state, /feeds remove drops it.',
      ),
    ],
  };
}
