import { dateFormat } from '../../core/digests/date-format.js';
import type { ChatRef } from '../../core/ports/chat-memory.js';
import type { Delivery, DeliveryLogPage } from '../../core/ports/digest-store.js';
import { html, type SafeHtml } from '../html.js';
import { fill, TEXT } from '../text.js';
import { channelPath } from './layout.js';

/** What each ledger status means to a moderator. */
const OUTCOMES: Readonly<Record<Delivery['status'], string>> = {
  claimed: 'starting',
  sending: 'sending',
  sent: 'sent',
  empty: 'nothing new',
  skipped: 'skipped',
  failed: 'failed',
  unknown: 'unknown',
};

function outcome(delivery: Delivery): string {
  if (delivery.status === 'failed')
    return delivery.retryAt ? 'failed, will retry' : 'failed, not retried';
  return OUTCOMES[delivery.status];
}

/** The delivery log: every ledger row of the last 30 days, newest first, paged. */
export function logSection(
  chat: ChatRef,
  timezone: string,
  log: DeliveryLogPage,
  page: number,
  pageSize: number,
): SafeHtml {
  const pages = Math.max(1, Math.ceil(log.total / pageSize));
  const when = dateFormat('en-GB', {
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
    <h2 id="log-h">${TEXT.log}</h2>
    ${
      log.total === 0
        ? html`<p>${TEXT.noLog}</p>`
        : html`<div class="table-wrap">
              <table class="log">
                <caption class="visually-hidden">
                  ${TEXT.log}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Slot (${timezone})</th>
                    <th scope="col">Kind</th>
                    <th scope="col">Outcome</th>
                    <th scope="col">Stories</th>
                    <th scope="col">Attempts</th>
                    <th scope="col">Reason</th>
                  </tr>
                </thead>
                <tbody>
                  ${log.rows.map(
                    (row) =>
                      html`<tr class="status-${row.status}">
                        <td>
                          <time datetime="${row.slot.toISOString()}">${when.format(row.slot)}</time>
                        </td>
                        <td>${row.kind === 'manual' ? 'send now' : 'scheduled'}</td>
                        <td>${outcome(row)}</td>
                        <td>${row.articleIds.length}</td>
                        <td>${row.attempts}</td>
                        <td>${row.error ?? ''}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>
            <nav class="pager" aria-label="Delivery log pages">
              ${link(page - 1, TEXT.newer, 'prev')}
              <span>${fill(TEXT.pageOf, { page, pages })}</span>
              ${link(page + 1, TEXT.older, 'next')}
            </nav>`
    }
  </section>`;
}
