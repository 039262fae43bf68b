import type { ChatRef } from '../../core/ports/chat-memory.js';
import { chatKey } from '../../core/ports/chat-memory.js';
import type { PlacesAnswer } from '../../core/ports/panel-places.js';
import type { WebSession } from '../../core/ports/panel-store.js';
import { html, type SafeHtml } from '../html.js';
import { fill, TEXT } from '../text.js';

import { channelPath } from '../../core/ports/panel-places.js';

export { channelPath };

export function csrfField(session: WebSession): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${session.csrf}" />`;
}

function nav(answer: PlacesAnswer, current: ChatRef | undefined): SafeHtml {
  if (!answer.ok)
    return html`<p role="alert">${fill(TEXT.placesFailed, { reason: answer.reason })}</p>`;
  if (answer.places.length === 0) return html`<p>${TEXT.noPlaces}</p>`;
  const currentKey = current ? chatKey(current) : '';
  return html`<ul class="places">
    ${answer.places.map((place) => {
      const open = place.channels.some((c) => chatKey(c.chat) === currentKey);
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
  readonly title: string;
  readonly main: SafeHtml;
  readonly session?: WebSession | undefined;
  readonly places?: PlacesAnswer | undefined;
  readonly current?: ChatRef | undefined;
}

/** The page around every view: header with the user and sign-out, the places, the main part. */
export function layout(parts: PageParts): string {
  const { session } = parts;
  const user = session?.user;
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <title>${parts.title} · ${TEXT.title}</title>
        <link rel="stylesheet" href="/assets/panel.css" />
        <script src="/assets/panel.js" defer></script>
      </head>
      <body>
        <a class="skip" href="#main">Skip to content</a>
        <header class="top">
          <a class="brand" href="/">Briefly</a>
          ${
            user
              ? html`<form method="post" action="/auth/logout" class="who">
                  <span
                    >${fill(TEXT.signedInAs, { name: user.name, platform: user.platform })}</span
                  >
                  ${csrfField(session)}
                  <button type="submit">${TEXT.signOut}</button>
                </form>`
              : ''
          }
        </header>
        <div class="frame">
          ${
            parts.places
              ? html`<nav aria-label="${TEXT.places}" class="side">
                  <h2>${TEXT.places}</h2>
                  ${nav(parts.places, parts.current)}
                </nav>`
              : ''
          }
          <main id="main" tabindex="-1">${parts.main}</main>
        </div>
      </body>
    </html>`.text;
}
