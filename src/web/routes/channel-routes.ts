import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Services } from '../../core/commands/define-command.js';
import type { SettingsChange } from '../../core/digests/digest-settings.js';
import { parseSettingChange, type SettingAction } from '../../core/digests/parse-change.js';
import { channelPage, type Notice } from '../pages/channel-page.js';
import { channelPath } from '../pages/layout.js';
import { previewBody } from '../pages/preview-view.js';
import { fieldsOf, type FieldProblems, type SettingsFields } from '../pages/settings-form.js';
import type { ChannelAccess } from '../places.js';
import { PreviewCache } from '../preview-cache.js';
import type { PanelContext } from '../request-context.js';
import type { WebSession } from '../../core/ports/panel-store.js';
import { inWords } from '../../core/i18n/translator.js';
import { pageTranslator } from '../page-language.js';
import type { Translator } from '../../core/i18n/translator.js';
import { EMPTY_DRAFT } from '../pages/filters-section.js';
import { filterRoutes } from './filter-routes.js';
import {
  text,
  type ChannelRequest,
  type Done,
  type Refused,
  type Render,
} from './channel-request.js';

/** The delivery log covers 30 days, 25 rows a page. */
export const LOG_DAYS = 30;
export const LOG_PAGE_SIZE = 25;

/** The form as submitted, and each field read by the rules /digest uses (parseSettingChange). */
function readForm(
  body: ChannelRequest['body'],
  t: Translator,
): {
  fields: SettingsFields;
  problems: FieldProblems;
  change: SettingsChange;
} {
  const days = body.days === undefined ? [] : [body.days].flat();
  const fields: SettingsFields = {
    enabled: text(body.enabled) === 'on',
    time: text(body.time),
    days,
    timezone: text(body.timezone),
    size: text(body.size),
    topics: text(body.topics),
    language: text(body.language),
  };
  const reads: [keyof SettingsFields, SettingAction, string][] = [
    ['enabled', fields.enabled ? 'on' : 'off', ''],
    ['time', 'time', fields.time],
    ['days', 'days', days.join(',')],
    ['timezone', 'timezone', fields.timezone],
    ['size', 'size', fields.size],
    ['topics', 'topics', fields.topics.trim() === '' ? 'all' : fields.topics],
    ['language', 'language', fields.language === '' ? 'default' : fields.language],
  ];
  const problems: FieldProblems = {};
  let change: SettingsChange = {};
  for (const [field, action, raw] of reads) {
    const parsed = parseSettingChange(action, raw, t);
    if ('problem' in parsed)
      problems[field] = [parsed.problem, parsed.hint].filter(Boolean).join(' ');
    else change = { ...change, ...parsed.change };
  }
  return { fields, problems, change };
}

