import { DAY_LABELS, DAY_NAMES, formatTime } from '../../core/digests/schedule.js';
import { currentZoneName } from '../../core/digests/zoned-time.js';
import type { DigestSettings } from '../../core/ports/digest-store.js';
import type { WebSession } from '../../core/ports/panel-store.js';
import type { ChatRef } from '../../core/ports/chat-memory.js';
import { html, type SafeHtml } from '../html.js';
import { TEXT } from '../text.js';
import { channelPath, csrfField } from './layout.js';

/** The form's fields as text, as shown (saved settings) or as submitted (a form with problems). */
export interface SettingsFields {
  readonly enabled: boolean;
  readonly time: string;
  readonly days: readonly string[];
  readonly timezone: string;
  readonly size: string;
  readonly topics: string;
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
  };
}

/** Monday first, as people read a week. */
const WEEK = [1, 2, 3, 4, 5, 6, 0];
let zones: readonly string[] | undefined;
// Current IANA names ("Asia/Kolkata", not ICU's "Asia/Calcutta"), as /digest timezone stores them.
const timeZones = () =>
  (zones ??= ['UTC', ...Intl.supportedValuesOf('timeZone').map(currentZoneName)]);

function problem(problems: FieldProblems, field: keyof SettingsFields): SafeHtml {
  const text = problems[field];
  return text ? html`<p class="error" id="${field}-error">${text}</p>` : html``;
}

const describedBy = (problems: FieldProblems, field: keyof SettingsFields, hint?: string) => {
  const ids = [hint, problems[field] ? `${field}-error` : undefined].filter(Boolean).join(' ');
  return ids ? html`aria-describedby="${ids}"` : html``;
};
const invalid = (problems: FieldProblems, field: keyof SettingsFields) =>
  problems[field] ? html`aria-invalid="true"` : html``;

/** The settings form: plain HTML controls that work without script (the time-zone search is a datalist). */
export function settingsForm(
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
      <label for="enabled">${TEXT.enabled}</label>
    </p>
    <div class="grid">
      <p>
        <label for="time">${TEXT.time}</label>
        <input
          type="time"
          id="time"
          name="time"
          value="${fields.time}"
          required
          ${describedBy(problems, 'time')}
          ${invalid(problems, 'time')}
        />
        ${problem(problems, 'time')}
      </p>
      <p>
        <label for="timezone">${TEXT.timezone}</label>
        <input
          type="text"
          id="timezone"
          name="timezone"
          list="zones"
          value="${fields.timezone}"
          autocomplete="off"
          spellcheck="false"
          required
          ${describedBy(problems, 'timezone', 'timezone-hint')}
          ${invalid(problems, 'timezone')}
        />
        <datalist id="zones">
          ${timeZones().map((zone) => html`<option value="${zone}"></option>`)}
        </datalist>
        <small id="timezone-hint">${TEXT.timezoneHint}</small>
        ${problem(problems, 'timezone')}
      </p>
      <p>
        <label for="size">${TEXT.size}</label>
        <input
          type="number"
          id="size"
          name="size"
          min="1"
          max="20"
          step="1"
          value="${fields.size}"
          inputmode="numeric"
          required
          ${describedBy(problems, 'size')}
          ${invalid(problems, 'size')}
        />
        ${problem(problems, 'size')}
      </p>
      <p>
        <label for="topics">${TEXT.topics}</label>
        <input
          type="text"
          id="topics"
          name="topics"
          value="${fields.topics}"
          ${describedBy(problems, 'topics', 'topics-hint')}
          ${invalid(problems, 'topics')}
        />
        <small id="topics-hint">${TEXT.topicsHint}</small>
        ${problem(problems, 'topics')}
      </p>
    </div>
    <fieldset class="days" ${describedBy(problems, 'days')}>
      <legend>${TEXT.days}</legend>
      ${WEEK.map((d) => {
        const name = DAY_NAMES[d] ?? '';
        return html`<span
          ><input
            type="checkbox"
            id="day-${name}"
            name="days"
            value="${name}"
            ${checked(fields.days.includes(name))}
          /><label for="day-${name}">${DAY_LABELS[d]}</label></span
        >`;
      })}
      ${problem(problems, 'days')}
    </fieldset>
    <p><button type="submit">${TEXT.save}</button></p>
  </form>`;
}
