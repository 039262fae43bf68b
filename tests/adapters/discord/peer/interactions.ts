import { IDS } from './gateway.js';

/** Permission bits as decimal strings, as Discord sends them. */
export const PERMISSIONS = {
  /** View Channel + Send Messages: an ordinary member. */
  member: String((1n << 10n) | (1n << 11n)),
  /** An ordinary member who also has Manage Server. */
  manager: String((1n << 10n) | (1n << 11n) | (1n << 5n)),
};

export interface CommandOption {
  readonly name: string;
  /** 3 string, 4 integer, 5 boolean, 10 number, 11 attachment (value: the attachment's id). */
  readonly type: number;
  readonly value: string | number | boolean;
  readonly focused?: boolean;
}

interface Common {
  /** Member permissions in the server (ignored in DMs). Default: an ordinary member. */
  readonly permissions?: string;
  /** Sent from a direct message with the bot instead of a server channel. */
  readonly dm?: boolean;
  /** The peer answers every response to this interaction with a 500. */
  readonly broken?: boolean;
  /** The member's Discord language (default en-US). */
  readonly locale?: string;
  /** The server's preferred locale (default en-US; ignored in DMs). */
  readonly guildLocale?: string;
  /** The server it is sent from (default: the peer's first), and its channel. */
  readonly guild?: string;
  readonly channel?: string;
}

export type InteractionOptions = Common &
  (
    | {
        readonly kind: 'command';
        readonly name: string;
        readonly options?: readonly CommandOption[];
        /** Files attached to attachment options, by id (the interaction's `resolved.attachments`). */
        readonly attachments?: Readonly<Record<string, unknown>>;
      }
    | {
        readonly kind: 'autocomplete';
        readonly name: string;
        readonly options: readonly CommandOption[];
      }
    | { readonly kind: 'button'; readonly customId: string }
  );

/** What the bot did with one interaction. */
export class InteractionRecord {
  callback: any;
  original: any;
  originalDeleted = false;
  readonly followUps: any[] = [];
  choices: any[] | undefined;
  readonly sentAt = Date.now();
  respondedAt: number | undefined;
  /** When the user first saw an answer (a response with content, an edit or a follow-up). */
  answeredAt: number | undefined;
  lastActivity = Date.now();
  failedResponses = 0;
  /** The gateway sessions it was sent to (0: no session holds its shard). */
  deliveredTo = 0;

  constructor(
    readonly id: string,
    readonly token: string,
    readonly type: number,
    readonly label: string,
    readonly broken = false,
  ) {}

  respond(body: any): void {
    this.callback = body;
    this.respondedAt = Date.now();
    if (body.type === 4 || body.type === 7) this.original = body.data;
    if (body.type === 8) this.choices = body.data?.choices ?? [];
    this.touch();
  }

  edit(patch: any): any {
    this.original = { ...(this.original ?? {}), ...patch };
    this.touch();
    return this.original;
  }

  deleteOriginal(): void {
    this.originalDeleted = true;
    this.touch();
  }

  followUp(body: any): void {
    this.followUps.push(body);
    this.touch();
  }

  private touch(): void {
    this.lastActivity = Date.now();
    if (this.visible().length > 0 || this.choices) this.answeredAt ??= this.lastActivity;
  }

  get deferred(): boolean {
    return this.callback?.type === 5;
  }

  /** The messages the user sees: the response (once it has content) and the follow-ups. */
  visible(): any[] {
    const original = this.original && !this.originalDeleted ? [this.original] : [];
    return [...original, ...this.followUps];
  }
}

/** An INTERACTION_CREATE payload with every field discord.js 14.28 needs (platforms.md §2.2). */
export function createInteraction(
  options: InteractionOptions,
  id: string,
  buttonMessage: unknown,
): { payload: unknown; record: InteractionRecord } {
  const token = `token-${id}`;
  const guildId = options.guild ?? IDS.guild;
  const channelId = options.channel ?? IDS.channel;
  const user = {
    id: IDS.user,
    username: 'alice',
    discriminator: '0',
    global_name: 'Alice',
    avatar: null,
  };
  const where = options.dm
    ? {
        channel: { id: IDS.dmChannel, type: 1, recipients: [user] },
        user,
        context: 1,
        authorizing_integration_owners: { '0': IDS.guild },
      }
    : {
        guild_id: guildId,
        channel: { id: channelId, type: 0, name: 'general', guild_id: guildId },
        member: {
          user,
          roles: [],
          permissions: options.permissions ?? PERMISSIONS.member,
          joined_at: new Date().toISOString(),
          deaf: false,
          mute: false,
          flags: 0,
        },
        guild_locale: options.guildLocale ?? 'en-US',
        context: 0,
        authorizing_integration_owners: { '0': guildId },
      };
  const command = (name: string, commandOptions: readonly CommandOption[] = []) => ({
    id: '600000000000000001',
    name,
    type: 1,
    options: commandOptions,
  });
  let type: number;
  let data: unknown;
  let label: string;
  switch (options.kind) {
    case 'command':
      type = 2;
      data = {
        ...command(options.name, options.options),
        ...(options.attachments ? { resolved: { attachments: options.attachments } } : {}),
      };
      label = `/${options.name}`;
      break;
    case 'autocomplete':
      type = 4;
      data = command(options.name, options.options);
      label = `autocomplete /${options.name}`;
      break;
    case 'button':
      type = 3;
      data = { custom_id: options.customId, component_type: 2 };
      label = `button ${options.customId}`;
      break;
  }
  const payload = {
    id,
    token,
    application_id: IDS.app,
    type,
    version: 1,
    data,
    ...where,
    ...(options.kind === 'button' ? { message: buttonMessage } : {}),
    app_permissions: '1071698660929',
    locale: options.locale ?? 'en-US',
    entitlements: [],
  };
  return { payload, record: new InteractionRecord(id, token, type, label, options.broken) };
}
