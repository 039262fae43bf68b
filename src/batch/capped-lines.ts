import type { Readable } from 'node:stream';

/** A line of the input, or the notice that a line was too long and was dropped unread. */
export type InputLine =
  | { readonly ok: true; readonly number: number; readonly text: string }
  | { readonly ok: false; readonly number: number; readonly bytes: number };

/**
 * The lines of a stream (LF or CRLF), each at most `maxBytes` long. A longer line is never held in
 * memory: its bytes are counted and dropped as they arrive, and it is reported by number. (Node's
 * readline keeps a whole line, however long, before handing it over.)
 */
export async function* cappedLines(input: Readable, maxBytes: number): AsyncGenerator<InputLine> {
  let parts: Buffer[] = [];
  let held = 0;
  let dropped = -1; // bytes of the current line when it is being dropped, else -1
  let number = 0;
  const finish = (): InputLine => {
    number++;
    if (dropped >= 0) {
      const line: InputLine = { ok: false, number, bytes: dropped };
      dropped = -1;
      return line;
    }
    const text = Buffer.concat(parts).toString('utf8');
    parts = [];
    held = 0;
    return { ok: true, number, text: text.endsWith('\r') ? text.slice(0, -1) : text };
  };
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let start = 0;
    while (start < buffer.length) {
      const newline = buffer.indexOf(10, start);
      const end = newline < 0 ? buffer.length : newline;
      if (dropped >= 0) dropped += end - start;
      else if (held + end - start > maxBytes) {
        dropped = held + end - start;
        parts = [];
        held = 0;
      } else {
        parts.push(buffer.subarray(start, end));
        held += end - start;
      }
      if (newline < 0) break;
      yield finish();
      start = newline + 1;
    }
  }
  if (held > 0 || dropped >= 0) yield finish();
}
