import type { Services } from '../core/commands/define-command.js';
import type { BotGuilds, TelegramAdmins } from '../core/ports/panel-places.js';
import type { PanelStore } from '../core/ports/panel-store.js';

export interface WebOptions {
  /** 0 picks a free port (tests). */
  readonly port: number;
  /** The interface to listen on: 127.0.0.1 unless configured (WEB_HOST). */
  readonly host: string;
  /** The panel's address as browsers reach it (WEB_PUBLIC_URL); https makes cookies Secure. */
  readonly publicUrl?: string | undefined;
  readonly services: Services;
  readonly store: PanelStore;
  readonly discord?:
    | {
        readonly clientId: string;
        readonly clientSecret: string;
        readonly apiUrl: string;
        readonly guilds: BotGuilds;
      }
    | undefined;
  readonly telegram?:
    | {
        readonly botToken: string;
        readonly botUsername: string;
        readonly admins: TelegramAdmins;
      }
    | undefined;
  /** Sign-in attempts allowed per client address and minute (default 20). */
  readonly loginAttemptsPerMinute?: number | undefined;
}
