import { createLimiter } from '../../core/async/limiter.js';
import type { Attachment, Caller } from '../../core/commands/define-command.js';
import type { Dispatcher } from '../../core/commands/dispatch.js';
import { catalogue } from '../../core/i18n/catalogue.js';
import { matchLocale } from '../../core/i18n/locales.js';
import type { LocaleHints } from '../../core/i18n/resolve-locale.js';
import type { Localized } from '../../core/i18n/translator.js';
import { LruCache } from '../../core/lru-cache.js';
import type { ChannelPoster, PostOutcome } from '../../core/ports/channel-poster.js';
import type { ChatLifecycle } from '../../core/ports/chat-lifecycle.js';
import type { ChatRef } from '../../core/ports/chat-memory.js';
import type { Logger } from '../../core/ports/logger.js';
import type { Action, Reply } from '../../core/replies/reply.js';
import type { CallbackCodec } from './callback-data.js';
import { chatRefOf, placeOf, TELEGRAM_PLATFORM, type Place } from './chat-address.js';
import { interpretUpdate, type Incoming, type IncomingDocument } from './incoming.js';
import type { ModeratorCheck, Sender } from './moderators.js';
import type { Delivery, OutboundQueue } from './outbound-queue.js';
import { renderReply, type PanelButton, type RenderedMessage } from './render-reply.js';
import { TELEGRAM_TEXT_LIMIT } from './split-html.js';
import { channelPath, TELEGRAM_SIGN_IN_PATH } from '../../core/ports/panel-places.js';

/** Telegram names that mean one of our commands: every bot gets "/start" when a user opens it. */
const ALIASES: Readonly<Record<string, string>> = { start: 'help' };

export interface TelegramAdapterDeps {
  readonly dispatcher: Dispatcher;
  readonly queue: OutboundQueue;
  readonly moderators: ModeratorCheck;
  readonly codec: CallbackCodec;
  readonly lifecycle: ChatLifecycle;
  readonly logger: Logger;
  /** The bot's username, without "@". */
  readonly botUsername: string;
  answerCallback(callbackId: string, text?: string): Promise<void>;
  /** Downloads a file a user sent, as text, up to `maxBytes`. */
  downloadText?(
    fileId: string,
    maxBytes: number,
  ): Promise<{ ok: true; text: string } | { ok: false; reason: string | Localized }>;
  /**
   * The control panel's public https address, when the operator runs it: replies that offer the
   * panel get a button that opens it (a Mini App in private chats, login_url in groups).
   */
  readonly panelUrl?: string | undefined;
  /** Told of the chats commands come from (the control panel lists the ones a user administers). */
  noteChat?(chat: ChatRef, title: string, kind: string): Promise<void>;
}

/** How often a chat's title is written down again (titles change; writes per command would not do). */
const NOTE_EVERY_MS = 60 * 60_000;
/**
 * Digests under way at once in a process: the 64 the fleet's pacing was measured with (README,
 * "Digests delivered by a fleet"); the bot's 30 messages a second are shared by the fleet anyway.
 */
const SENDS_AT_ONCE = 64;

/**
 * Translates Telegram updates into dispatcher calls and replies into queued messages. It holds no
 * command logic: commands, moderation rules and answers all come from the core.
 */
export class TelegramAdapter {
  /** A chat's commands are answered one after another, in the order they were asked. */
  private readonly serial = createLimiter({ perKey: 1 });
  private readonly reportedMoves = new Set<string>();
  /** The language_code last seen in each private chat, for the digests posted there. */
  private readonly privateLanguages = new LruCache<string, string>(10_000);
  private readonly noted = new LruCache<string, { title: string; at: number }>(10_000);

  constructor(private readonly deps: TelegramAdapterDeps) {}

  /** Handles one update; never throws. Replies are queued, not awaited. */
  async handleUpdate(update: unknown): Promise<void> {
    const incoming = interpretUpdate(update, this.deps.botUsername);
    if (!incoming) return;
    try {
      await this.handle(incoming);
    } catch (error) {
      this.deps.logger.error({ err: error, kind: incoming.kind }, 'Telegram update failed');
    }
  }

  /** Posts a reply nobody asked for (a digest) through the same queue. */
  readonly poster: ChannelPoster = {
    platform: TELEGRAM_PLATFORM,
    announcesSends: true,
    sendsAtOnce: SENDS_AT_ONCE,
    post: async (chat, reply, options) => {
      const place = placeOf(chat);
      if (!place) {
        const reason = `not a Telegram chat: ${chat.id}`;
        await this.deps.lifecycle.chatGone(chat, reason);
        return { ok: false, permanent: true, gone: true, reason };
      }
      return summarize(await this.deliver(place, reply, undefined, options?.beforeSend));
    },
    localeOf: (chat) => Promise.resolve(this.privateLanguages.get(chat.id)),
    preview: (reply) =>
      renderReply(reply, (action) => this.deps.codec.encode(action)).map((part) => ({
        format: 'telegram-html' as const,
        html: part.html,
        buttons: (part.keyboard ?? []).flat().map((button) => button.text),
      })),
  };

