import type { Translator } from '../core/i18n/translator.js';
import type { FeedRecord } from '../core/ports/feed-store.js';
import { bold, paragraph } from '../core/replies/build.js';
import type { Reply } from '../core/replies/reply.js';
import { displayUrl } from './feed-url.js';

/**
 * What a channel is told, once, when one of its feeds pauses, in the channel's language. The last
 * error is the fetcher's technical wording.
 */
export function pausedNotice(record: FeedRecord, failures: number, reason: string) {
  const name = record.title
    ? `“${record.title}” (${displayUrl(record.url)})`
    : displayUrl(record.url);
  return (t: Translator): Reply => ({
    tone: 'answer',
    blocks: [
      paragraph(
        bold(t.t('feeds.pausedTitle')),
        t.t('feeds.pausedBody', { name, count: failures, reason }),
      ),
      paragraph(t.t('feeds.pausedHelp')),
    ],
  });
}
