import type { CommandContext } from '../commands/define-command.js';
import { inWords, type Localized, type Translator } from '../i18n/translator.js';
import type { OpmlEntry } from '../ports/feed-service.js';
import { answer, bold, errorReply, italic, list, paragraph } from '../replies/build.js';
import type { Inline, Reply } from '../replies/reply.js';

/** Most bytes read of an OPML file (the parser refuses more too). */
const MAX_OPML_BYTES = 1024 * 1024;
/** Feeds named one by one in the answer; the rest are counted. */
const SHOWN = 15;

type Result =
  | { kind: 'added'; feed: OpmlEntry; title: string }
  | { kind: 'there'; feed: OpmlEntry; title: string }
  | { kind: 'refused'; feed: OpmlEntry; reason: string | Localized };

/**
 * `/feeds import`: reads the OPML file that came with the command (or, on the console, the file
 * the operator names) and adds each feed through the same checks as `/feeds add`, one after the
 * other so the channel's limit holds; once it is reached the rest are refused without a request.
 * The answer counts what was added, already there and refused, and says why for each refusal.
 */
export async function importFeeds(ctx: CommandContext, path: string | undefined): Promise<Reply> {
  // Refusals of the file itself only the caller sees where it can; the report is the channel's.
  const t = ctx.tPrivate;
  const file = path ? ctx.caller.openLocalFile?.(path) : ctx.caller.attachment;
  if (!file) {
    return errorReply(
      t.t(
        path
          ? 'import.noPathHere'
          : ctx.caller.openLocalFile
            ? 'import.namePath'
            : 'import.attach',
      ),
    );
  }
  const name = file.name;
  if (file.size !== undefined && file.size > MAX_OPML_BYTES)
    return errorReply(
      t.t('import.tooLarge', { name, megabytes: Math.round(file.size / 104_857.6) / 10 }),
    );
  const read = await file.readText(MAX_OPML_BYTES);
  if (!read.ok)
    return errorReply(t.t('import.unreadable', { name, reason: inWords(read.reason, t) }));
  const reading = ctx.services.feeds.readOpml(read.text);
  if (!reading.ok)
    return errorReply(t.t('import.refused', { name, reason: inWords(reading.reason, t) }));
  if (reading.feeds.length === 0) return errorReply(t.t('import.noFeeds', { name }));
  const results: Result[] = [];
  let full: string | Localized | undefined;
  for (const feed of reading.feeds) {
    if (full) {
      results.push({ kind: 'refused', feed, reason: full });
      continue;
    }
    const outcome = await ctx.services.feeds.add(ctx.chat, feed.url);
    if (outcome.ok)
      results.push({
        kind: outcome.alreadySubscribed ? 'there' : 'added',
        feed,
        title: outcome.title,
      });
    else {
      results.push({ kind: 'refused', feed, reason: outcome.reason });
      if (outcome.full) full = outcome.reason;
    }
  }
  return report(name, results, ctx.t);
}

function report(name: string, results: readonly Result[], t: Translator): Reply {
  const count = (kind: Result['kind']) => results.filter((r) => r.kind === kind).length;
  const added = count('added');
  const there = count('there');
  const refused = count('refused');
  const lines: Inline[][] = results.slice(0, SHOWN).map((r) => {
    const label = r.feed.title ?? r.feed.url;
    if (r.kind === 'added') return [bold(t.t('import.lineAdded')), r.title];
    if (r.kind === 'there') return [bold(t.t('import.lineThere')), r.title];
    return [bold(t.t('import.lineRefused')), `${label} — ${inWords(r.reason, t)}`];
  });
  if (results.length > SHOWN) {
    const rest = results.slice(SHOWN);
    const refusedRest = rest.flatMap((r) => (r.kind === 'refused' ? [inWords(r.reason, t)] : []));
    const reasons = [...new Set(refusedRest)];
    lines.push([
      italic(t.t('import.more', { count: rest.length })),
      t.t(reasons.length === 1 ? 'import.moreCountsWhy' : 'import.moreCounts', {
        kept: rest.length - refusedRest.length,
        refused: refusedRest.length,
        reason: reasons[0] ?? '',
      }),
    ]);
  }
  return {
    ...answer([
      paragraph(bold(t.t('import.summary', { name, added, there, refused }))),
      list(lines),
      paragraph(italic(t.t('feeds.seeList'))),
    ]),
    tone: added + there > 0 ? 'answer' : 'error',
  };
}