  private async handle(incoming: Incoming): Promise<void> {
    switch (incoming.kind) {
      case 'command': {
        const alias = ALIASES[incoming.name];
        const name = alias ?? incoming.name;
        // In a group, "/foo" may be meant for another bot: answer only our commands, or "/foo@us".
        if (!incoming.addressed && !this.deps.dispatcher.registry.get(name)) return;
        this.note(incoming);
        // "/start <payload>" comes from a deep link; the payload is not an argument of ours.
        const run = this.command(name, alias ? '' : incoming.args, incoming.sender);
        await this.answer(
          incoming.place,
          incoming.sender,
          run,
          incoming.messageId,
          incoming.document,
        );
        return;
      }
      case 'text': {
        // Plain text in a private chat: the dispatcher's "Commands start with /" answer.
        const run = (chat: ChatRef, caller: Caller) =>
          this.deps.dispatcher.dispatchLine(
            incoming.text,
            chat,
            caller,
            this.localeHints(chat, incoming.sender),
          );
        await this.answer(incoming.place, incoming.sender, run, incoming.messageId);
        return;
      }
      case 'button':
        await this.press(incoming);
        return;
      case 'migrated':
        this.deps.queue.redirect(incoming.from, incoming.to);
        await this.chatMoved(incoming.from, incoming.to);
        return;
      case 'removed':
        await this.chatGone(
          incoming.chatId,
          `the bot was ${incoming.status === 'kicked' ? 'removed from' : 'left'} the chat`,
        );
        return;
    }
  }

  private async press(incoming: Extract<Incoming, { kind: 'button' }>): Promise<void> {
    const command = this.deps.codec.decode(incoming.data);
    try {
      await this.deps.answerCallback(
        incoming.callbackId,
        command
          ? undefined
          : catalogue.translator(matchLocale(incoming.languageCode)).t('telegram.buttonExpired'),
      );
    } catch (error) {
      this.deps.logger.warn({ err: error }, 'could not answer a Telegram button press');
    }
    if (!command || !incoming.place || !incoming.sender) return;
    await this.answer(
      incoming.place,
      incoming.sender,
      this.command(command.command, command.args, incoming.sender),
    );
  }

  /** Runs a command for a chat (in order with the chat's other commands) and queues the answer. */
  private answer(
    place: Place,
    sender: Sender,
    run: (chat: ChatRef, caller: Caller) => Promise<Reply>,
    replyTo?: number,
    document?: IncomingDocument,
  ): Promise<void> {
    const chat = chatRefOf(place);
    const caller: Caller = {
      isModerator: () => this.deps.moderators.isModerator(sender),
      attachment: document && this.attachmentOf(document),
    };
    return this.serial.run(chat.id, async () => {
      const reply = await run(chat, caller);
      void this.deliver(place, reply, sender.chatType === 'private' ? undefined : replyTo);
    });
  }

  /** A document sent with a command, downloaded only if the command reads it. */
  private attachmentOf(document: IncomingDocument): Attachment {
    return {
      name: document.name,
      size: document.size,
      readText: (maxBytes) =>
        this.deps.downloadText
          ? this.deps.downloadText(document.fileId, maxBytes)
          : Promise.resolve({ ok: false, reason: (t) => t.t('file.noDownloads') }),
    };
  }

  private command(name: string, args: string, sender: Sender) {
    return (chat: ChatRef, caller: Caller) =>
      this.deps.dispatcher.dispatch({
        name,
        args: { kind: 'text', text: args },
        chat,
        caller,
        locale: this.localeHints(chat, sender),
      });
  }

  /**
   * A private chat speaks its user's app language (language_code); groups and channels are shared,
   * so they speak the language a moderator set (`/digest language`), else English.
   */
  private localeHints(chat: ChatRef, sender: Sender): LocaleHints {
    if (sender.chatType !== 'private' || sender.languageCode === undefined) return {};
    this.privateLanguages.set(chat.id, sender.languageCode);
    return { chat: sender.languageCode };
  }

