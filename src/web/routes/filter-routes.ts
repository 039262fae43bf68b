import type { FastifyInstance } from 'fastify';
import type { Services } from '../../core/commands/define-command.js';
import type { Notice } from '../pages/channel-page.js';
import type { FilterDraft } from '../pages/filters-section.js';
import type { PanelContext } from '../request-context.js';
import { inWords } from '../../core/i18n/translator.js';
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
    const { t } = allowed;
    const kind = text(request.body.kind);
    const draft: FilterDraft = {
      kind,
      pattern: text(request.body.pattern),
      feed: text(request.body.feed).trim(),
    };
    const refuse = (problem: string) =>
      render(request, reply, allowed.session, allowed.access, {
        filterDraft: { ...draft, problem },
        notice: { kind: 'error', text: `${t.t('panel.filterNotAdded')} ${problem}` },
      });
    if (kind !== 'include' && kind !== 'exclude') return refuse(t.t('panel.filterBadKind'));
    const chat = allowed.access.channel.chat;
    const added = await services.filters.add(
      chat,
      kind,
      draft.pattern,
      draft.feed === '' ? undefined : draft.feed,
    );
    if (!added.ok) return refuse(inWords(added.problem, t));
    const scope = added.feed
      ? t.t('panel.filterOneFeed', {
          number: added.feed.number,
          feed: added.feed.title ?? added.feed.url,
        })
      : t.t('panel.filterEveryStory');
    return done(reply, allowed.session, allowed.access, {
      kind: 'ok',
      text: t.t('panel.filterAdded', {
        number: added.number,
        kind: kind === 'include' ? t.t('panel.filterInclude') : t.t('panel.filterExclude'),
        pattern: added.rule.pattern,
        scope,
      }),
    });
  });

  app.post('/c/:platform/:id/filters/remove', async (request: ChannelRequest, reply) => {
    const allowed = await context.channel(request, reply, true);
    if (!allowed) return;
    const { t } = allowed;
    const chat = allowed.access.channel.chat;
    const number = Number(text(request.body.number));
    // Numbers move up when a rule goes: remove only the rule the moderator saw under that number.
    const listed = Number.isSafeInteger(number)
      ? (await services.filters.list(chat))[number - 1]
      : undefined;
    let notice: Notice;
    if (!listed || String(listed.rule.id) !== text(request.body.id)) {
      notice = { kind: 'error', text: t.t('panel.filterChanged') };
    } else {
      const removed = await services.filters.remove(chat, number);
      notice = removed.ok
        ? {
            kind: 'ok',
            text: t.t('panel.filterRemoved', {
              number,
              kind:
                removed.rule.kind === 'include'
                  ? t.t('panel.filterInclude')
                  : t.t('panel.filterExclude'),
              pattern: removed.rule.pattern,
            }),
          }
        : { kind: 'error', text: inWords(removed.problem, t) };
    }
    return done(reply, allowed.session, allowed.access, notice);
  });

  app.post('/c/:platform/:id/filters/clear', async (request: ChannelRequest, reply) => {
    const allowed = await context.channel(request, reply, true);
    if (!allowed) return;
    const { t } = allowed;
    const count = await services.filters.clear(allowed.access.channel.chat);
    return done(reply, allowed.session, allowed.access, {
      kind: 'ok',
      text: count === 0 ? t.t('panel.filterNoneToClear') : t.t('panel.filterCleared', { count }),
    });
  });
}
