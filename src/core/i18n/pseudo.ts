import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
// One code point per letter, no combining marks: Array.from splits them safely.
const ACCENTS = Array.from('áƀçďéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýžÁƁÇĎÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ');
const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  Array.from(PLAIN, (letter, i) => [letter, ACCENTS[i] ?? letter]),
);

/**
 * Accents every letter of a text except `/command` tokens (what users type stays typeable), so a
 * test can tell catalogue words (accented) from English that bypassed the catalogue (plain ASCII).
 */
export function pseudoText(text: string): string {
  return text.replace(
    /(\/[a-z_]+)|[A-Za-z]/g,
    (match, command: string | undefined) => command ?? ACCENTED[match] ?? match,
  );
}

/** The pseudo-locale form of an ICU message: literals accented, placeholders and plurals kept. */
export function pseudoMessage(message: string): MessageFormatElement[] {
  return parse(message, { ignoreTag: true }).map(accent);
}

function accent(element: MessageFormatElement): MessageFormatElement {
  if (element.type === TYPE.literal) return { ...element, value: pseudoText(element.value) };
  if (element.type === TYPE.plural || element.type === TYPE.select) {
    const options = Object.fromEntries(
      Object.entries(element.options).map(([rule, option]) => [
        rule,
        { ...option, value: option.value.map(accent) },
      ]),
    );
    return { ...element, options };
  }
  return element;
}
