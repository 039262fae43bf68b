import { z } from 'zod';
import { requireModerator } from '../src/core/answers/require-moderator.js';
import { resolveArticle } from '../src/core/answers/resolve-article.js';
import { defineCommand, type CommandContext } from '../src/core/commands/define-command.js';
import type { Translator } from '../src/core/i18n/translator.js';
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
    const t = ctx.tPrivate;
    if (action === 'list') {
      if (text !== '')
        return usage(t, t.t('filter.notAction', { word: text.split(/\s/)[0] ?? text }));
      return listRules(ctx);
    }
    await requireModerator(ctx, action === 'test' ? 'mod.testFilters' : 'mod.changeFilters');
    switch (action) {
      case 'add':
        return addRule(ctx, text);
      case 'remove':
        return removeRule(ctx, text);
      case 'clear':
        if (text !== '') return usage(t, t.t('filter.clearNoValue'));
        return clearRules(ctx);
      case 'test':
        if (text === '') return usage(t, t.t('filter.testNeedsArticle'));
        return testArticle(ctx, text);
    }
  },
});

async function listRules(ctx: CommandContext): Promise<Reply> {
  const { t } = ctx;
  const rules = await ctx.services.filters.list(ctx.chat);
  if (rules.length === 0)
    return answer([
      paragraph(t.t('filter.none')),
      paragraph(
        ...t.rich('filter.addOne', {
          exclude: code(`/filter add exclude ${t.t('filter.wordsForm')}`),
          include: code(`/filter add include ${t.t('filter.wordsForm')}`),
        }),
      ),
    ]);
  return answer([
    paragraph(bold(t.t('filter.heading', { count: rules.length }))),
    list(
      rules.map((rule) => ruleLine(rule, t)),
      true,
    ),
    paragraph(italic(t.t('filter.explain'))),
    paragraph(italic(t.t('filter.modHint'))),
  ]);
}

function ruleLine(listed: ListedRule, t: Translator): Inline[] {
  const { rule } = listed;
  const line: Inline[] = [bold(rule.kind), ' ', code(rule.pattern)];
  if (rule.feedUrl !== undefined)
    line.push(
      listed.feed
        ? t.t('filter.onlyFeed', {
            n: listed.feed.number,
            feed: listed.feed.title ?? listed.feed.url,
          })
        : t.t('filter.onlyGoneFeed'),
    );
  if (listed.broken) line.push(t.t('filter.broken'));
  return line;
}

async function addRule(ctx: CommandContext, text: string): Promise<Reply> {
  const { t, tPrivate } = ctx;
  const match = /^(include|exclude)\b\s*(?:feed:(\S+)\s*)?([\s\S]*)$/i.exec(text);
  if (!match) return usage(tPrivate, tPrivate.t('filter.addNeedsKind'));
  const kind = (match[1] ?? '').toLowerCase() as RuleKind;
  const pattern = match[3] ?? '';
  if (pattern.trim() === '') return usage(tPrivate, tPrivate.t('filter.addNeedsWords', { kind }));
  const added = await ctx.services.filters.add(ctx.chat, kind, pattern, match[2]);
  if (!added.ok)
    return errorReply(
      added.problem(tPrivate),
      paragraph(italic(tPrivate.t('filter.syntax', { limit: FILTER_LIMITS.regexLength }))),
    );
  const scope = added.feed
    ? t.t('filter.scopeFeed', {
        n: added.feed.number,
        feed: added.feed.title ?? added.feed.url,
      })
    : t.t('filter.scopeAll');
  return answer([
    paragraph(
      ...t.rich('filter.added', {
        n: added.number,
        kind: bold(kind),
        pattern: code(added.rule.pattern),
        scope,
      }),
    ),
    paragraph(t.t(kind === 'exclude' ? 'filter.addedExclude' : 'filter.addedInclude')),
    paragraph(italic(t.t('filter.seeEffect'))),
  ]);
}

async function removeRule(ctx: CommandContext, text: string): Promise<Reply> {
  const { t, tPrivate } = ctx;
  if (!/^\d{1,4}$/.test(text)) return usage(tPrivate, tPrivate.t('filter.removeNeedsNumber'));
  const removed = await ctx.services.filters.remove(ctx.chat, Number(text));
  if (!removed.ok)
    return errorReply(removed.problem(tPrivate), paragraph(tPrivate.t('filter.seeRules')));
  return answer([
    paragraph(
      ...t.rich('filter.removed', {
        n: text,
        kind: bold(removed.rule.kind),
        pattern: code(removed.rule.pattern),
      }),
    ),
    paragraph(
      removed.left === 0
        ? t.t('filter.noneLeft')
        : t.t('filter.left', { count: removed.left, n: text }),
    ),
  ]);
}

async function clearRules(ctx: CommandContext): Promise<Reply> {
  const { t } = ctx;
  const removed = await ctx.services.filters.clear(ctx.chat);
  return answer([
    paragraph(removed === 0 ? t.t('filter.hadNone') : t.t('filter.cleared', { count: removed })),
  ]);
}

async function testArticle(ctx: CommandContext, ref: string): Promise<Reply> {
  const { t } = ctx;
  const article = await resolveArticle(ctx, ref, 'filter test');
  const filter = await ctx.services.filters.filterFor(ctx.chat);
  const verdict = filter.explain(article);
  const lines: Inline[][] = [];
  const rules = (matches: readonly RuleMatch[]) =>
    t.list(matches.map((m) => t.t('filter.ruleTerm', { n: m.rule, term: m.term })));
  if (verdict.excludedBy.length > 0)
    lines.push([t.t('filter.matchesExclude', { rules: rules(verdict.excludedBy) })]);
  if (verdict.includedBy.length > 0)
    lines.push([t.t('filter.matchesInclude', { rules: rules(verdict.includedBy) })]);
  else if (verdict.includeRules.length > 0)
    lines.push([
      t.t('filter.matchesNoInclude', {
        rules: t.list(verdict.includeRules.map((n) => t.number(n))),
      }),
    ]);
  if (lines.length === 0)
    lines.push([t.t(filter.isEmpty ? 'filter.hadNoneTest' : 'filter.noRuleApplies')]);
  return answer([
    paragraph(
      bold(t.t(verdict.keep ? 'filter.kept' : 'filter.leftOut')),
      t.t('filter.articleTitle', { title: article.title }),
    ),
    list(lines),
    paragraph(italic(t.t('filter.reads'))),
  ]);
}

function usage(t: Translator, problem: string): Reply {
  return usageReply(
    t,
    problem,
    `/filter [list|add|remove|clear|test] [${t.optionName('filter', 'value')}]`,
    t.t('filter.usageHint'),
  );
}
