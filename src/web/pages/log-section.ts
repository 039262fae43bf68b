import { dateFormat } from '../../core/digests/date-format.js';
import type { ChatRef } from '../../core/ports/chat-memory.js';
import type { Delivery, DeliveryLogPage } from '../../core/ports/digest-store.js';
import { html, type SafeHtml } from '../html.js';
import type { Translator } from '../../core/i18n/translator.js';
import { channelPath } from './layout.js';

/** What each ledger status means to a moderator (`panel.outcome.<status>` in the catalogue). */
function outcome(t: Translator, delivery: Delivery): string {
  if (delivery.status === 'failed')
    return t.t(delivery.retryAt ? 'panel.outcome.retry' : 'panel.outcome.final');
  return t.t(`panel.outcome.${delivery.status}`);
}

/** The delivery log: every ledger row of the last 30 days, newest first, paged. */
export function logSection(
  t: Translator,
  chat: ChatRef,
  timezone: string,
  log: DeliveryLogPage,
  page: number,
  pageSize: number,
): SafeHtml {
  const pages = Math.max(1, Math.ceil(log.total / pageSize));
  const when = dateFormat(t.formatLocale, {
    timeZone: timezone,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const link = (to: number, label: string, rel: string) =>
    to < 1 || to > pages
      ? html`<span aria-disabled="true">${label}</span>`
      : html`<a href="${channelPath(chat, `?log=${to}#log-h`)}" rel="${rel}">${label}</a>`;
  return html`<section aria-labelledby="log-h" class="card" id="log">
    <h2 id="log-h">${t.t('panel.log')}</h2>
    ${
      log.total === 0
        ? html`<p>${t.t('panel.noLog')}</p>`
        : html`<div class="table-wrap">
              <table class="log">
                <caption class="visually-hidden">
                  ${t.t('panel.log')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${t.t('panel.logSlot', { timezone })}</th>
                    <th scope="col">${t.t('panel.logKind')}</th>
                    <th scope="col">${t.t('panel.logOutcome')}</th>
                    <th scope="col">${t.t('panel.logStories')}</th>
                    <th scope="col">${t.t('panel.logAttempts')}</th>
                    <th scope="col">${t.t('panel.logReason')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${log.rows.map(
                    (row) =>
                      html`<tr class="status-${row.status}">
                        <td>
                          <time datetime="${row.slot.toISOString()}">${when.format(row.slot)}</time>
                        </td>
                        <td>
                          ${t.t(row.kind === 'manual' ? 'panel.kindManual' : 'panel.kindScheduled')}
                        </td>
                        <td>${outcome(t, row)}</td>
                        <td>${row.articleIds.length}</td>
                        <td>${row.attempts}</td>
                        <td>${row.error ?? ''}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>
            <nav class="pager" aria-label="${t.t('panel.logPages')}">
              ${link(page - 1, t.t('panel.newer'), 'prev')}
              <span>${t.t('panel.pageOf', { page, pages })}</span>
              ${link(page + 1, t.t('panel.older'), 'next')}
            </nav>`
    }
  </section>`;
}
