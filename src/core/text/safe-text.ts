const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-disable no-control-regex -- matching control characters is the point */
/** C0 and C1 controls except tab, line feed and carriage return, and the bidirectional overrides. */
const CONTROL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/* eslint-enable no-control-regex */

/**
 * Text made safe to show or process: control characters (terminal escapes among them) and bidi
 * overrides become spaces, lone surrogates become U+FFFD. Line breaks and tabs are kept.
 */
export function safeText(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(CONTROL, ' ');
}
