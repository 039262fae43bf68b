import { html, type SafeHtml } from '../html.js';

/** What one labelled input needs; `attrs` are its other attributes (type, required, limits…). */
export interface FieldSpec {
  readonly label: string;
  readonly value: string;
  readonly attrs?: SafeHtml | undefined;
  /** A hint shown under the input and read with it by screen readers. */
  readonly hint?: string | undefined;
  /** Why the submitted value was refused, shown under the input and read with it. */
  readonly problem?: string | undefined;
  /** Markup that belongs to the input (e.g. its datalist). */
  readonly extra?: SafeHtml | undefined;
}

/**
 * A labelled input with its hint and its problem, tied together for screen readers
 * (aria-describedby, aria-invalid). The input's id and name are `name`; the hint's id is
 * `<name>-hint` and the problem's `<name>-error`.
 */
export function field(name: string, spec: FieldSpec): SafeHtml {
  const hintId = spec.hint ? `${name}-hint` : undefined;
  const errorId = spec.problem ? `${name}-error` : undefined;
  return html`<p>
    <label for="${name}">${spec.label}</label>
    <input
      id="${name}"
      name="${name}"
      value="${spec.value}"
      ${spec.attrs ?? ''}
      ${describedBy(hintId, errorId)}
      ${spec.problem ? html`aria-invalid="true"` : ''}
    />
    ${spec.extra ?? ''} ${hintId ? html`<small id="${hintId}">${spec.hint}</small>` : ''}
    ${problemText(name, spec.problem)}
  </p>`;
}

/** A refused value's reason, with the id `field` points aria-describedby at. */
export function problemText(name: string, problem: string | undefined): SafeHtml {
  return problem ? html`<p class="error" id="${name}-error">${problem}</p>` : html``;
}

/** aria-describedby for the ids given (none: no attribute). */
export function describedBy(...ids: (string | undefined)[]): SafeHtml {
  const list = ids.filter(Boolean).join(' ');
  return list ? html`aria-describedby="${list}"` : html``;
}
