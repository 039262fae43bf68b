import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A Discord user of the loopback OAuth2 provider and the servers their token lists. */
export interface OAuthUser {
  readonly id: string;
  readonly username: string;
  /** The user's Discord language (scope identify); Discord sends en-US unless they chose another. */
  readonly locale?: string;
  readonly guilds: readonly { id: string; name: string; permissions: string; owner?: boolean }[];
}

/**
 * A loopback Discord OAuth2 provider (https://discord.com/developers/docs/topics/oauth2): the
 * authorize page approves at once as `signedIn`, the token endpoint checks the client, the code,
 * the redirect URI and the PKCE verifier (S256) exactly, and /users/@me and /users/@me/guilds
 * answer for the token. Mounted on the Discord peer's HTTP server.
 */
export class OAuthProvider {
  signedIn: OAuthUser | undefined;
  readonly clientId = '100000000000000001';
  readonly clientSecret = 'peer-client-secret';
  readonly refusals: string[] = [];
  private readonly codes = new Map<
    string,
    { user: OAuthUser; challenge: string; redirectUri: string }
  >();
  private readonly tokens = new Map<string, OAuthUser>();

  /** Handles the request if it is an OAuth2 one; returns whether it did. */
  handle(
    method: string,
    path: string,
    url: URL,
    raw: string,
    req: IncomingMessage,
    res: ServerResponse,
  ): boolean {
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
      return true;
    };
    if (method === 'GET' && path === '/oauth2/authorize') {
      const q = url.searchParams;
      const redirect = new URL(q.get('redirect_uri') ?? 'http://invalid/');
      const problems = [
        q.get('response_type') !== 'code' && 'response_type',
        q.get('client_id') !== this.clientId && 'client_id',
        q.get('scope') !== 'identify guilds' && 'scope',
        q.get('code_challenge_method') !== 'S256' && 'code_challenge_method',
        !q.get('code_challenge') && 'code_challenge',
        !q.get('state') && 'state',
      ].filter(Boolean);
      if (problems.length > 0 || !this.signedIn) {
        this.refusals.push(`authorize: ${problems.join(', ') || 'nobody signed in'}`);
        return json(400, { error: 'invalid_request' });
      }
      const code = randomBytes(12).toString('hex');
      this.codes.set(code, {
        user: this.signedIn,
        challenge: q.get('code_challenge') ?? '',
        redirectUri: redirect.toString(),
      });
      redirect.searchParams.set('code', code);
      redirect.searchParams.set('state', q.get('state') ?? '');
      res.writeHead(302, { location: redirect.toString() });
      res.end();
      return true;
    }
    if (method === 'POST' && path === '/oauth2/token') {
      const form = new URLSearchParams(raw);
      const grant = this.codes.get(form.get('code') ?? '');
      const verifier = form.get('code_verifier') ?? '';
      const challenge = createHash('sha256').update(verifier).digest('base64url');
      const problem =
        req.headers['content-type'] !== 'application/x-www-form-urlencoded'
          ? 'content type'
          : form.get('grant_type') !== 'authorization_code'
            ? 'grant_type'
            : form.get('client_id') !== this.clientId ||
                form.get('client_secret') !== this.clientSecret
              ? 'client'
              : !grant
                ? 'code'
                : grant.redirectUri !== form.get('redirect_uri')
                  ? 'redirect_uri'
                  : grant.challenge !== challenge
                    ? 'code_verifier'
                    : undefined;
      if (problem || !grant) {
        this.refusals.push(`token: ${problem ?? 'code'}`);
        return json(400, { error: 'invalid_grant' });
      }
      this.codes.delete(form.get('code') ?? '');
      const token = randomBytes(16).toString('hex');
      this.tokens.set(token, grant.user);
      return json(200, {
        access_token: token,
        token_type: 'Bearer',
        expires_in: 604800,
        scope: 'identify guilds',
      });
    }
    if (method === 'GET' && (path === '/users/@me' || path === '/users/@me/guilds')) {
      const auth = req.headers.authorization ?? '';
      const user = auth.startsWith('Bearer ') ? this.tokens.get(auth.slice(7)) : undefined;
      if (!user) return json(401, { message: '401: Unauthorized', code: 0 });
      if (path === '/users/@me')
        return json(200, {
          id: user.id,
          username: user.username,
          global_name: null,
          discriminator: '0',
          locale: user.locale ?? 'en-US',
        });
      return json(
        200,
        user.guilds.map((g) => ({ icon: null, features: [], owner: false, ...g })),
      );
    }
    return false;
  }
}
