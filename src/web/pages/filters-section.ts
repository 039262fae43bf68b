import type { ListedRule } from '../../core/filters/filter-service.js';
import { FILTER_LIMITS } from '../../core/filters/rule-text.js';
import type { ChatRef } from '../../core/ports/chat-memory.js';
import type { FeedStatus } from '../../core/ports/feed-service.js';
import type { WebSession } from '../../core/ports/panel-store.js';
import { html, type SafeHtml } from '../html.js';
import type { Translator } from '../../core/i18n/translator.js';
import { field } from './field.js';
import { channelPath, csrfField } from './layout.js';

/** The add form as submitted (shown again, with the service's reason, when it was refused). */
export interface FilterDraft {
  readonly kind: string;
  readonly pattern: string;
  readonly feed: string;
  readonly problem?: string | undefined;
}

export const EMPTY_DRAFT: FilterDraft = { kind: 'exclude', pattern: '', feed: '' };

function scope(t: Translator, listed: ListedRule): string {
  if (listed.rule.feedUrl === undefined) return t.t('panel.filterEveryStory');
  if (!listed.feed) return t.t('panel.filterGoneFeed');
  return t.t('panel.filterOneFeed', {
    number: listed.feed.number,
    feed: listed.feed.title ?? listed.feed.url,
  });
}

function ruleRow(t: Translator, chat: ChatRef, session: WebSession, listed: ListedRule): SafeHtml {
  const { rule } = listed;
  return html`<tr>
    <td>${listed.number}</td>
    <td>${rule.kind === 'include' ? t.t('panel.filterInclude') : t.t('panel.filterExclude')}</td>
    <td>
      <code>${rule.pattern}</code
      >${listed.broken ? html`<br /><small class="error">${t.t('panel.filterBroken')}</small>` : ''}
    </td>
    <td>${scope(t, listed)}</td>
    <td>
      <form method="post" action="${channelPath(chat, '/filters/remove')}">
        ${csrfField(session)}
        <input type="hidden" name="number" value="${listed.number}" />
        <input type="hidden" name="id" value="${rule.id}" />
        <button
          type="submit"
          class="secondary"
          aria-label="${t.t('panel.filterRemoveRule', { number: listed.number })}"
        >
          ${t.t('panel.removeFeed')}
        </button>
      </form>
    </td>
  </tr>`;
}

/**
 * The channel's keyword filters (the rules /filter manages, numbered the same way), a remove
 * button each, "remove all", and a form that adds one: include or exclude, words, "a phrase" or
 * /a regular expression/, for every story or one of the channel's feeds.
 */
export function filtersSection(
  t: Translator,
  chat: ChatRef,
  session: WebSession,
  rules: readonly ListedRule[],
  feeds: readonly FeedStatus[],
  draft: FilterDraft,
): SafeHtml {
  const kindOption = (kind: 'exclude' | 'include', label: string) =>
    html`<span
      ><input
        type="radio"
        id="filter-kind-${kind}"
        name="kind"
        value="${kind}"
        ${draft.kind === kind ? 'checked' : ''}
      /><label for="filter-kind-${kind}">${label}</label></span
    >`;
  return html`<section aria-labelledby="filters-h" class="card" id="filters">
    <h2 id="filters-h">${t.t('panel.filters')}</h2>
    <p>${t.t('panel.filtersIntro')}</p>
    ${
      rules.length === 0
        ? html`<p>${t.t('panel.noFilters')}</p>`
        : html`<div class="table-wrap">
              <table class="filters">
                <caption class="visually-hidden">
                  ${t.t('panel.filters')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">#</th>
                    <th scope="col">${t.t('panel.filterKind')}</th>
                    <th scope="col">${t.t('panel.filterRule')}</th>
                    <th scope="col">${t.t('panel.filterScope')}</th>
                    <th scope="col">
                      <span class="visually-hidden">${t.t('panel.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  ${rules.map((listed) => ruleRow(t, chat, session, listed))}
                </tbody>
              </table>
            </div>
            <form method="post" action="${channelPath(chat, '/filters/clear')}">
              ${csrfField(session)}
              <button type="submit" class="secondary">${t.t('panel.filterClear')}</button>
            </form>`
    }
    <form method="post" action="${channelPath(chat, '/filters/add')}" class="filter-add">
      ${csrfField(session)}
      <fieldset class="choice">
        <legend>${t.t('panel.filterKind')}</legend>
        ${kindOption('exclude', t.t('panel.filterExcludeLong'))}
        ${kindOption('include', t.t('panel.filterIncludeLong'))}
      </fieldset>
      ${field('pattern', {
        label: t.t('panel.filterRule'),
        value: draft.pattern,
        attrs: html`type="text" required maxlength="400" spellcheck="false" placeholder="crypto
        &quot;sponsored content&quot;"`,
        hint: t.t('panel.filterHint', { regexLength: FILTER_LIMITS.regexLength }),
        problem: draft.problem,
      })}
      ${
        feeds.length === 0
          ? ''
          : html`<p>
              <label for="filter-feed">${t.t('panel.filterScope')}</label>
              <select id="filter-feed" name="feed">
                <option value="">${t.t('panel.filterEveryStory')}</option>
                ${feeds.map(
                  (feed) =>
                    html`<option
                      value="${feed.number}"
                      ${draft.feed === String(feed.number) ? 'selected' : ''}
                    >
                      ${t.t('panel.filterOneFeed', { number: feed.number, feed: feed.title ?? feed.url })}
                    </option>`,
                )}
              </select>
            </p>`
      }
      <p><button type="submit">${t.t('panel.filterAdd')}</button></p>
    </form>
  </section>`;
}
