// A real ws server on a free port that records what a session socket sends and answers as the test says.
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import type { ServerMessage, SingleClientMessage } from '../../../protocol/messages.ts';

export interface FrameServer {
  url: string;
  /** Every frame received, in arrival order, with the connection it came on (1 for the first). */
  received: { connection: number; frame: SingleClientMessage }[];
  /** Connections accepted so far, oldest first. */
  connections: WebSocket[];
  /** Upgrade attempts, refused ones included. */
  attempts: number;
  /** While false, upgrades are answered with 503, so the client sees a failed connection. */
  accepting: boolean;
  send: (connection: WebSocket, message: ServerMessage) => void;
  /** Resolves once `predicate` holds for what has been received. */
  waitFor: (predicate: () => boolean) => Promise<void>;
  close: () => Promise<void>;
}

export async function startFrameServer(
  onFrame: (server: FrameServer, connection: WebSocket, frame: SingleClientMessage) => void = () => {},
): Promise<FrameServer> {
  const waiters = new Set<() => void>();
  const notify = () => {
    for (const waiter of waiters) waiter();
  };
  const wss = new WebSocketServer({
    host: '127.0.0.1',
    port: 0,
    verifyClient: (_info, callback) => {
      server.attempts += 1;
      notify();
      callback(server.accepting, 503);
    },
  });
  await new Promise<void>((resolve) => wss.once('listening', resolve));
  const { port } = wss.address() as AddressInfo;

  const server: FrameServer = {
    url: `ws://127.0.0.1:${port}/ws/ses_test`,
    received: [],
    connections: [],
    attempts: 0,
    accepting: true,
    send: (connection, message) => connection.send(JSON.stringify(message)),
    waitFor: (predicate) =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (!predicate()) return;
          waiters.delete(check);
          resolve();
        };
        waiters.add(check);
        check();
      }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const connection of wss.clients) connection.terminate();
        wss.close(() => resolve());
      }),
  };

  wss.on('connection', (connection) => {
    server.connections.push(connection);
    const number = server.connections.length;
    connection.on('message', (data) => {
      const frame = JSON.parse(String(data)) as SingleClientMessage;
      server.received.push({ connection: number, frame });
      onFrame(server, connection, frame);
      notify();
    });
    connection.on('close', notify);
    notify();
  });
  return server;
}

const timestamp = () => new Date().toISOString();

export function sessionStateFrame(sessionId: string, model = 'offline'): ServerMessage {
  return {
    type: 'session_state',
    session_id: sessionId,
    model,
    messages: [],
    activity: [],
    in_flight: null,
    queued_turns: 0,
    timestamp: timestamp(),
  };
}

export function modelSwitchedFrame(model: string, previous: string): ServerMessage {
  return { type: 'model_switched', model, previous_model: previous, timestamp: timestamp() };
}