  /**
   * The button that opens the panel on this chat's page. Telegram opens web_app buttons only in
   * private chats; in a group, login_url signs the user in (the same check as the Login Widget)
   * and lands on the page.
   */
  private panelButton(place: Place, label: string): PanelButton | undefined {
    const base = this.deps.panelUrl?.replace(/\/+$/, '');
    if (!base) return undefined;
    const next = encodeURIComponent(channelPath(chatRefOf(place)));
    return place.chatId > 0
      ? { text: label, web_app: { url: `${base}/?next=${next}` } }
      : { text: label, login_url: { url: `${base}${TELEGRAM_SIGN_IN_PATH}?next=${next}` } };
  }

  /** Renders a reply and queues its parts, in order; resolves when all are delivered or given up. */
  private async deliver(
    place: Place,
    reply: Reply,
    replyTo?: number,
    beforeSend?: () => Promise<boolean>,
  ): Promise<Delivery[]> {
    const encode = (action: Action) => this.deps.codec.encode(action);
    const withPanel = renderReply(reply, encode, TELEGRAM_TEXT_LIMIT, (label) =>
      this.panelButton(place, label),
    );
    const deliveries = await this.queue(place, reply, withPanel, replyTo, true, beforeSend);
    const last = deliveries[withPanel.length - 1];
    if (!reply.panel || !this.deps.panelUrl || !last || last.ok || !last.permanent)
      return deliveries;
    // Telegram refuses a login_url whose domain was not linked to the bot (BotFather /setdomain),
    // and any button over plain http: the answer still goes out, without the panel's button.
    this.deps.logger.warn(
      { reason: last.reason },
      'Telegram refused the control panel button; answering without it',
    );
    const plain = renderReply({ ...reply, panel: undefined }, encode);
    const retried = await this.queue(place, reply, plain.slice(-1), undefined, false);
    return [...deliveries.slice(0, withPanel.length - 1), ...retried];
  }

  private queue(
    place: Place,
    reply: Reply,
    parts: readonly RenderedMessage[],
    replyTo: number | undefined,
    withFile = true,
    beforeSend?: () => Promise<boolean>,
  ): Promise<Delivery[]> {
    // A file follows the text as a document of its own, in the same queue (so in order).
    const file = reply.file && {
      html: '',
      document: { name: reply.file.name, text: reply.file.text },
    };
    return Promise.all([
      ...parts.map((part, i) =>
        this.deps.queue.send(
          place.chatId,
          {
            html: part.html,
            keyboard: part.keyboard,
            preview: part.preview,
            threadId: place.threadId,
            replyToMessageId: i === 0 ? replyTo : undefined,
          },
          beforeSend,
        ),
      ),
      ...(file && withFile
        ? [this.deps.queue.send(place.chatId, { ...file, threadId: place.threadId }, beforeSend)]
        : []),
    ]);
  }

  private note(incoming: Extract<Incoming, { kind: 'command' }>): void {
    const chat = chatRefOf(incoming.place);
    const last = this.noted.get(chat.id);
    const now = Date.now();
    if (
      !this.deps.noteChat ||
      (last?.title === incoming.chatTitle && now - last.at < NOTE_EVERY_MS)
    )
      return;
    this.noted.set(chat.id, { title: incoming.chatTitle, at: now });
    this.deps
      .noteChat(chat, incoming.chatTitle, incoming.sender.chatType)
      .catch((error: unknown) => {
        this.deps.logger.warn(
          { err: error, chat },
          'could not record the chat for the control panel',
        );
      });
  }

  /**
   * The one place that reports a Telegram chat gone: from an update (the bot was removed) or from a
   * send the queue gave up (403, chat not found).
   */
  async chatGone(chatId: number, reason: string): Promise<void> {
    await this.deps.lifecycle.chatGone(chatRefOf({ chatId }), reason);
  }

  /** The one place that reports a move, once, whether learnt from an update or from a failed send. */
  async chatMoved(from: number, to: number): Promise<void> {
    const key = `${from}>${to}`;
    if (this.reportedMoves.has(key)) return;
    this.reportedMoves.add(key);
    await this.deps.lifecycle.chatMoved(chatRefOf({ chatId: from }), chatRefOf({ chatId: to }));
  }
}

function summarize(deliveries: readonly Delivery[]): PostOutcome {
  const failures = deliveries.flatMap((d) => (d.ok ? [] : [d]));
  const failed = failures[0];
  if (failed) {
    const permanent = failures.some((d) => d.permanent);
    const gone = failures.some((d) => d.gone === true);
    const sent = deliveries.filter((d) => d.ok).length;
    return {
      ok: false,
      permanent,
      ...(gone ? { gone } : {}),
      partial: sent > 0,
      reason:
        sent > 0 ? `${failed.reason} (${sent} of ${deliveries.length} parts sent)` : failed.reason,
    };
  }
  return { ok: true, messageIds: deliveries.map((d) => (d.ok ? String(d.messageId) : '')) };
}
