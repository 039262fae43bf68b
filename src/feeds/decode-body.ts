/**
 * Decodes a response body to text: the charset of the Content-Type, else a byte order mark, else
 * the encoding an XML declaration or HTML meta tag names, else UTF-8. Unknown names fall back to UTF-8.
 */
export function decodeBody(bytes: Uint8Array, contentType: string | undefined): string {
  const label = charsetOf(contentType) ?? bomEncoding(bytes) ?? declaredEncoding(bytes) ?? 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function charsetOf(contentType: string | undefined): string | undefined {
  const match = contentType ? /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType) : null;
  return match?.[1];
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const match =
    /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head) ??
    /<meta[^>]*charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return match?.[1];
}
