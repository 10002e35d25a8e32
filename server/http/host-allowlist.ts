// Refuses requests whose Host is not one of ours, so a DNS-rebound name cannot reach the API or the WebSocket.
import type { MiddlewareHandler } from 'hono';
import { ErrorCode } from '../../protocol/errors.ts';
import { jsonError } from '../api/errors.ts';

/** Splits a Host header into its name and port ("[::1]:8000" → "[::1]", "8000"). */
function splitHost(host: string): { name: string; port: string } {
  const match = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(host.trim().toLowerCase());
  return { name: match?.[1] ?? '', port: match?.[2] ?? '' };
}

/**
 * Whether `host` is allowed: an entry without a port matches that name on any port, an entry with one
 * matches exactly, and '*' matches everything.
 */
export function isHostAllowed(host: string | undefined, allowed: string[]): boolean {
  if (allowed.includes('*')) return true;
  if (!host) return false;
  const { name, port } = splitHost(host);
  if (!name) return false;
  return allowed.some((entry) => {
    const wanted = splitHost(entry);
    return wanted.name === name && (wanted.port === '' || wanted.port === port);
  });
}

export function hostAllowlist(allowed: string[]): MiddlewareHandler {
  return async (c, next) => {
    if (!isHostAllowed(c.req.header('host'), allowed)) {
      return jsonError(c, 403, ErrorCode.HOST_FORBIDDEN, 'This server does not answer to that host name');
    }
    await next();
  };
}
