// The /ws/:session_id endpoint: checks the upgrade (session id, origin, owner), then runs a Connection.
import { upgradeWebSocket } from '@hono/node-server';
import type { Context, Hono } from 'hono';
import type { WebSocket } from 'ws';
import { ErrorCode, SESSION_ID_PATTERN } from '../../protocol/errors.ts';
import { jsonError } from '../api/errors.ts';
import { isOriginAllowed } from '../http/origin.ts';
import { remoteAddressOf } from './client-address.ts';
import { Connection, type ConnectionDeps } from './connection.ts';
import type { Keepalive } from './keepalive.ts';

export interface WebSocketRouteDeps extends ConnectionDeps {
  keepalive: Keepalive;
  /** Origins allowed besides the server's own. */
  allowedOrigins: string[];
  /** Who the request belongs to (the owner cookie), or null. */
  ownerOf: (c: Context) => string | null;
  /** Refuses a session owned by someone else; resolves to true when the caller may attach. */
  mayAttach: (sessionId: string, owner: string | null) => Promise<boolean>;
  onConnectionOpened?: () => void;
  onConnectionClosed?: () => void;
}

export function mountWebSocketRoute(app: Hono, deps: WebSocketRouteDeps): void {
  app.get(
    '/ws/:session_id',
    async (c, next) => {
      const sessionId = c.req.param('session_id');
      if (!SESSION_ID_PATTERN.test(sessionId)) {
        return jsonError(
          c,
          400,
          ErrorCode.INVALID_SESSION_ID,
          'session_id must be 1–128 characters of A-Z, a-z, 0-9, _ or -',
        );
      }
      if (!isOriginAllowed(c.req.header('origin'), c.req.header('host'), deps.allowedOrigins)) {
        return jsonError(c, 403, ErrorCode.ORIGIN_FORBIDDEN, 'This origin may not open BooksWriter sessions');
      }
      if (!(await deps.mayAttach(sessionId, deps.ownerOf(c)))) {
        return jsonError(c, 403, ErrorCode.SESSION_FORBIDDEN, 'This session belongs to someone else');
      }
      if (c.req.header('upgrade')?.toLowerCase() !== 'websocket') {
        return jsonError(c, 426, ErrorCode.UPGRADE_REQUIRED, 'Connect with a WebSocket');
      }
      await next();
    },
    upgradeWebSocket((c) => {
      const sessionId = c.req.param('session_id') as string;
      const owner = deps.ownerOf(c);
      const address = remoteAddressOf(c);
      let connection: Connection | undefined;
      let untrack: (() => void) | undefined;
      return {
        onOpen(_event, ws) {
          const socket = ws.raw as WebSocket;
          connection = new Connection(socket, sessionId, owner, address, deps);
          const current = connection;
          untrack = deps.keepalive.track(socket, () => current.lastActivity);
          deps.onConnectionOpened?.();
        },
        onMessage(event) {
          connection?.receive(event.data as string | ArrayBuffer, typeof event.data !== 'string');
        },
        onClose() {
          untrack?.();
          connection?.handleClose();
          deps.onConnectionClosed?.();
        },
      };
    }),
  );
}
