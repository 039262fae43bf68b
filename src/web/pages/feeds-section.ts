import type { ChatRef } from '../../core/ports/chat-memory.js';
import type { FeedList } from '../../core/ports/feed-service.js';
import type { WebSession } from '../../core/ports/panel-store.js';
import { html, type SafeHtml } from '../html.js';
import type { Translator } from '../../core/i18n/translator.js';
import { channelPath, csrfField } from './layout.js';

/** The channel's feeds with their state and last error, a remove button each, and an add form. */
export function feedsSection(
  t: Translator,
  chat: ChatRef,
  session: WebSession,
  list: FeedList,
): SafeHtml {
  const now = new Date();
  return html`<section aria-labelledby="feeds-h" class="card">
    <h2 id="feeds-h">${t.t('panel.feeds')}</h2>
    ${
      list.feeds.length === 0
        ? html`<p>
            ${t.t('panel.noFeeds')}${list.operatorFeeds > 0 ? ` ${t.t('feeds.operator', { count: list.operatorFeeds })}` : ''}
          </p>`
        : html`<div class="table-wrap">
            <table>
              <caption class="visually-hidden">
                ${t.t('panel.feeds')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">${t.t('panel.feed')}</th>
                  <th scope="col">${t.t('panel.feedState')}</th>
                  <th scope="col">${t.t('panel.feedLastError')}</th>
                  <th scope="col"><span class="visually-hidden">${t.t('panel.actions')}</span></th>
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
                        ${feed.paused ? t.t('panel.feedPaused') : feed.lastSuccessAt ? t.t('panel.feedRead', { age: t.age(feed.lastSuccessAt, now) }) : t.t('panel.feedNotRead')}
                      </td>
                      <td>
                        ${feed.lastError ? html`${feed.lastError}${feed.lastErrorAt ? html`<br /><small>${t.age(feed.lastErrorAt, now)}</small>` : ''}` : '—'}
                      </td>
                      <td>
                        <form method="post" action="${channelPath(chat, '/feeds/remove')}">
                          ${csrfField(session)}
                          <input type="hidden" name="target" value="${feed.url}" />
                          <button
                            type="submit"
                            class="secondary"
                            aria-label="${t.t('panel.removeFeed')} ${feed.title ?? feed.url}"
                          >
                            ${t.t('panel.removeFeed')}
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
      <label for="feed-url">${t.t('panel.feedUrl')}</label>
      <input
        type="url"
        id="feed-url"
        name="url"
        required
        placeholder="https://example.org/feed.xml"
      />
      <button type="submit">${t.t('panel.addFeed')}</button>
    </form>
  </section>`;
}
