import { describeSchedule, nextSend } from '../../core/digests/digest-settings.js';
import type { PreviewMessage } from '../../core/ports/channel-poster.js';
import type { DeliveryLogPage, DigestSettings } from '../../core/ports/digest-store.js';
import type { FeedList } from '../../core/ports/feed-service.js';
import type { PlacesAnswer } from '../../core/ports/panel-places.js';
import type { WebSession } from '../../core/ports/panel-store.js';
import { html, type SafeHtml } from '../html.js';
import type { ChannelAccess } from '../places.js';
import type { Translator } from '../../core/i18n/translator.js';
import { feedsSection } from './feeds-section.js';
import { filtersSection, type FilterDraft } from './filters-section.js';
import type { ListedRule } from '../../core/filters/filter-service.js';
import { channelPath, csrfField, layout } from './layout.js';
import { logSection } from './log-section.js';
import { previewBody } from './preview-view.js';
import { settingsForm, type FieldProblems, type SettingsFields } from './settings-form.js';

export interface Notice {
  readonly kind: 'ok' | 'error';
  readonly text: string;
}

export interface ChannelView {
  readonly t: Translator;
  readonly session: WebSession;
  readonly places: PlacesAnswer;
  readonly access: ChannelAccess;
  readonly settings: DigestSettings;
  readonly fields: SettingsFields;
  readonly problems: FieldProblems;
  readonly preview: { storyCount: number; messages: readonly PreviewMessage[] | undefined };
  readonly feeds: FeedList;
  readonly rules: readonly ListedRule[];
  readonly filterDraft: FilterDraft;
  readonly log: DeliveryLogPage;
  readonly logPage: number;
  readonly logPageSize: number;
  readonly notice?: Notice | undefined;
  readonly now: Date;
}

function status(t: Translator, settings: DigestSettings, now: Date): SafeHtml {
  const next = nextSend(settings, now);
  const state = !settings.active
    ? t.t('digest.statePaused', {
        reason: settings.inactiveReason ?? t.t('panel.outcome.unknown'),
      })
    : t.t(settings.enabled ? 'digest.stateOn' : 'digest.stateOff');
  return html`<dl class="status">
    <div>
      <dt>${t.t('panel.digest')}</dt>
      <dd data-digest-state>${state}</dd>
    </div>
    <div>
      <dt>${t.t('panel.schedule')}</dt>
      <dd data-schedule>${describeSchedule(settings, t)}</dd>
    </div>
    <div>
      <dt>${t.t('panel.next')}</dt>
      <dd>
        ${
          next
            ? t.t('digest.nextWhen', {
                when: t.date(next, settings.timezone, 'when'),
                age: t.age(next, now),
              })
            : t.t(settings.enabled ? 'digest.notScheduled' : 'digest.offNone')
        }
      </dd>
    </div>
  </dl>`;
}

/** A channel's page: status, settings, preview, send now, feeds and the delivery log. */
export function channelPage(view: ChannelView): string {
  const { access, session, t } = view;
  const chat = access.channel.chat;
  const main = html`
    <h1>${access.channel.name} <small>${access.place.name} · ${chat.platform}</small></h1>
    ${
      view.notice
        ? html`<p
            role="${view.notice.kind === 'error' ? 'alert' : 'status'}"
            class="notice ${view.notice.kind}"
          >
            ${view.notice.text}
          </p>`
        : ''
    }
    ${status(t, view.settings, view.now)}
    <section aria-labelledby="settings-h" class="card">
      <h2 id="settings-h">${t.t('panel.settings')}</h2>
      ${settingsForm(t, chat, session, view.fields, view.problems)}
    </section>
    <section aria-labelledby="preview-h" class="card">
      <h2 id="preview-h">${t.t('panel.preview')}</h2>
      <div id="preview" aria-live="polite" data-preview-url="${channelPath(chat, '/preview')}">
        ${previewBody(t, view.preview.storyCount, view.preview.messages)}
      </div>
      <div class="actions">
        <a class="button secondary" href="${channelPath(chat)}#preview-h" data-refresh-preview
          >${t.t('panel.refreshPreview')}</a
        >
        <form method="post" action="${channelPath(chat, '/send')}">
          ${csrfField(session)}
          <button type="submit" aria-describedby="send-hint">${t.t('panel.sendNow')}</button>
          <small id="send-hint">${t.t('panel.sendNowHint')}</small>
        </form>
      </div>
    </section>
    ${filtersSection(t, chat, session, view.rules, view.feeds.feeds, view.filterDraft)}
    ${feedsSection(t, chat, session, view.feeds)}
    ${logSection(t, chat, view.settings.timezone, view.log, view.logPage, view.logPageSize)}
  `;
  return layout({
    t,
    title: access.channel.name,
    main,
    session,
    places: view.places,
    current: chat,
  });
}
