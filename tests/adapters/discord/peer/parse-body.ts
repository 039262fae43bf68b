/**
 * A REST body: JSON, or multipart with `payload_json` and files (discord.js uploads files so). The
 * files are kept on the message they came with as `uploads` (name and UTF-8 text), for tests.
 */
export async function parseBody(bytes: Buffer, contentType: string | undefined): Promise<any> {
  if (bytes.length === 0) return undefined;
  if (!contentType?.startsWith('multipart/form-data')) return JSON.parse(bytes.toString());
  // Deprecated for servers because it buffers whole uploads; a test peer's uploads are small.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  const form = await new Response(bytes, { headers: { 'content-type': contentType } }).formData();
  const payload = form.get('payload_json');
  const body = JSON.parse(typeof payload === 'string' ? payload : '{}');
  const uploads: { name: string; text: string }[] = [];
  for (const [, value] of form.entries()) {
    if (typeof value !== 'string') uploads.push({ name: value.name, text: await value.text() });
  }
  const message = body.type !== undefined && body.data ? body.data : body;
  message.uploads = uploads;
  return body;
}
