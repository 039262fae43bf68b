import type { ChatRef } from '../../core/ports/chat-memory.js';
import { chatKey } from '../../core/ports/chat-memory.js';
import type { PanelPlace, PlacesAnswer } from '../../core/ports/panel-places.js';
import type { WebSession } from '../../core/ports/panel-store.js';
import { html, type SafeHtml } from '../html.js';
import type { Translator } from '../../core/i18n/translator.js';

import { channelPath } from '../../core/ports/panel-places.js';

export { channelPath };

export function csrfField(session: WebSession): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${session.csrf}" />`;
}

/** The page of a server or chat: its channels. */
export function placePath(place: PanelPlace): string {
  return `/p/${encodeURIComponent(place.platform)}/${encodeURIComponent(place.id)}`;
}

/**
 * Up to this many channels in all, the navigation lists every channel of every place; past it
 * (a moderator of 50 servers has a thousand), only the current place's, and the others link to
 * their own page: a page that lists a thousand links is parsed, for every view, for nothing.
 */
export const NAV_ALL_CHANNELS_UP_TO = 60;

function nav(
  t: Translator,
  answer: PlacesAnswer,
  current: ChatRef | PanelPlace | undefined,
): SafeHtml {
  if (!answer.ok)
    return html`<p role="alert">${t.t('panel.placesFailed', { reason: answer.reason })}</p>`;
  if (answer.places.length === 0) return html`<p>${t.t('panel.noPlaces')}</p>`;
  const currentPlace = current && 'channels' in current ? current : undefined;
  const currentKey = current && !currentPlace ? chatKey(current) : '';
  const all =
    answer.places.reduce((n, place) => n + place.channels.length, 0) <= NAV_ALL_CHANNELS_UP_TO;
  return html`<ul class="places">
    ${answer.places.map((place) => {
      const here =
        (currentPlace?.platform === place.platform && currentPlace.id === place.id) ||
        place.channels.some((c) => chatKey(c.chat) === currentKey);
      if (!all && !here)
        return html`<li><a class="place" href="${placePath(place)}">${place.name}</a></li>`;
      const open = here;
      return html`<li>
        <details ${open || answer.places.length === 1 ? 'open' : ''}>
          <summary>${place.name}</summary>
          <ul>
            ${place.channels.map((c) =>
              chatKey(c.chat) === currentKey
                ? html`<li><a href="${channelPath(c.chat)}" aria-current="page">${c.name}</a></li>`
                : html`<li><a href="${channelPath(c.chat)}">${c.name}</a></li>`,
            )}
          </ul>
        </details>
      </li>`;
    })}
  </ul>`;
}

export interface PageParts {
  /** The page's language (the reader's, see page-language.ts). */
  readonly t: Translator;
  readonly title: string;
  readonly main: SafeHtml;
  readonly session?: WebSession | undefined;
  readonly places?: PlacesAnswer | undefined;
  /** The channel shown, or the server or chat whose page it is. */
  readonly current?: ChatRef | PanelPlace | undefined;
}

/** The page around every view: header with the user and sign-out, the places, the main part. */
export function layout(parts: PageParts): string {
  const { session, t } = parts;
  const user = session?.user;
  return html`<!doctype html>
    <html lang="${t.locale}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <title>${parts.title} · ${t.t('panel.title')}</title>
        <link rel="stylesheet" href="/assets/panel.css" />
        <script src="/assets/panel.js" defer></script>
      </head>
      <body>
        <a class="skip" href="#main">${t.t('panel.skip')}</a>
        <header class="top">
          <a class="brand" href="/">Briefly</a>
          ${
            user
              ? html`<form method="post" action="/auth/logout" class="who">
                  <span
                    >${t.t('panel.signedInAs', { name: user.name, platform: user.platform })}</span
                  >
                  ${csrfField(session)}
                  <button type="submit">${t.t('panel.signOut')}</button>
                </form>`
              : ''
          }
        </header>
        <div class="frame">
          ${
            parts.places
              ? html`<nav aria-label="${t.t('panel.places')}" class="side">
                  <h2>${t.t('panel.places')}</h2>
                  ${nav(t, parts.places, parts.current)}
                </nav>`
              : ''
          }
          <main id="main" tabindex="-1">${parts.main}</main>
        </div>
      </body>
    </html>`.text;
}
