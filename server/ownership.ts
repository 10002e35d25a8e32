// Session ownership: an HttpOnly owner cookie binds the sessions a browser creates to that browser.
import { randomBytes } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';

export const OWNER_COOKIE = 'bw_owner';
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32,64}$/;

/** The caller's owner token, or null for clients that never received one (the protocol's plain clients). */
export function ownerOf(c: Context): string | null {
  const token = getCookie(c, OWNER_COOKIE);
  return token && TOKEN_PATTERN.test(token) ? token : null;
}

/** Whether the request reached us over HTTPS; a proxy's X-Forwarded-Proto counts only when it is trusted. */
function cameOverHttps(c: Context, trustProxy: boolean): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  if (!trustProxy) return false;
  return c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() === 'https';
}

/** Gives every browser that lacks one an owner token, before anything it does can create a session. */
export function issueOwnerCookie(options: { trustProxy?: boolean } = {}): MiddlewareHandler {
  return async (c, next) => {
    if (!ownerOf(c) && !c.req.path.startsWith('/ws/')) {
      setCookie(c, OWNER_COOKIE, randomBytes(24).toString('base64url'), {
        httpOnly: true,
        secure: cameOverHttps(c, options.trustProxy ?? false),
        sameSite: 'Lax',
        path: '/',
        maxAge: 60 * 60 * 24 * 400,
      });
    }
    await next();
  };
}

/** Whether `owner` may use a session: sessions created without a token stay reachable by id alone. */
export function mayUse(session: { owner_token: string | null } | undefined, owner: string | null): boolean {
  return !session?.owner_token || session.owner_token === owner;
}

/**
 * The key a session's work is owned by: its writer's token, or, for a session opened without one,
 * the session itself. Owner tokens never contain ':', so the two kinds of key cannot collide.
 */
export function ownerKeyOf(session: { id: string; owner_token: string | null }): string {
  return session.owner_token ?? sessionOwnerKey(session.id);
}

export function sessionOwnerKey(sessionId: string): string {
  return `session:${sessionId}`;
}

/**
 * Whether a REST caller may use an artifact by id. A writer's work is theirs alone; work made in a
 * session opened without an owner token is reachable, like that session, by whoever holds its id.
 */
export function mayUseArtifact(artifactOwner: string, caller: string | null): boolean {
  return artifactOwner === caller || artifactOwner.startsWith('session:');
}
