import { describeSchedule, nextSend } from '../../core/digests/digest-settings.js';
import type { PreviewMessage } from '../../core/ports/channel-poster.js';
import type { DeliveryLogPage, DigestSettings } from '../../core/ports/digest-store.js';
import type { FeedList } from '../../core/ports/feed-service.js';
import type { PlacesAnswer } from '../../core/ports/panel-places.js';
import type { WebSession } from '../../core/ports/panel-store.js';
import { html, type SafeHtml } from '../html.js';
import type { ChannelAccess } from '../places.js';
import { PANEL_T, TEXT } from '../text.js';
import { feedsSection } from './feeds-section.js';
import { channelPath, csrfField, layout } from './layout.js';
import { logSection } from './log-section.js';
import { previewBody } from './preview-view.js';
import { settingsForm, type FieldProblems, type SettingsFields } from './settings-form.js';

export interface Notice {
  readonly kind: 'ok' | 'error';
  readonly text: string;
}

export interface ChannelView {
  readonly session: WebSession;
  readonly places: PlacesAnswer;
  readonly access: ChannelAccess;
  readonly settings: DigestSettings;
  readonly fields: SettingsFields;
  readonly problems: FieldProblems;
  readonly preview: { storyCount: number; messages: readonly PreviewMessage[] | undefined };
  readonly feeds: FeedList;
  readonly log: DeliveryLogPage;
  readonly logPage: number;
  readonly logPageSize: number;
  readonly notice?: Notice | undefined;
  readonly now: Date;
}

function status(settings: DigestSettings, now: Date): SafeHtml {
  const next = nextSend(settings, now);
  const state = !settings.active
    ? `Paused: the bot cannot post here (${settings.inactiveReason ?? 'unknown reason'})`
    : settings.enabled
      ? 'On'
      : 'Off';
  return html`<dl class="status">
    <div>
      <dt>Digest</dt>
      <dd data-digest-state>${state}</dd>
    </div>
    <div>
      <dt>Schedule</dt>
      <dd data-schedule>${describeSchedule(settings, PANEL_T)}</dd>
    </div>
    <div>
      <dt>Next</dt>
      <dd>
        ${
          next
            ? `${PANEL_T.date(next, settings.timezone, 'when')} (${PANEL_T.age(next, now)})`
            : settings.enabled
              ? 'not scheduled'
              : 'none — the digest is off'
        }
      </dd>
    </div>
  </dl>`;
}

/** A channel's page: status, settings, preview, send now, feeds and the delivery log. */
export function channelPage(view: ChannelView): string {
  const { access, session } = view;
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
    ${status(view.settings, view.now)}
    <section aria-labelledby="settings-h" class="card">
      <h2 id="settings-h">${TEXT.settings}</h2>
      ${settingsForm(chat, session, view.fields, view.problems)}
    </section>
    <section aria-labelledby="preview-h" class="card">
      <h2 id="preview-h">${TEXT.preview}</h2>
      <div id="preview" aria-live="polite" data-preview-url="${channelPath(chat, '/preview')}">
        ${previewBody(view.preview.storyCount, view.preview.messages)}
      </div>
      <div class="actions">
        <a class="button secondary" href="${channelPath(chat)}#preview-h" data-refresh-preview
          >${TEXT.refreshPreview}</a
        >
        <form method="post" action="${channelPath(chat, '/send')}">
          ${csrfField(session)}
          <button type="submit" aria-describedby="send-hint">${TEXT.sendNow}</button>
          <small id="send-hint">${TEXT.sendNowHint}</small>
        </form>
      </div>
    </section>
    ${feedsSection(chat, session, view.feeds)}
    ${logSection(chat, view.settings.timezone, view.log, view.logPage, view.logPageSize)}
  `;
  return layout({
    title: access.channel.name,
    main,
    session,
    places: view.places,
    current: chat,
  });
}
