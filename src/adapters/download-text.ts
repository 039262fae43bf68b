import type { Localized } from '../core/i18n/translator.js';

/** No download of a file a user sent may hang a command for long. */
const DOWNLOAD_TIMEOUT_MS = 30_000;

export type DownloadedText = { ok: true; text: string } | { ok: false; reason: string | Localized };

/**
 * Downloads a file a user sent with a command (a Telegram document, a Discord attachment) from the
 * URL its platform gave, as UTF-8 text, refusing one over `maxBytes` counted while it streams,
 * whatever size the platform announced. Errors are values: the command answers with the reason.
 */
export async function downloadText(url: string, maxBytes: number): Promise<DownloadedText> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
    if (!response.ok || !response.body)
      return { ok: false, reason: `the download answered HTTP ${response.status}` };
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of response.body) {
      size += (chunk as Uint8Array).byteLength;
      if (size > maxBytes) {
        await response.body.cancel().catch(() => undefined);
        return {
          ok: false,
          reason: (t) => t.t('file.overLimit', { kilobytes: Math.round(maxBytes / 1024) }),
        };
      }
      chunks.push(Buffer.from(chunk as Uint8Array));
    }
    return { ok: true, text: Buffer.concat(chunks).toString('utf8') };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
