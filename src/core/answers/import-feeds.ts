import type { CommandContext } from '../commands/define-command.js';
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
  | { kind: 'refused'; feed: OpmlEntry; reason: string };

/**
 * `/feeds import`: reads the OPML file that came with the command (or, on the console, the file
 * the operator names) and adds each feed through the same checks as `/feeds add`, one after the
 * other so the channel's limit holds; once it is reached the rest are refused without a request.
 * The answer counts what was added, already there and refused, and says why for each refusal.
 */
export async function importFeeds(ctx: CommandContext, path: string | undefined): Promise<Reply> {
  const file = path ? ctx.caller.openLocalFile?.(path) : ctx.caller.attachment;
  if (!file) {
    return errorReply(
      path
        ? 'Name no path here: attach the OPML file to the command.'
        : ctx.caller.openLocalFile
          ? 'Name the OPML file to import: /feeds import <path>.'
          : 'Attach an OPML file (a feed list exported from a feed reader or another bot) to /feeds import.',
    );
  }
  if (file.size !== undefined && file.size > MAX_OPML_BYTES)
    return errorReply(
      `Nothing imported: ${file.name} is ${(file.size / (1024 * 1024)).toFixed(1)} MB; an OPML file may be at most 1 MB.`,
    );
  const read = await file.readText(MAX_OPML_BYTES);
  if (!read.ok)
    return errorReply(`Nothing imported: ${file.name} could not be read: ${read.reason}.`);
  const reading = ctx.services.feeds.readOpml(read.text);
  if (!reading.ok) return errorReply(`Nothing imported from ${file.name}: ${reading.reason}.`);
  if (reading.feeds.length === 0)
    return errorReply(`Nothing imported: ${file.name} lists no feeds (outlines with an xmlUrl).`);
  const results: Result[] = [];
  let full: string | undefined;
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
  return report(file.name, results);
}

function report(name: string, results: readonly Result[]): Reply {
  const count = (kind: Result['kind']) => results.filter((r) => r.kind === kind).length;
  const added = count('added');
  const there = count('there');
  const refused = count('refused');
  const lines: Inline[][] = results.slice(0, SHOWN).map((r) => {
    const label = r.feed.title ?? r.feed.url;
    if (r.kind === 'added') return [bold('added: '), r.title];
    if (r.kind === 'there') return [bold('already there: '), r.title];
    return [bold('refused: '), `${label} — ${r.reason}`];
  });
  if (results.length > SHOWN) {
    const rest = results.slice(SHOWN);
    const refusedRest = rest.flatMap((r) => (r.kind === 'refused' ? [r.reason] : []));
    const reasons = [...new Set(refusedRest)];
    const why = reasons.length === 1 ? ` (${reasons[0] ?? ''})` : '';
    lines.push([
      italic(`…and ${rest.length} more: `),
      `${rest.length - refusedRest.length} added or already there, ${refusedRest.length} refused${why}`,
    ]);
  }
  return {
    ...answer([
      paragraph(
        bold(`Imported ${name}: ${added} added, ${there} already there, ${refused} refused.`),
      ),
      list(lines),
      paragraph(italic('Send /feeds to see this channel’s feeds.')),
    ]),
    tone: added + there > 0 ? 'answer' : 'error',
  };
}
