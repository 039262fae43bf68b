import { createHash, randomBytes } from 'node:crypto';
import type { PanelUser } from '../../core/ports/panel-store.js';

/** Discord's permission bits the commands' rule reads: Manage Server, or Administrator. */
const ADMINISTRATOR = 1n << 3n;
const MANAGE_GUILD = 1n << 5n;

export interface DiscordOAuthOptions {
  readonly clientId: string;
  readonly clientSecret: string;
  /** REST base, https://discord.com/api by default (DISCORD_API_URL). */
  readonly apiUrl: string;
  /** Where Discord sends the user back: WEB_PUBLIC_URL + /auth/discord/callback. */
  readonly redirectUri: string;
  readonly timeoutMs?: number;
}

export interface PendingAuthorization {
  readonly url: string;
  readonly state: string;
  readonly verifier: string;
}

export type OAuthResult<T> = { ok: true; value: T } | { ok: false; reason: string };

export interface DiscordToken {
  readonly accessToken: string;
  readonly expiresAt: Date;
}

/** A server in the user's list, with whether they may manage it by the commands' rule. */
export interface UserGuild {
  readonly id: string;
  readonly name: string;
  readonly manages: boolean;
}

/**
 * Discord OAuth2, authorization code flow with PKCE (S256) and `state`, scopes `identify guilds`
 * (https://discord.com/developers/docs/topics/oauth2). The client secret and the access token stay
 * on the server; the browser only ever sees the authorize URL.
 */
export class DiscordOAuth {
  constructor(private readonly options: DiscordOAuthOptions) {}

  /** A fresh state and verifier, and the URL that asks the user to authorize. */
  begin(): PendingAuthorization {
    const state = randomBytes(24).toString('base64url');
    const verifier = randomBytes(48).toString('base64url');
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const url = new URL('/oauth2/authorize', new URL(this.options.apiUrl).origin);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: this.options.clientId,
      scope: 'identify guilds',
      redirect_uri: this.options.redirectUri,
      state,
      code_challenge: challenge,
      code_challenge_method: 'S256',
    }).toString();
    return { url: url.toString(), state, verifier };
  }

  /** Trades the callback's code (with the verifier) for an access token. */
  async exchange(code: string, verifier: string): Promise<OAuthResult<DiscordToken>> {
    const body = new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: this.options.redirectUri,
      code_verifier: verifier,
      client_id: this.options.clientId,
      client_secret: this.options.clientSecret,
    });
    const answer = await this.call<{ access_token?: unknown; expires_in?: unknown }>(
      '/oauth2/token',
      { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } },
    );
    if (!answer.ok) return answer;
    const { access_token: token, expires_in: expiresIn } = answer.value;
    if (typeof token !== 'string') return { ok: false, reason: 'Discord sent no access token' };
    const seconds = typeof expiresIn === 'number' ? expiresIn : 3600;
    return {
      ok: true,
      value: { accessToken: token, expiresAt: new Date(Date.now() + seconds * 1000) },
    };
  }

  async user(
    accessToken: string,
  ): Promise<OAuthResult<{ user: PanelUser; locale: string | undefined }>> {
    const answer = await this.call<{
      id?: unknown;
      username?: unknown;
      global_name?: unknown;
      locale?: unknown;
    }>('/users/@me', { headers: { authorization: `Bearer ${accessToken}` } });
    if (!answer.ok) return answer;
    const { id, username, global_name: globalName, locale } = answer.value;
    if (typeof id !== 'string' || !/^\d{17,20}$/.test(id))
      return { ok: false, reason: 'Discord sent no user id' };
    const name =
      typeof globalName === 'string'
        ? globalName
        : typeof username === 'string'
          ? username
          : 'Discord user';
    return {
      ok: true,
      value: {
        user: { platform: 'discord', id, name },
        // The user's Discord language (scope identify), for the panel's pages.
        locale: typeof locale === 'string' ? locale : undefined,
      },
    };
  }

  /** The user's servers (scope `guilds`), each with whether they have Manage Server there. */
  async guilds(accessToken: string): Promise<OAuthResult<UserGuild[]>> {
    const answer = await this.call<unknown>('/users/@me/guilds', {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    if (!answer.ok) return answer;
    if (!Array.isArray(answer.value)) return { ok: false, reason: 'Discord sent no server list' };
    const guilds = (
      answer.value as { id?: unknown; name?: unknown; owner?: unknown; permissions?: unknown }[]
    )
      .filter((g) => typeof g.id === 'string' && /^\d{17,20}$/.test(g.id))
      .map((g) => ({
        id: g.id as string,
        name: typeof g.name === 'string' ? g.name : '',
        manages: g.owner === true || hasManage(g.permissions),
      }));
    return { ok: true, value: guilds };
  }

  private async call<T>(path: string, init: RequestInit): Promise<OAuthResult<T>> {
    const base = this.options.apiUrl.replace(/\/+$/, '');
    try {
      const response = await fetch(`${base}/v10${path}`, {
        ...init,
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      });
      if (!response.ok) return { ok: false, reason: `Discord answered ${response.status}` };
      return { ok: true, value: (await response.json()) as T };
    } catch (error) {
      return { ok: false, reason: `Discord could not be reached (${(error as Error).message})` };
    }
  }
}

function hasManage(permissions: unknown): boolean {
  if (typeof permissions !== 'string' || !/^\d{1,20}$/.test(permissions)) return false;
  const bits = BigInt(permissions);
  return (bits & (ADMINISTRATOR | MANAGE_GUILD)) !== 0n;
}
