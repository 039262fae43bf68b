import type { FastifyInstance } from 'fastify';
import type { Services } from '../../core/commands/define-command.js';
import type { Notice } from '../pages/channel-page.js';
import type { FilterDraft } from '../pages/filters-section.js';
import type { PanelContext } from '../request-context.js';
import { inWords } from '../../core/i18n/translator.js';
import { fill, PANEL_T, TEXT } from '../text.js';
import { text, type ChannelRequest, type Done, type Render } from './channel-request.js';

/**
 * The channel's keyword filters: add, remove and clear through the filter service /filter uses, so
 * a rule is checked (and refused, with the same reasons) in one place only.
 */
export function filterRoutes(
  app: FastifyInstance,
  context: PanelContext,
  services: Services,
  render: Render,
  done: Done,
): void {
  app.post('/c/:platform/:id/filters/add', async (request: ChannelRequest, reply) => {
    const allowed = await context.channel(request, reply, true);
    if (!allowed) return;
    const kind = text(request.body.kind);
    const draft: FilterDraft = {
      kind,
      pattern: text(request.body.pattern),
      feed: text(request.body.feed).trim(),
    };
    const refuse = (problem: string) =>
      render(request, reply, allowed.session, allowed.access, {
        filterDraft: { ...draft, problem },
        notice: { kind: 'error', text: `${TEXT.filterNotAdded} ${problem}` },
      });
    if (kind !== 'include' && kind !== 'exclude') return refuse(TEXT.filterBadKind);
    const chat = allowed.access.channel.chat;
    const added = await services.filters.add(
      chat,
      kind,
      draft.pattern,
      draft.feed === '' ? undefined : draft.feed,
    );
    if (!added.ok) return refuse(inWords(added.problem, PANEL_T));
    const scope = added.feed
      ? fill(TEXT.filterOneFeed, {
          number: added.feed.number,
          feed: added.feed.title ?? added.feed.url,
        })
      : TEXT.filterEveryStory;
    return done(reply, allowed.session, allowed.access, {
      kind: 'ok',
      text: fill(TEXT.filterAdded, {
        number: added.number,
        kind: kind === 'include' ? TEXT.filterInclude : TEXT.filterExclude,
        pattern: added.rule.pattern,
        scope,
      }),
    });
  });

  app.post('/c/:platform/:id/filters/remove', async (request: ChannelRequest, reply) => {
    const allowed = await context.channel(request, reply, true);
    if (!allowed) return;
    const chat = allowed.access.channel.chat;
    const number = Number(text(request.body.number));
    // Numbers move up when a rule goes: remove only the rule the moderator saw under that number.
    const listed = Number.isSafeInteger(number)
      ? (await services.filters.list(chat))[number - 1]
      : undefined;
    let notice: Notice;
    if (!listed || String(listed.rule.id) !== text(request.body.id)) {
      notice = { kind: 'error', text: TEXT.filterChanged };
    } else {
      const removed = await services.filters.remove(chat, number);
      notice = removed.ok
        ? {
            kind: 'ok',
            text: fill(TEXT.filterRemoved, {
              number,
              kind: removed.rule.kind === 'include' ? TEXT.filterInclude : TEXT.filterExclude,
              pattern: removed.rule.pattern,
            }),
          }
        : { kind: 'error', text: inWords(removed.problem, PANEL_T) };
    }
    return done(reply, allowed.session, allowed.access, notice);
  });

  app.post('/c/:platform/:id/filters/clear', async (request: ChannelRequest, reply) => {
    const allowed = await context.channel(request, reply, true);
    if (!allowed) return;
    const count = await services.filters.clear(allowed.access.channel.chat);
    return done(reply, allowed.session, allowed.access, {
      kind: 'ok',
      text: count === 0 ? TEXT.filterNoneToClear : fill(TEXT.filterCleared, { count }),
    });
  });
}
