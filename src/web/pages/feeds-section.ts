import type { ChatRef } from '../../core/ports/chat-memory.js';
import type { FeedList } from '../../core/ports/feed-service.js';
import type { WebSession } from '../../core/ports/panel-store.js';
import { html, type SafeHtml } from '../html.js';
import { PANEL_T, TEXT } from '../text.js';
import { channelPath, csrfField } from './layout.js';

/** The channel's feeds with their state and last error, a remove button each, and an add form. */
export function feedsSection(chat: ChatRef, session: WebSession, list: FeedList): SafeHtml {
  const now = new Date();
  return html`<section aria-labelledby="feeds-h" class="card">
    <h2 id="feeds-h">${TEXT.feeds}</h2>
    ${
      list.feeds.length === 0
        ? html`<p>
            ${TEXT.noFeeds}${list.operatorFeeds > 0 ? ` Its digest reads the operator’s ${list.operatorFeeds} feed(s).` : ''}
          </p>`
        : html`<div class="table-wrap">
            <table>
              <caption class="visually-hidden">
                ${TEXT.feeds}
              </caption>
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">Feed</th>
                  <th scope="col">State</th>
                  <th scope="col">Last error</th>
                  <th scope="col"><span class="visually-hidden">Actions</span></th>
                </tr>
              </thead>
              <tbody>
                ${list.feeds.map(
                  (feed) =>
                    html`<tr>
                      <td>${feed.number}</td>
                      <td>
                        <span class="feed-title">${feed.title ?? feed.url}</span><br /><small
                          class="url"
                          >${feed.url}</small
                        >
                      </td>
                      <td>
                        ${feed.paused ? 'paused' : feed.lastSuccessAt ? `read ${PANEL_T.age(feed.lastSuccessAt, now)}` : 'not read yet'}
                      </td>
                      <td>
                        ${feed.lastError ? html`${feed.lastError}${feed.lastErrorAt ? html`<br /><small>${PANEL_T.age(feed.lastErrorAt, now)}</small>` : ''}` : '—'}
                      </td>
                      <td>
                        <form method="post" action="${channelPath(chat, '/feeds/remove')}">
                          ${csrfField(session)}
                          <input type="hidden" name="target" value="${feed.url}" />
                          <button
                            type="submit"
                            class="secondary"
                            aria-label="${TEXT.removeFeed} ${feed.title ?? feed.url}"
                          >
                            ${TEXT.removeFeed}
                          </button>
                        </form>
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
    }
    <form method="post" action="${channelPath(chat, '/feeds/add')}" class="inline">
      ${csrfField(session)}
      <label for="feed-url">${TEXT.feedUrl}</label>
      <input
        type="url"
        id="feed-url"
        name="url"
        required
        placeholder="https://example.org/feed.xml"
      />
      <button type="submit">${TEXT.addFeed}</button>
    </form>
  </section>`;
}
