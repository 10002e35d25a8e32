// Every upgrade request gets an answer and its socket back: refusals in full (JSON body), other protocols refused.
import type { IncomingMessage, Server } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { ErrorCode } from '../../protocol/errors.ts';
import type { Logger } from '../logger.ts';

type Fetch = (request: Request, env: Record<string | symbol, unknown>) => Response | Promise<Response>;

/** Writes a complete HTTP/1.1 answer on a raw socket and closes it once written. */
function answerOnSocket(
  socket: Duplex,
  status: number,
  body: string,
  headers: Iterable<[string, string]> = [],
): void {
  if (socket.destroyed) return;
  const bytes = Buffer.from(body);
  const lines = [`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`];
  for (const [name, value] of headers) {
    if (!/^(connection|content-length|transfer-encoding|upgrade)$/i.test(name))
      lines.push(`${name}: ${value}`);
  }
  lines.push('Connection: close', `Content-Length: ${bytes.byteLength}`, '', '');
  socket.on('error', () => {});
  socket.end(Buffer.concat([Buffer.from(lines.join('\r\n')), bytes]), () => socket.destroy());
  // A peer that never reads must not keep the descriptor either.
  setTimeout(() => socket.destroy(), 5_000).unref();
}

function errorBody(code: ErrorCode, message: string): string {
  return JSON.stringify({ error: { code, message, details: {} } });
}

/**
 * Answers any upgrade to a protocol other than WebSocket with 400 UNSUPPORTED_UPGRADE. The adapter
 * ignores those requests, and Node then never answers them nor releases their sockets.
 */
export function refuseOtherUpgrades(server: Server, logger: Logger): void {
  server.on('upgrade', (request: IncomingMessage, socket: Duplex) => {
    if (request.headers.upgrade?.toLowerCase() === 'websocket') return;
    logger.warn({ status: 400, code: ErrorCode.UNSUPPORTED_UPGRADE }, 'refused an upgrade');
    answerOnSocket(
      socket,
      400,
      errorBody(ErrorCode.UNSUPPORTED_UPGRADE, 'Only WebSocket upgrades are supported'),
      [['Content-Type', 'application/json']],
    );
  });
}

/**
 * Wraps the app's fetch so that a refused WebSocket upgrade is answered with the app's whole response
 * (status, headers, JSON body) and logged at warn with its code. The adapter itself would answer with
 * an empty body, and does not answer at all once a second 'upgrade' listener exists.
 */
export function answerRefusedUpgrades(fetch: Fetch, logger: Logger): Fetch {
  return async (request, env) => {
    const incoming = env.incoming as IncomingMessage | undefined;
    // Ordinary requests carry the response object; upgrades do not.
    if (!incoming || env.outgoing !== undefined) return fetch(request, env);
    // The adapter marks an accepted upgrade by adding its connection symbol to env.
    const marksBefore = Object.getOwnPropertySymbols(env).length;
    // The app's root error handler answers (and logs) a failing check, so this never sees a throw.
    const response = await fetch(request, env);
    if (Object.getOwnPropertySymbols(env).length > marksBefore) return response;
    const body = await response.clone().text();
    let code: unknown;
    try {
      code = (JSON.parse(body) as { error?: { code?: unknown } }).error?.code;
    } catch {
      code = undefined;
    }
    logger.warn({ status: response.status, code }, 'refused a WebSocket upgrade');
    answerOnSocket(incoming.socket, response.status, body, response.headers.entries());
    return response;
  };
}