/** A channel's page and the changes made on it; every one checked by PanelContext.channel first. */
export function channelRoutes(
  app: FastifyInstance,
  context: PanelContext,
  services: Services,
): void {
  const previews = new PreviewCache(services);
  const render: Render = async (
    request: ChannelRequest,
    reply: FastifyReply,
    session: WebSession,
    access: ChannelAccess,
    refused?: Refused,
  ) => {
    const chat = access.channel.chat;
    const now = services.clock.now();
    const requested = Number(request.query.log ?? '1');
    const logPage = Number.isSafeInteger(requested) && requested >= 1 ? requested : 1;
    const [settings, preview, feeds, rules, log, places] = await Promise.all([
      services.digests.settingsFor(chat),
      previews.get(chat),
      services.feeds.list(chat),
      services.filters.list(chat),
      services.digests.deliveryLog(chat, {
        since: new Date(now.getTime() - LOG_DAYS * 86_400_000),
        offset: (logPage - 1) * LOG_PAGE_SIZE,
        limit: LOG_PAGE_SIZE,
      }),
      context.places.of(session),
    ]);
    const body = channelPage({
      t: pageTranslator(session, request.headers),
      session,
      places,
      access,
      settings,
      fields: refused?.fields ?? fieldsOf(settings),
      problems: refused?.problems ?? {},
      preview,
      feeds,
      rules,
      filterDraft: refused?.filterDraft ?? EMPTY_DRAFT,
      log,
      logPage,
      logPageSize: LOG_PAGE_SIZE,
      notice: refused?.notice ?? context.takeNotice(session),
      now,
    });
    return reply
      .code(refused ? 400 : 200)
      .type('text/html')
      .send(body);
  };

  const done: Done = (
    reply: FastifyReply,
    session: WebSession,
    access: ChannelAccess,
    notice: Notice,
  ) => {
    context.notify(session, notice);
    return reply.redirect(channelPath(access.channel.chat), 303);
  };

  app.get('/c/:platform/:id', async (request: ChannelRequest, reply) => {
    const allowed = await context.channel(request, reply, false);
    if (allowed) return render(request, reply, allowed.session, allowed.access);
  });

  app.get('/c/:platform/:id/preview', async (request: ChannelRequest, reply) => {
    const allowed = await context.channel(request, reply, false);
    if (!allowed) return;
    const preview = await previews.get(allowed.access.channel.chat, true);
    return reply
      .type('text/html')
      .send(previewBody(allowed.t, preview.storyCount, preview.messages).text);
  });

  app.post('/c/:platform/:id/settings', async (request: ChannelRequest, reply) => {
    const allowed = await context.channel(request, reply, true);
    if (!allowed) return;
    const { t } = allowed;
    const { fields, problems, change } = readForm(request.body, t);
    const count = Object.keys(problems).length;
    if (count > 0) {
      const notice: Notice = { kind: 'error', text: t.t('panel.invalid', { count }) };
      return render(request, reply, allowed.session, allowed.access, { fields, problems, notice });
    }
    await services.digests.change(allowed.access.channel.chat, change);
    return done(reply, allowed.session, allowed.access, { kind: 'ok', text: t.t('panel.saved') });
  });

  app.post('/c/:platform/:id/send', async (request: ChannelRequest, reply) => {
    const allowed = await context.channel(request, reply, true);
    if (!allowed) return;
    const { t } = allowed;
    const sent = await services.digests.sendNow(allowed.access.channel.chat);
    previews.forget(allowed.access.channel.chat);
    const notice: Notice =
      sent.result === 'sent'
        ? {
            kind: 'ok',
            text: t.t('panel.sent', { count: sent.stories }),
          }
        : sent.result === 'empty'
          ? { kind: 'ok', text: t.t('panel.sentEmpty') }
          : sent.result === 'busy'
            ? { kind: 'error', text: t.t('panel.sendBusy') }
            : {
                kind: 'error',
                text: sent.reason
                  ? t.t('panel.sendFailedWhy', { reason: sent.reason })
                  : t.t('panel.sendFailed'),
              };
    return done(reply, allowed.session, allowed.access, notice);
  });

  app.post('/c/:platform/:id/feeds/add', async (request: ChannelRequest, reply) => {
    const allowed = await context.channel(request, reply, true);
    if (!allowed) return;
    const { t } = allowed;
    const outcome = await services.feeds.add(
      allowed.access.channel.chat,
      text(request.body.url).trim(),
    );
    const notice: Notice = outcome.ok
      ? {
          kind: 'ok',
          text: outcome.alreadySubscribed
            ? t.t('panel.feedAlready', { title: outcome.title })
            : t.t('panel.feedAdded', { title: outcome.title, count: outcome.itemCount }),
        }
      : { kind: 'error', text: t.t('panel.feedNotAdded', { reason: inWords(outcome.reason, t) }) };
    return done(reply, allowed.session, allowed.access, notice);
  });

  app.post('/c/:platform/:id/feeds/remove', async (request: ChannelRequest, reply) => {
    const allowed = await context.channel(request, reply, true);
    if (!allowed) return;
    const { t } = allowed;
    const outcome = await services.feeds.remove(
      allowed.access.channel.chat,
      text(request.body.target),
    );
    const notice: Notice = outcome.ok
      ? { kind: 'ok', text: t.t('panel.feedRemoved', { title: outcome.title ?? outcome.url }) }
      : { kind: 'error', text: outcome.reason(t) };
    return done(reply, allowed.session, allowed.access, notice);
  });

  filterRoutes(app, context, services, render, done);
}
