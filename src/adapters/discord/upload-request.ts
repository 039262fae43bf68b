import { DefaultRestOptions, type RESTOptions } from 'discord.js';

type MakeRequest = RESTOptions['makeRequest'];

/**
 * discord.js's own request strategy, with a file upload's multipart body encoded to bytes first.
 * Why: undici's `request` hands a FormData to whichever undici installed the process-wide
 * dispatcher, and the feeds' undici 7 (if it loaded first) cannot read the FormData of Node's
 * bundled undici ("action is not a function"), so every upload (/feeds export) failed. Bytes and
 * an explicit multipart content type read the same in every undici version.
 */
export const uploadSafeRequest: MakeRequest = async (url, init) => {
  if (!(init.body instanceof FormData)) return DefaultRestOptions.makeRequest(url, init);
  const encoded = new Response(init.body);
  const body = Buffer.from(await encoded.arrayBuffer());
  // discord.js passes its headers as a plain record, and sets no content type for an upload.
  const headers = {
    ...(init.headers as Record<string, string> | undefined),
    'content-type': encoded.headers.get('content-type') ?? 'multipart/form-data',
  };
  return DefaultRestOptions.makeRequest(url, { ...init, body, headers });
};
