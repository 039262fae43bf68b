import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeAnswer {
  readonly status?: number;
  /** The message content to answer with (wrapped in a chat-completions body). */
  readonly content?: string;
  /** A raw body instead of `content`. */
  readonly body?: string;
  /** Wait this long before answering. */
  readonly delayMs?: number;
}

export interface RecordedRequest {
  readonly path: string;
  readonly authorization: string | undefined;
  readonly body: { model: string; messages: { role: string; content: string }[] };
}

export interface FakeChatCompletions {
  /** e.g. http://127.0.0.1:PORT/v1 */
  readonly baseUrl: string;
  readonly requests: RecordedRequest[];
  answer: (request: RecordedRequest) => FakeAnswer;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** A loopback stand-in for an OpenAI-compatible `POST /v1/chat/completions`. */
export async function startFakeChatCompletions(): Promise<FakeChatCompletions> {
  const fake: FakeChatCompletions = {
    baseUrl: '',
    requests: [],
    answer: () => ({ content: '' }),
    close: () => Promise.resolve(),
  };
  const server = createServer((request, response) => {
    void (async () => {
      const recorded: RecordedRequest = {
        path: request.url ?? '',
        authorization: request.headers.authorization,
        body: JSON.parse(await readBody(request)),
      };
      fake.requests.push(recorded);
      const answer = fake.answer(recorded);
      if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
      if (response.destroyed) return;
      const body =
        answer.body ??
        JSON.stringify({
          id: 'chatcmpl-fake',
          object: 'chat.completion',
          choices: [{ index: 0, message: { role: 'assistant', content: answer.content ?? '' } }],
        });
      response.writeHead(answer.status ?? 200, { 'content-type': 'application/json' });
      response.end(body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fake, {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
