// Origin checks: who may open a WebSocket and who may change data over REST.
import type { MiddlewareHandler } from 'hono';
import { ErrorCode } from '../../protocol/errors.ts';
import { jsonError } from '../api/errors.ts';

/** Same-origin, an allowed origin, or no Origin at all (a non-browser client). */
export function isOriginAllowed(
  origin: string | undefined,
  host: string | undefined,
  allowed: string[],
): boolean {
  if (!origin) return true;
  if (allowed.includes(origin) || allowed.includes('*')) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Refuses POST, PUT, PATCH and DELETE sent by a page from a foreign origin (cross-site request forgery). */
export function refuseForeignOrigin(allowed: string[]): MiddlewareHandler {
  return async (c, next) => {
    if (
      STATE_CHANGING.has(c.req.method) &&
      !isOriginAllowed(c.req.header('origin'), c.req.header('host'), allowed)
    ) {
      return jsonError(c, 403, ErrorCode.ORIGIN_FORBIDDEN, 'This origin may not change BooksWriter data');
    }
    await next();
  };
}
