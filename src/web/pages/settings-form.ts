import { DAY_NAMES, formatTime } from '../../core/digests/schedule.js';
import type { DigestSettings } from '../../core/ports/digest-store.js';
import type { WebSession } from '../../core/ports/panel-store.js';
import type { ChatRef } from '../../core/ports/chat-memory.js';
import { html, type SafeHtml } from '../html.js';
import { LANGUAGE_NAMES, SUPPORTED_LOCALES } from '../../core/i18n/locales.js';
import type { Translator } from '../../core/i18n/translator.js';
import { channelPath, csrfField } from './layout.js';
import { describedBy, field, problemText } from './field.js';

/** The form's fields as text, as shown (saved settings) or as submitted (a form with problems). */
export interface SettingsFields {
  readonly enabled: boolean;
  readonly time: string;
  readonly days: readonly string[];
  readonly timezone: string;
  readonly size: string;
  readonly topics: string;
  /** A catalogue locale, or '' for the platform's language (no setting). */
  readonly language: string;
}

export type FieldProblems = Partial<Record<keyof SettingsFields, string>>;

export function fieldsOf(settings: DigestSettings): SettingsFields {
  return {
    enabled: settings.enabled,
    time: formatTime(settings.minuteOfDay),
    days: settings.days.map((d) => DAY_NAMES[d] ?? ''),
    timezone: settings.timezone,
    size: String(settings.size),
    topics: settings.topics.join(', '),
    language: settings.language ?? '',
  };
}

/** Monday first, as people read a week. */
const WEEK = [1, 2, 3, 4, 5, 6, 0];
/** The settings form: plain HTML controls that work without script (the time-zone search is a datalist that the script fills). */
export function settingsForm(
  t: Translator,
  chat: ChatRef,
  session: WebSession,
  fields: SettingsFields,
  problems: FieldProblems,
): SafeHtml {
  const checked = (on: boolean) => (on ? html`checked` : html``);
  return html`<form
    method="post"
    action="${channelPath(chat, '/settings')}"
    class="settings"
    data-enhance
  >
    ${csrfField(session)}
    <p class="switch">
      <input type="checkbox" id="enabled" name="enabled" value="on" ${checked(fields.enabled)} />
      <label for="enabled">${t.t('panel.enabled')}</label>
    </p>
    <div class="grid">
      ${field('time', {
        label: t.t('panel.time'),
        value: fields.time,
        attrs: html`type="time" required`,
        problem: problems.time,
      })}
      ${field('timezone', {
        label: t.t('panel.timezone'),
        value: fields.timezone,
        attrs: html`type="text" list="zones" autocomplete="off" spellcheck="false" required`,
        // The browser's own list of zones fills it (panel.js): 400 options in every page would be
        // parsed on every view. Without script the field takes a zone typed in full.
        extra: html`<datalist id="zones" data-time-zones></datalist>`,
        hint: t.t('panel.timezoneHint'),
        problem: problems.timezone,
      })}
      ${field('size', {
        label: t.t('panel.size'),
        value: fields.size,
        attrs: html`type="number" min="1" max="20" step="1" inputmode="numeric" required`,
        problem: problems.size,
      })}
      ${field('topics', {
        label: t.t('panel.topics'),
        value: fields.topics,
        attrs: html`type="text"`,
        hint: t.t('panel.topicsHint'),
        problem: problems.topics,
      })}
      <p>
        <label for="language">${t.t('panel.language')}</label>
        <select
          id="language"
          name="language"
          ${describedBy(problems.language ? 'language-error' : undefined)}
        >
          <option value="">${t.t('panel.languageDefault')}</option>
          ${SUPPORTED_LOCALES.map(
            (code) =>
              html`<option value="${code}" ${fields.language === code ? 'selected' : ''}>
                ${LANGUAGE_NAMES[code]} (${code})
              </option>`,
          )}
        </select>
        ${problemText('language', problems.language)}
      </p>
    </div>
    <fieldset class="days" ${describedBy(problems.days ? 'days-error' : undefined)}>
      <legend>${t.t('panel.days')}</legend>
      ${WEEK.map((d) => {
        const name = DAY_NAMES[d] ?? '';
        return html`<span
          ><input
            type="checkbox"
            id="day-${name}"
            name="days"
            value="${name}"
            ${checked(fields.days.includes(name))}
          /><label for="day-${name}">${t.weekday(d)}</label></span
        >`;
      })}
      ${problemText('days', problems.days)}
    </fieldset>
    <p><button type="submit">${t.t('panel.save')}</button></p>
  </form>`;
}
