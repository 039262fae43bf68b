import { z } from 'zod';
import { requireModerator } from '../src/core/answers/require-moderator.js';
import { resolveArticle } from '../src/core/answers/resolve-article.js';
import { defineCommand, type CommandContext } from '../src/core/commands/define-command.js';
import type { ListedRule } from '../src/core/filters/filter-service.js';
import type { RuleMatch } from '../src/core/filters/channel-filter.js';
import { FILTER_LIMITS, type RuleKind } from '../src/core/filters/rule-text.js';
import {
  answer,
  bold,
  code,
  errorReply,
  italic,
  list,
  paragraph,
  usageReply,
} from '../src/core/replies/build.js';
import type { Inline, Reply } from '../src/core/replies/reply.js';

const USAGE = '/filter [list|add|remove|clear|test] [value]';

export default defineCommand({
  name: 'filter',
  description: 'Keyword filters for this channel’s digests and /news; moderators change them',
  access: 'moderator',
  options: z.object({
    action: z
      .enum(['list', 'add', 'remove', 'clear', 'test'])
      .optional()
      .describe('list (default), add, remove, clear or test (moderators)'),
    value: z
      .string()
      .max(400)
      .optional()
      .describe(
        'add: include|exclude [feed:N] words "a phrase" or /regex/; remove: N; test: an article',
      )
      .meta({ positional: 'rest', raw: true }),
  }),
  examples: [
    '',
    'add exclude crypto bitcoin "sponsored content"',
    'add include climate energy',
    'add exclude feed:2 /\\bdeals?\\b/',
    'remove 1',
    'test 3',
    'clear',
  ],
  async execute(ctx, { action = 'list', value }) {
    const text = value?.trim() ?? '';
    if (action === 'list') {
      if (text !== '')
        return usage(`"${text.split(/\s/)[0] ?? text}" is not something /filter can do.`);
      return listRules(ctx);
    }
    await requireModerator(
      ctx,
      action === 'test' ? 'test the filters' : 'change the filters of this channel',
    );
    switch (action) {
      case 'add':
        return addRule(ctx, text);
      case 'remove':
        return removeRule(ctx, text);
      case 'clear':
        if (text !== '') return usage('/filter clear takes no value.');
        return clearRules(ctx);
      case 'test':
        if (text === '')
          return usage('test needs an article: its number in /news, its id, URL or title words.');
        return testArticle(ctx, text);
    }
  },
});

async function listRules(ctx: CommandContext): Promise<Reply> {
  const rules = await ctx.services.filters.list(ctx.chat);
  if (rules.length === 0)
    return answer([
      paragraph('This channel has no filters: its digests and /news show every story.'),
      paragraph(
        'Moderators add one with ',
        code('/filter add exclude <words>'),
        ' or ',
        code('/filter add include <words>'),
        '.',
      ),
    ]);
  return answer([
    paragraph(bold(`Filters of this channel (${rules.length})`)),
    list(rules.map(ruleLine), true),
    paragraph(
      italic(
        'A story that matches an exclude rule is left out; when include rules apply, a story must match one of them. Words match whole words, ignoring case and accents.',
      ),
    ),
    paragraph(italic('Moderators: /filter add, remove <number>, clear, test <article>.')),
  ]);
}

function ruleLine(listed: ListedRule): Inline[] {
  const { rule } = listed;
  const line: Inline[] = [bold(rule.kind), ' ', code(rule.pattern)];
  if (rule.feedUrl !== undefined)
    line.push(
      listed.feed
        ? ` — only feed ${listed.feed.number} (${listed.feed.title ?? listed.feed.url})`
        : ' — only a feed this channel no longer reads',
    );
  if (listed.broken) line.push(' — ignored: it no longer compiles');
  return line;
}

