import type { Localized, Translator } from '../i18n/translator.js';
import type { OptionSpec } from './option-spec.js';

export type BindResult =
  | { readonly ok: true; readonly values: Record<string, unknown> }
  | { readonly ok: false; readonly problem: Localized };

/**
 * Splits argument text into words; a "double-quoted phrase" (straight or curly quotes) is one word.
 */
export function splitWords(text: string): string[] {
  return wordSpans(text).map((span) => span.word);
}

/** The words of `splitWords` with where each stands in the text (quotes included). */
function wordSpans(text: string): { word: string; start: number; end: number }[] {
  const spans: { word: string; start: number; end: number }[] = [];
  const pattern = /"([^"]*)"|“([^”]*)”|(\S+)/g;
  for (const match of text.matchAll(pattern)) {
    const word = match[1] ?? match[2] ?? match[3] ?? '';
    if (word.trim() !== '')
      spans.push({ word: word.trim(), start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/**
 * Binds the words of a text command ("/summary mars rover 2") to options, in schema order.
 * Options before the one `rest` option take words from the front, options after it from the back,
 * and the `rest` option takes what is left. An optional option whose word does not fit its type
 * is skipped ("/news tech" leaves `count` unset and gives "tech" to `topic`). Values stay raw
 * (numbers as numbers, text as text); the command's zod schema validates them afterwards.
 */
export function bindArguments(
  options: readonly OptionSpec[],
  text: string,
  command = '',
): BindResult {
  const spans = wordSpans(text);
  const words = spans.map((span) => span.word);
  const restIndex = options.findIndex((o) => o.positional === 'rest');
  const front = restIndex === -1 ? options : options.slice(0, restIndex);
  const back = restIndex === -1 ? [] : options.slice(restIndex + 1).reverse();
  const rest = restIndex === -1 ? undefined : options[restIndex];
  const values: Record<string, unknown> = {};

  let start = 0;
  for (const option of front) {
    const word = words[start];
    if (word === undefined) break;
    const value = convert(option, word);
    if (value !== undefined) {
      values[option.name] = value;
      start++;
    } else if (option.required) {
      return {
        ok: false,
        problem: (t) =>
          t.t('bind.mustBe', {
            name: t.optionName(command, option.name),
            expected: expected(option, t),
            word: clip(word),
          }),
      };
    }
  }

  let end = words.length;
  const keepForRest = rest?.required ? 1 : 0;
  for (const option of back) {
    const word = words[end - 1];
    if (word === undefined || end - 1 - start < keepForRest) break;
    const value = convert(option, word);
    if (value === undefined) {
      if (option.required) {
        return {
          ok: false,
          problem: (t) =>
            t.t('bind.mustBe', {
              name: t.optionName(command, option.name),
              expected: expected(option, t),
              word: clip(word),
            }),
        };
      }
      continue;
    }
    values[option.name] = value;
    end--;
  }

  const leftover = words.slice(start, end);
  if (rest) {
    if (leftover.length > 0)
      // A raw option gets the text as typed, quotes included (filter rules tell phrases by them).
      values[rest.name] = rest.raw
        ? text.slice(spans[start]?.start ?? 0, spans[end - 1]?.end ?? text.length)
        : leftover.join(' ');
  } else if (leftover.length > 0) {
    return {
      ok: false,
      problem: (t) => t.t('bind.tooMany', { words: clip(leftover.join(' ')) }),
    };
  }
  return { ok: true, values };
}

/**
 * A word that reads as a number ("3", "3.5", "-2", "1e3", twenty digits). For a number option it is
 * the number, even when it is not whole or out of range, so that the schema answers with the usage
 * instead of the word being taken for the next option ("/news 3.5" is not a topic).
 */
const NUMBER_LIKE = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

function convert(option: OptionSpec, word: string): unknown {
  switch (option.type) {
    case 'integer':
    case 'number':
      return NUMBER_LIKE.test(word) ? Number(word) : undefined;
    case 'boolean':
      if (/^(true|yes|on)$/i.test(word)) return true;
      if (/^(false|no|off)$/i.test(word)) return false;
      return undefined;
    case 'string':
      if (option.choices) return option.choices.find((c) => c.toLowerCase() === word.toLowerCase());
      return word;
  }
}

function expected(option: OptionSpec, t: Translator): string {
  if (option.choices) return t.t('bind.oneOf', { choices: t.list(option.choices, 'disjunction') });
  if (option.type === 'integer') return t.t('bind.integer');
  if (option.type === 'number') return t.t('bind.number');
  if (option.type === 'boolean') return t.t('bind.boolean');
  return t.t('bind.text');
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
