import { EventEmitter } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Request, type Response } from 'express';
import emulator from 'telegram-test-api';
import type { TelegramServer as Emulator } from 'telegram-test-api/lib/telegramServer.js';
import { PeerRateLimits } from './peer-rate-limits.js';
import type {
  Fault,
  PeerChat,
  PeerLimitName,
  PeerLimits,
  PeerUser,
  Refusal,
  SentMessage,
} from './peer-types.js';
import { checkTelegramHtml } from './telegram-html.js';

export type { Fault, PeerChat, PeerLimits, PeerUser, Refusal, SentMessage } from './peer-types.js';

/**
 * Briefly's Bot API test peer: the npm emulator `telegram-test-api` (users' messages, button presses,
 * the bot's stored messages) behind a front layer (platforms.md §1.3, extended) that adds what the
 * emulator lacks, with real Bot API error bodies: long polling, getChatMember, setMyCommands,
 * rate limits per chat, per group and overall (429 + retry_after), 403 for blocked chats, group
 * migration (400 + migrate_to_chat_id), Telegram HTML and 4,096-character checks, injected faults,
 * channel posts, and webhook delivery with the secret-token header. Listens on 127.0.0.1, port 0.
 */
export const PEER_TOKEN = '123456:PEER-TEST-TOKEN';
export const PEER_BOT_USERNAME = 'TestNameBot';

type Update = Record<string, unknown> & { update_id: number };
type TelegramServer = Emulator;
/** Under Node's ESM loader the CommonJS module's export is the emulator class itself. */
const TelegramServer = emulator as unknown as typeof Emulator;

export class BotApiPeer extends EventEmitter {
  readonly sent: SentMessage[] = [];
  readonly refusals: Refusal[] = [];
  readonly calls: { method: string; at: number; params: Record<string, unknown> }[] = [];
  readonly members = new Map<string, string>();
  readonly blocked = new Map<number, string>();
  readonly migrated = new Map<number, number>();
  readonly faults: Fault[] = [];
  readonly answered: { id: string; text: string | undefined }[] = [];
  /** The command menu for everyone (setMyCommands without language_code). */
  commands: { command: string; description: string }[] | undefined;
  /** How long each sendMessage takes to be answered (a slow Bot API, for sends in flight). */
  sendDelayMs = 0;
  /** The chat menu button as setChatMenuButton last set it (for every private chat). */
  menuButton: { type: string; text?: string; web_app?: { url: string } } | undefined;
  /** The command menus for users of one language (setMyCommands with language_code). */
  readonly commandsByLanguage = new Map<string, { command: string; description: string }[]>();
  webhook: { url: string; secret: string | undefined } | undefined;
  readonly rateLimits: PeerRateLimits;
  private readonly extras: Update[] = [];
  private http: Server | undefined;

  constructor(
    readonly server: TelegramServer,
    limits: PeerLimits,
    private readonly longPollCapMs: number,
  ) {
    super();
    this.rateLimits = new PeerRateLimits(limits);
  }

  get apiRoot(): string {
    return this.server.config.apiURL;
  }

  // --- the user side -------------------------------------------------------------------