async function addRule(ctx: CommandContext, text: string): Promise<Reply> {
  const match = /^(include|exclude)\b\s*(?:feed:(\S+)\s*)?([\s\S]*)$/i.exec(text);
  if (!match)
    return usage(
      'add needs include or exclude first, then the words, "a phrase" or /a regular expression/.',
    );
  const kind = (match[1] ?? '').toLowerCase() as RuleKind;
  const pattern = match[3] ?? '';
  if (pattern.trim() === '')
    return usage(`add ${kind} needs words, "a phrase" or /a regular expression/.`);
  const added = await ctx.services.filters.add(ctx.chat, kind, pattern, match[2]);
  if (!added.ok)
    return errorReply(
      added.problem,
      paragraph(
        italic(
          `Words and "quoted phrases" match whole words; /regex/ uses RE2 syntax (at most ${FILTER_LIMITS.regexLength} characters).`,
        ),
      ),
    );
  const scope = added.feed
    ? `stories of feed ${added.feed.number} (${added.feed.title ?? added.feed.url})`
    : 'every story of this channel';
  return answer([
    paragraph(
      `Rule ${added.number} added: `,
      bold(kind),
      ' ',
      code(added.rule.pattern),
      ` — for ${scope}.`,
    ),
    paragraph(
      kind === 'exclude'
        ? 'Stories that match it are left out of digests and /news here.'
        : 'Stories must now match an include rule to appear in digests and /news here.',
    ),
    paragraph(italic('Send /digest preview to see its effect, or /filter test <article>.')),
  ]);
}

async function removeRule(ctx: CommandContext, text: string): Promise<Reply> {
  if (!/^\d{1,4}$/.test(text))
    return usage('remove needs the number of a rule, as /filter lists them.');
  const removed = await ctx.services.filters.remove(ctx.chat, Number(text));
  if (!removed.ok) return errorReply(removed.problem, paragraph('Send /filter to see the rules.'));
  return answer([
    paragraph(
      'Removed rule ',
      text,
      ': ',
      bold(removed.rule.kind),
      ' ',
      code(removed.rule.pattern),
      '.',
    ),
    paragraph(
      removed.left === 0
        ? 'No filters are left: every story is shown.'
        : `${removed.left === 1 ? 'One rule is' : `${removed.left} rules are`} left (numbers after ${text} moved up by one).`,
    ),
  ]);
}

async function clearRules(ctx: CommandContext): Promise<Reply> {
  const removed = await ctx.services.filters.clear(ctx.chat);
  return answer([
    paragraph(
      removed === 0
        ? 'This channel had no filters.'
        : `Removed ${removed === 1 ? 'the one filter rule' : `all ${removed} filter rules`}: every story is shown again.`,
    ),
  ]);
}

async function testArticle(ctx: CommandContext, ref: string): Promise<Reply> {
  const article = await resolveArticle(ctx, ref, 'filter test');
  const filter = await ctx.services.filters.filterFor(ctx.chat);
  const verdict = filter.explain(article);
  const lines: Inline[][] = [];
  const rule = (m: RuleMatch) => `rule ${m.rule} (“${m.term}”)`;
  if (verdict.excludedBy.length > 0)
    lines.push([`Matches exclude ${verdict.excludedBy.map(rule).join(', ')}.`]);
  if (verdict.includedBy.length > 0)
    lines.push([`Matches include ${verdict.includedBy.map(rule).join(', ')}.`]);
  else if (verdict.includeRules.length > 0)
    lines.push([
      `Matches none of the include rules (${verdict.includeRules.join(', ')}) that apply to it.`,
    ]);
  if (lines.length === 0)
    lines.push([filter.isEmpty ? 'This channel has no filters.' : 'No rule applies to it.']);
  return answer([
    paragraph(bold(verdict.keep ? 'Kept: ' : 'Left out: '), `“${article.title}”`),
    list(lines),
    paragraph(italic('Filters read the title, the topics and the opening of the text.')),
  ]);
}

function usage(problem: string): Reply {
  return usageReply(
    problem,
    USAGE,
    'For example /filter add exclude crypto "sponsored content", /filter add include /climate|energy/, /filter remove 2, /filter test 1.',
  );
}
