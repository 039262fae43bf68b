import { z } from 'zod';

/** Why a call to the model produced no usable text. */
export class ModelCallError extends Error {
  override readonly name = 'ModelCallError';
}

export interface ChatMessage {
  readonly role: 'system' | 'user';
  readonly content: string;
}

export interface ChatCompletionsClient {
  /** The text of the first choice; throws ModelCallError on a timeout, an HTTP error or a bad body. */
  complete(messages: readonly ChatMessage[], maxTokens: number): Promise<string>;
}

export interface ChatCompletionsOptions {
  /** e.g. http://127.0.0.1:11434/v1 (without /chat/completions). */
  readonly baseUrl: string;
  readonly apiKey?: string | undefined;
  readonly model: string;
  readonly timeoutMs: number;
  readonly fetch?: typeof fetch | undefined;
  /** Answers longer than this are refused (a runaway model). */
  readonly maxAnswerChars?: number;
}

const completion = z.object({
  choices: z
    .array(z.object({ message: z.object({ content: z.string() }) }))
    .min(1, 'has no choices'),
});

/** A client of an OpenAI-compatible `POST {base}/chat/completions` endpoint. */
export function createChatCompletionsClient(
  options: ChatCompletionsOptions,
): ChatCompletionsClient {
  const doFetch = options.fetch ?? fetch;
  const maxAnswerChars = options.maxAnswerChars ?? 4000;
  return {
    async complete(messages, maxTokens) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (options.apiKey) headers.authorization = `Bearer ${options.apiKey}`;
      let body: string;
      try {
        const response = await doFetch(`${options.baseUrl}/chat/completions`, {
          method: 'POST',
          headers,
          body: JSON.stringify({
            model: options.model,
            messages,
            temperature: 0,
            max_tokens: maxTokens,
            stream: false,
          }),
          signal: AbortSignal.timeout(options.timeoutMs),
        });
        body = await response.text();
        if (!response.ok) throw new ModelCallError(`HTTP ${response.status}`);
      } catch (error) {
        if (error instanceof ModelCallError) throw error;
        const timedOut = error instanceof Error && error.name === 'TimeoutError';
        throw new ModelCallError(
          timedOut
            ? `no answer within ${options.timeoutMs} ms`
            : `request failed: ${error instanceof Error ? error.message : String(error)}`,
          { cause: error },
        );
      }
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        throw new ModelCallError('the answer is not JSON');
      }
      const parsed = completion.safeParse(json);
      if (!parsed.success)
        throw new ModelCallError(`malformed answer: ${parsed.error.issues[0]?.message ?? ''}`);
      const text = parsed.data.choices[0]?.message.content.trim() ?? '';
      if (text === '') throw new ModelCallError('empty answer');
      if (text.length > maxAnswerChars)
        throw new ModelCallError(`answer too long (${text.length} characters)`);
      return text;
    },
  };
}