  /** A user (or nobody, in a channel) writes `text` in `chat`; resolves to the message id. */
  async send(
    chat: PeerChat,
    from: PeerUser | undefined,
    text: string,
    extra: Record<string, unknown> = {},
  ): Promise<number> {
    const internals = this.internals();
    const messageId = internals.messageId;
    this.knownChats.set(chat.id, chat);
    const command = /^\/\S+/.exec(text);
    const message = {
      botToken: PEER_TOKEN,
      date: Math.floor(Date.now() / 1000),
      chat,
      ...(from ? { from: { is_bot: false, ...from } } : {}),
      text,
      ...(command
        ? { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] }
        : {}),
      ...extra,
    };
    if (chat.type === 'channel') {
      const { botToken: _unused, ...post } = message;
      await this.push({ channel_post: { ...post, message_id: messageId } });
      internals.messageId++;
    } else await internals.addUserMessage(message);
    return messageId;
  }

  /** `from` presses the button labelled `label` under the bot's message `message`. */
  async press(message: SentMessage, from: PeerUser, label: string): Promise<void> {
    const button = message.buttons.find((b) => b.text === label);
    if (!button) throw new Error(`no button "${label}" on message ${message.messageId}`);
    const chat = this.chatOf(message.chatId);
    await this.internals().addUserCallback({
      botToken: PEER_TOKEN,
      from: { is_bot: false, ...from },
      data: button.callback_data,
      message: {
        message_id: message.messageId,
        chat,
        text: message.text,
        ...(message.threadId === undefined
          ? {}
          : { message_thread_id: message.threadId, is_topic_message: true }),
      },
    });
  }

  /** Any other update (a channel post, a membership change), delivered like the rest. */
  async push(update: Record<string, unknown>): Promise<void> {
    const internals = this.internals();
    await this.deliver({ ...update, update_id: internals.updateId++ });
  }

  /** Hands an update to the bot: POSTed to its webhook when one is set, else kept for getUpdates. */
  async deliver(update: Update): Promise<void> {
    if (this.webhook) await this.deliverByWebhook(update);
    else {
      this.extras.push(update);
      this.emit('update');
    }
  }

  /** Messages the bot sent to `chatId`, once there are at least `count`. */
  async waitForSent(chatId: number, count: number, timeoutMs = 30_000): Promise<SentMessage[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const messages = this.sent.filter((m) => m.chatId === chatId);
      if (messages.length >= count) return messages;
      if (Date.now() > deadline) {
        throw new Error(
          `chat ${chatId}: ${messages.length} of ${count} messages after ${timeoutMs} ms`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  private readonly knownChats = new Map<number, PeerChat>();

  /** Remembers chats the users wrote in, to describe them in button presses. */
  private chatOf(chatId: number): PeerChat {
    return (
      this.knownChats.get(chatId) ?? { id: chatId, type: chatId > 0 ? 'private' : 'supergroup' }
    );
  }

  // --- the bot side --------------------------------------------------------------------

  async start(): Promise<void> {
    const inner = (this.server as unknown as { webServer: express.Express }).webServer;
    const outer = express();
    outer.use(express.json({ limit: '5mb' }));
    outer.use(express.urlencoded({ extended: true }));
    // Files users sent, as the Bot API serves them after getFile.
    outer.get('/file/bot:token/documents/:id', (req, res) => {
      const file = this.files.get(req.params.id);
      if (req.params.token !== PEER_TOKEN || !file) res.status(404).end();
      else res.type('application/octet-stream').send(file.content);
    });
    outer.all('/bot:token/:method', (req, res, next) => {
      this.handle(req, res, next).catch(next);
    });
    outer.use(inner);
    this.http = createServer(outer);
    await new Promise<void>((resolve) => this.http?.listen(0, '127.0.0.1', resolve));
    const port = (this.http.address() as AddressInfo).port;
    this.server.config.apiURL = `http://127.0.0.1:${port}`;
  }

  async close(): Promise<void> {
    const http = this.http;
    if (!http) return;
    await new Promise<void>((resolve) => {
      http.close(() => resolve());
      http.closeAllConnections();
    });
  }

  private async handle(req: Request, res: Response, next: () => void): Promise<void> {
    const { token, method } = req.params as { token: string; method: string };
    const params = { ...req.query, ...(req.body as Record<string, unknown>) };
    const now = Date.now();
    this.calls.push({ method, at: now, params });
    if (token !== PEER_TOKEN) return this.fail(res, method, undefined, 401, 'Unauthorized');
    const chatId = params.chat_id === undefined ? undefined : Number(params.chat_id);
    const fault = this.faults.find(
      (f) => f.count > 0 && f.method === method && (f.chatId === undefined || f.chatId === chatId),
    );
    if (fault) {
      fault.count--;
      return this.fail(res, method, chatId, fault.status, fault.description, fault.parameters);
    }
    switch (method) {
      case 'getUpdates':
        return this.getUpdates(res, Number(params.timeout ?? 0), Number(params.offset ?? 0));
      case 'sendMessage':
        if (this.sendDelayMs > 0)
          await new Promise((resolve) => setTimeout(resolve, this.sendDelayMs));
        return this.sendMessage(params, res, next, chatId ?? 0, now);
      case 'sendDocument':
        return this.sendDocument(req, res, now);
      case 'getFile': {
        const id = String(params.file_id);
        const file = this.files.get(id);
        if (!file) return this.fail(res, method, undefined, 400, 'Bad Request: invalid file_id');
        res.json({
          ok: true,
          result: {
            file_id: id,
            file_unique_id: id,
            file_size: file.content.length,
            file_path: `documents/${id}`,
          },
        });
        return;
      }
      case 'getChatMember': {
        const status = this.members.get(`${chatId}:${Number(params.user_id)}`) ?? 'member';
        res.json({
          ok: true,
          result: { status, user: { id: Number(params.user_id), is_bot: false, first_name: 'U' } },
        });
        return;
      }
      case 'setMyCommands': {
        const commands = parseJson(params.commands) as { command: string; description: string }[];
        const bad = commands.find(
          (c) =>
            !/^[a-z0-9_]{1,32}$/.test(c.command) ||
            c.description.length < 1 ||
            c.description.length > 256,
        );
        if (bad) return this.fail(res, method, undefined, 400, 'Bad Request: BOT_COMMAND_INVALID');
        const language = params.language_code as string | undefined;
        if (language !== undefined && !/^[a-z]{2}$/.test(language))
          return this.fail(
            res,
            method,
            undefined,
            400,
            'Bad Request: invalid language code specified',
          );
        if (language === undefined) this.commands = commands;
        else this.commandsByLanguage.set(language, commands);
        res.json({ ok: true, result: true });
        return;
      }
      case 'setChatMenuButton': {
        const button = parseJson(params.menu_button) as typeof this.menuButton;
        if (button?.type === 'web_app') {
          const text = button.text ?? '';
          if (text.length < 1 || text.length > 64)
            return this.fail(res, method, undefined, 400, 'Bad Request: BUTTON_TEXT_INVALID');
          if (!button.web_app?.url.startsWith('https://'))
            return this.fail(res, method, undefined, 400, 'Bad Request: BUTTON_URL_INVALID');
        }
        this.menuButton = button;
        res.json({ ok: true, result: true });
        return;
      }
      case 'answerCallbackQuery':
        this.answered.push({
          id: String(params.callback_query_id),
          text: params.text as string | undefined,
        });
        this.emit('answered');
        res.json({ ok: true, result: true });
        return;
      case 'setWebhook':
        this.webhook = {
          url: String(params.url),
          secret: params.secret_token as string | undefined,
        };
        res.json({ ok: true, result: true });
        return;
      case 'deleteWebhook':
        this.webhook = undefined;
        res.json({ ok: true, result: true });
        return;
      default:
        next();
    }
  }

  readonly files = new Map<string, { name: string; content: Buffer }>();
  private nextDocumentId = 1_000_000;

  /** `from` sends a file with a caption (e.g. "/feeds import" with an OPML file). */
  async sendFile(
    chat: PeerChat,
    from: PeerUser,
    caption: string,
    name: string,
    content: string | Buffer,
  ): Promise<void> {
    const id = `doc${this.files.size + 1}`;
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    this.files.set(id, { name, content: bytes });
    this.knownChats.set(chat.id, chat);
    const internals = this.internals();
    await this.push({
      message: {
        message_id: internals.messageId++,
        date: Math.floor(Date.now() / 1000),
        chat,
        from: { is_bot: false, ...from },
        caption,
        caption_entities: [
          { type: 'bot_command', offset: 0, length: caption.split(' ')[0]?.length ?? 0 },
        ],
        document: { file_id: id, file_unique_id: id, file_name: name, file_size: bytes.length },
      },
    });
  }

  /** sendDocument arrives as multipart/form-data: the file and its fields. Captions are checked. */
  private async sendDocument(req: Request, res: Response, now: number): Promise<void> {
    const init = {
      method: 'POST',
      headers: { 'content-type': req.headers['content-type'] ?? '' },
      body: req as unknown as ReadableStream,
      duplex: 'half' as const,
    };
    // Deprecated for servers because it buffers the whole body: fine for a test peer that receives
    // small files from the bot under test, and it needs no multipart library.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    const form = await new globalThis.Request('http://peer/upload', init).formData();
    const field = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' ? value : undefined;
    };
    const chatId = Number(field('chat_id'));
    const document = form.get('document');
    if (!(document instanceof Blob))
      return this.fail(
        res,
        'sendDocument',
        chatId,
        400,
        'Bad Request: there is no document in the request',
      );
    const caption = field('caption') ?? '';
    if (caption.length > 1024)
      return this.fail(
        res,
        'sendDocument',
        chatId,
        400,
        'Bad Request: message caption is too long',
      );
    if (field('parse_mode') === 'HTML' && checkTelegramHtml(caption).problems.length > 0)
      return this.fail(res, 'sendDocument', chatId, 400, "Bad Request: can't parse entities");
    const messageId = this.nextDocumentId++;
    const thread = field('message_thread_id');
    this.sent.push({
      chatId,
      messageId,
      text: caption,
      parseMode: field('parse_mode'),
      threadId: thread === undefined ? undefined : Number(thread),
      buttons: [],
      replyTo: undefined,
      at: now,
      document: {
        name: document instanceof File ? document.name : 'document',
        text: await document.text(),
      },
    });
    this.emit('sent');
    res.json({
      ok: true,
      result: { message_id: messageId, chat: { id: chatId }, date: Math.floor(now / 1000) },
    });
  }

  /** Updates handed out by getUpdates and not yet confirmed by a later offset. */
  private unconfirmed: Update[] = [];
  /** The getUpdates request now open (Telegram serves one poller per token). */
  private openPoll: { readonly connected: () => boolean; end(): void } | undefined;

  /**
   * Long polling as Telegram does it for one token: a getUpdates that arrives while another is open
   * ends the open one with 409 Conflict ("terminated by other getUpdates request"), so two clients
   * polling at once keep answering each other's requests with 409s (counted in `refusals`).
   */
  private async getUpdates(res: Response, timeoutSeconds: number, offset: number): Promise<void> {
    const internals = this.internals();
    // As Telegram: an update handed out stays until a later getUpdates confirms it with a higher
    // offset, so one given to a poller that died before it could act is handed out again.
    if (offset > 0) this.unconfirmed = this.unconfirmed.filter((u) => u.update_id >= offset);
    const pending = () =>
      this.unconfirmed.length > 0 ||
      this.extras.length > 0 ||
      internals.storage.userMessages.some((u) => !u.isRead);
    const deadline = Date.now() + Math.min(timeoutSeconds * 1000, this.longPollCapMs);
    const state = { closed: false, terminated: false };
    res.on('close', () => (state.closed = true));
    const mine = {
      connected: () => !state.closed && !res.destroyed,
      end: () => (state.terminated = true),
    };
    const terminated = () => state.terminated;
    const previous = this.openPoll;
    this.openPoll = mine;
    if (previous?.connected()) previous.end();
    while (!pending() && Date.now() < deadline && mine.connected() && !terminated()) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    if (this.openPoll === mine) this.openPoll = undefined;
    // A request its client just gave up (a poller stopping aborts its getUpdates, then confirms
    // the offset on a new connection) may be seen closed a moment after the next one arrives:
    // a 409 nobody reads is not counted.
    if (terminated()) await new Promise((resolve) => setTimeout(resolve, 200));
    if (terminated() && !mine.connected()) return;
    if (terminated())
      return this.fail(
        res,
        'getUpdates',
        undefined,
        409,
        'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
      );
    if (!mine.connected()) return;
    const fresh = [...this.server.getUpdates(PEER_TOKEN), ...this.extras.splice(0)] as Update[];
    this.unconfirmed.push(...fresh);
    const updates = [...this.unconfirmed].sort((a, b) => a.update_id - b.update_id);
    res.json({ ok: true, result: updates });
  }

  private sendMessage(
    params: Record<string, unknown>,
    res: Response,
    next: () => void,
    chatId: number,
    now: number,
  ): void {
    const gone = this.blocked.get(chatId);
    if (gone) return this.fail(res, 'sendMessage', chatId, 403, gone);
    const movedTo = this.migrated.get(chatId);
    if (movedTo !== undefined) {
      return this.fail(
        res,
        'sendMessage',
        chatId,
        400,
        'Bad Request: group chat was upgraded to a supergroup chat',
        {
          migrate_to_chat_id: movedTo,
        },
      );
    }
    const held = this.rateLimits.check(chatId, now);
    if (held.waitMs > 0) {
      const seconds = Math.max(1, Math.ceil(held.waitMs / 1000));
      return this.fail(
        res,
        'sendMessage',
        chatId,
        429,
        `Too Many Requests: retry after ${seconds}`,
        { retry_after: seconds },
        held.limit,
      );
    }
    const buttonProblem = this.checkButtons(chatId, params.reply_markup);
    if (buttonProblem) return this.fail(res, 'sendMessage', chatId, 400, buttonProblem);
    const text = typeof params.text === 'string' ? params.text : '';
    if (text.trim() === '')
      return this.fail(res, 'sendMessage', chatId, 400, 'Bad Request: message text is empty');
    if (text.length > 4096)
      return this.fail(res, 'sendMessage', chatId, 400, 'Bad Request: message is too long');
    if (params.parse_mode === 'HTML') {
      const check = checkTelegramHtml(text);
      if (check.problems.length > 0) {
        return this.fail(
          res,
          'sendMessage',
          chatId,
          400,
          `Bad Request: can't parse entities: ${check.problems.join('; ')}`,
        );
      }
    }
    this.rateLimits.record(chatId, now);
    const json = res.json.bind(res);
    res.json = (body: { result?: { message_id?: number } }) => {
      const markup = parseJson(params.reply_markup) as
        { inline_keyboard?: SentMessage['buttons'][] } | undefined;
      const reply = parseJson(params.reply_parameters) as { message_id?: number } | undefined;
      this.sent.push({
        chatId,
        messageId: body.result?.message_id ?? -1,
        text,
        parseMode: params.parse_mode as string | undefined,
        threadId:
          params.message_thread_id === undefined ? undefined : Number(params.message_thread_id),
        buttons: markup?.inline_keyboard?.flat() ?? [],
        replyTo: reply?.message_id,
        at: now,
        linkPreview: parseJson(params.link_preview_options) as SentMessage['linkPreview'],
      });
      this.emit('sent');
      return json(body);
    };
    next();
  }

  /**
   * Telegram's rules for buttons that open pages: web_app buttons only in private chats, and both
   * web_app and login_url over https only.
   */
  private checkButtons(chatId: number, markup: unknown): string | undefined {
    const keyboard = (
      parseJson(markup) as { inline_keyboard?: SentMessage['buttons'][] } | undefined
    )?.inline_keyboard;
    for (const button of keyboard?.flat() ?? []) {
      const url = button.web_app?.url ?? button.login_url?.url;
      if (button.web_app && chatId < 0) return 'Bad Request: BUTTON_TYPE_INVALID';
      if (url !== undefined && !url.startsWith('https://'))
        return 'Bad Request: BUTTON_URL_INVALID';
    }
    return undefined;
  }

  private fail(
    res: Response,
    method: string,
    chatId: number | undefined,
    status: number,
    description: string,
    parameters?: Record<string, unknown>,
    limit?: PeerLimitName,
  ): void {
    this.refusals.push({ method, chatId, status, description, at: Date.now(), limit });
    this.emit('refused');
    res
      .status(status)
      .json({ ok: false, error_code: status, description, ...(parameters ? { parameters } : {}) });
  }

  private async deliverByWebhook(update: Update): Promise<void> {
    const hook = this.webhook;
    if (!hook) return;
    const response = await fetch(hook.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(hook.secret ? { 'x-telegram-bot-api-secret-token': hook.secret } : {}),
      },
      body: JSON.stringify(update),
    });
    if (!response.ok) throw new Error(`webhook answered ${response.status}`);
  }

  /** The emulator's fields the front layer builds on (its typings mark them private). */
  private internals() {
    return this.server as unknown as {
      updateId: number;
      messageId: number;
      storage: { userMessages: { isRead: boolean }[] };
      addUserMessage(message: object): Promise<void>;
      addUserCallback(query: object): Promise<void>;
      addUserUpdate(update: object): Promise<void>;
    };
  }
}

function parseJson(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}

/** Starts the emulator with the front layer on 127.0.0.1 and an ephemeral port. */
export async function startBotApiPeer(
  options: { limits?: PeerLimits; longPollCapMs?: number } = {},
): Promise<BotApiPeer> {
  const server = new TelegramServer({ host: '127.0.0.1', storeTimeout: 600 });
  const peer = new BotApiPeer(server, options.limits ?? {}, options.longPollCapMs ?? 1000);
  // User messages and button presses go by webhook, with the secret header, once one is set.
  const internals = server as unknown as {
    updateId: number;
    storage: { userMessages: object[] };
    addUserUpdate(update: object): Promise<void>;
  };
  internals.addUserUpdate = async (update: object) => {
    if (peer.webhook) {
      const emulatorClass = TelegramServer as unknown as { formatUpdate(u: object): Update };
      internals.updateId++;
      await peer.deliver(emulatorClass.formatUpdate(update));
      return;
    }
    internals.storage.userMessages.push(update);
    internals.updateId++;
  };
  await peer.start();
  return peer;
}
