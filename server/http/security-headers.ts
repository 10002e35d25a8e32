// The response headers a security review expects: no inline script, no framing, no sniffing, a quiet Referer.
import type { MiddlewareHandler } from 'hono';

/**
 * Scripts only from our own files. Styles allow 'unsafe-inline' because the built app's components set
 * style attributes; that cannot run code. connect-src 'self' covers ws:/wss: to our own host.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    // A WebSocket upgrade's answer is written by the adapter; headers on it would be ignored anyway.
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      if (!c.res.headers.has(name)) c.res.headers.set(name, value);
    }
  };
}
