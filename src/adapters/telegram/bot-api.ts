import type { Telegram } from 'telegraf';
import { catalogue } from '../../core/i18n/catalogue.js';
import { SUPPORTED_LOCALES } from '../../core/i18n/locales.js';
import type { Localized } from '../../core/i18n/translator.js';
import type { CommandRegistry } from '../../core/commands/registry.js';
import { htmlToPlainText } from './escape-html.js';
import type { MemberLookup } from './moderators.js';
import type { MessageSender, OutboundMessage } from './outbound-queue.js';

/** No Bot API call may hang a chat's queue for long. */
const REQUEST_TIMEOUT_MS = 30_000;

type Signal = NonNullable<NonNullable<Parameters<Telegram['callApi']>[2]>['signal']>;

/** The Bot API calls the adapter makes, through telegraf's client. */
export class BotApi implements MessageSender, MemberLookup {
  constructor(private readonly telegram: Telegram) {}

  async sendMessage(chatId: number, message: OutboundMessage, plain: boolean): Promise<number> {
    if (message.document) return this.sendDocument(chatId, message, plain);
    const sent = await this.telegram.callApi(
      'sendMessage',
      {
        chat_id: chatId,
        text: plain ? htmlToPlainText(message.html) : message.html,
        ...(plain ? {} : { parse_mode: 'HTML' as const }),
        link_preview_options: { is_disabled: true },
        ...(message.threadId === undefined ? {} : { message_thread_id: message.threadId }),
        ...(message.keyboard
          ? { reply_markup: { inline_keyboard: message.keyboard.map((row) => [...row]) } }
          : {}),
        ...(message.replyToMessageId === undefined
          ? {}
          : {
              reply_parameters: {
                message_id: message.replyToMessageId,
                allow_sending_without_reply: true,
              },
            }),
      },
      { signal: timeout() },
    );
    // A Bot API server that answers ok without the message still delivered it.
    return (sent as { message_id?: number } | null)?.message_id ?? 0;
  }

  /** A file as a document; its caption is the message's text (at most 1,024 characters). */
  private async sendDocument(
    chatId: number,
    message: OutboundMessage,
    plain: boolean,
  ): Promise<number> {
    const document = message.document;
    if (!document) return 0;
    const caption = plain ? htmlToPlainText(message.html) : message.html;
    const sent = await this.telegram.callApi(
      'sendDocument',
      {
        chat_id: chatId,
        document: { source: Buffer.from(document.text, 'utf8'), filename: document.name },
        ...(caption.trim() === ''
          ? {}
          : { caption, ...(plain ? {} : { parse_mode: 'HTML' as const }) }),
        ...(message.threadId === undefined ? {} : { message_thread_id: message.threadId }),
      },
      { signal: timeout() },
    );
    return (sent as { message_id?: number } | null)?.message_id ?? 0;
  }

  /**
   * Downloads a file a user sent (getFile, then the Bot API's file URL) as UTF-8 text, refusing
   * one over `maxBytes` (counted while it streams, whatever size Telegram announced).
   */
  async downloadText(
    fileId: string,
    maxBytes: number,
  ): Promise<{ ok: true; text: string } | { ok: false; reason: string | Localized }> {
    try {
      const url = await this.telegram.getFileLink(fileId);
      const response = await fetch(url, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
      if (!response.ok || !response.body)
        return { ok: false, reason: `Telegram answered HTTP ${response.status}` };
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of response.body) {
        size += (chunk as Uint8Array).byteLength;
        if (size > maxBytes)
          return {
            ok: false,
            reason: (t) => t.t('file.overLimit', { kilobytes: Math.round(maxBytes / 1024) }),
          };
        chunks.push(Buffer.from(chunk as Uint8Array));
      }
      return { ok: true, text: Buffer.concat(chunks).toString('utf8') };
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
  }

  getChatMember(chatId: number, userId: number): Promise<{ status: string }> {
    return this.telegram.callApi(
      'getChatMember',
      { chat_id: chatId, user_id: userId },
      { signal: timeout() },
    );
  }

  async answerCallback(callbackId: string, text?: string): Promise<void> {
    await this.telegram.callApi(
      'answerCallbackQuery',
      { callback_query_id: callbackId, ...(text === undefined ? {} : { text }) },
      { signal: timeout() },
    );
  }

  /**
   * The command menu: every command of the registry with its description, in English for everyone
   * and once per language Briefly speaks, for users whose Telegram is in it (language_code is a
   * two-letter ISO 639-1 code, so pt-BR is `pt`). Command names stay English: Telegram allows only
   * a-z, 0-9 and "_".
   */
  async setCommands(registry: CommandRegistry): Promise<void> {
    for (const locale of SUPPORTED_LOCALES) {
      const t = catalogue.translator(locale);
      const commands = registry.all().map(({ command }) => ({
        command: command.name,
        description: t.commandDescription(command.name, command.description).slice(0, 256),
      }));
      const language = locale === 'en' ? {} : { language_code: locale.slice(0, 2) };
      await this.telegram.callApi(
        'setMyCommands',
        { commands, ...language },
        { signal: timeout() },
      );
    }
  }
}

function timeout(): Signal {
  // telegraf types the signal of the abort-controller polyfill; Node's AbortSignal is what it uses.
  return AbortSignal.timeout(REQUEST_TIMEOUT_MS) as unknown as Signal;
}
