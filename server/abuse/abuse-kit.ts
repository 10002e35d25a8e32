// What an attack in the abuse test gets: one real server, a loopback address of its own, raw sockets and requests.
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect as tcpConnect } from 'node:net';
import WebSocket from 'ws';
import type { ServerMessage } from '../../protocol/messages.ts';
import { OWNER_COOKIE } from '../ownership.ts';
import type { TestServer } from '../test-support/test-server.ts';

/** One entry of the abuse test: what an attacker does, and what must hold afterwards (it throws if not). */
export interface Attack {
  name: string;
  run(ctx: AttackContext): Promise<void>;
}

export interface AttackContext {
  server: TestServer;
  /** A loopback address (127.0.0.x) of the attack's own, so the server sees it as one distinct client. */
  address: string;
  /** Opens a WebSocket from the attack's address; rejects with the HTTP status when refused. */
  open(sessionId: string, headers?: Record<string, string>): Promise<RawClient>;
  /**
   * The cheapest possible WebSocket client: a raw upgrade request on a TCP socket, held until the
   * server's first frame arrives, then dropped. The server does all its usual work; this process
   * (which hosts the server too) does next to none.
   */
  bareConnect(sessionId: string): Promise<void>;
  /**
   * Writes `text` as is on a fresh TCP connection and collects what comes back until the server
   * closes it or `timeoutMs` passes (then `closed` is false): for requests no HTTP client would send.
   */
  raw(text: string | Buffer, timeoutMs?: number): Promise<{ response: string; closed: boolean }>;
  /** A plain HTTP request from the attack's address; the body is read whole. */
  request(path: string, init?: RequestInit): Promise<RawResponse>;
  /** A fresh owner cookie, as a browser gets on its first visit. */
  newOwner(): Promise<{ token: string; cookie: string }>;
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface RequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/**
 * A WebSocket that keeps what it received cheaply: small frames parsed, session_state frames only
 * counted (an attack may pull hundreds of megabytes of them).
 */
export class RawClient {
  readonly messages: ServerMessage[] = [];
  sessionStates = 0;
  bytes = 0;
  readonly closed: Promise<{ code: number; reason: string }>;

  constructor(readonly socket: WebSocket) {
    socket.on('message', (data: Buffer) => {
      this.bytes += data.length;
      if (data.subarray(0, 23).toString() === '{"type":"session_state"') this.sessionStates += 1;
      else this.messages.push(JSON.parse(String(data)) as ServerMessage);
    });
    this.closed = new Promise((resolve) =>
      socket.on('close', (code, reason) => resolve({ code, reason: String(reason) })),
    );
  }

  send(message: unknown): void {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  errors(code?: string) {
    return this.messages.filter(
      (m): m is Extract<ServerMessage, { type: 'error' }> =>
        m.type === 'error' && (code === undefined || m.error_code === code),
    );
  }

  count(type: ServerMessage['type']): number {
    return type === 'session_state'
      ? this.sessionStates
      : this.messages.filter((m) => m.type === type).length;
  }

  close(): Promise<{ code: number; reason: string }> {
    if (this.socket.readyState === this.socket.OPEN) this.socket.close();
    else if (this.socket.readyState !== this.socket.CLOSED) this.socket.terminate();
    return this.closed;
  }
}

export function attackContext(server: TestServer, address: string): AttackContext {
  return {
    server,
    address,
    open: (sessionId, headers = {}) =>
      new Promise((resolve, reject) => {
        const socket = new WebSocket(server.wsUrl(sessionId), { headers, localAddress: address });
        const client = new RawClient(socket);
        socket.once('open', () => resolve(client));
        socket.once('error', reject);
        socket.once('unexpected-response', (_req, res) => {
          res.resume();
          reject(new Error(`HTTP ${res.statusCode}`));
        });
      }),
    bareConnect: (sessionId) => bareConnect(server.port, address, sessionId),
    raw: (text, timeoutMs = 2_000) => rawExchange(server.port, address, text, timeoutMs),
    request: (path, init = {}) => rawRequest(server.port, address, path, init),
    newOwner: async () => {
      const response = await rawRequest(server.port, address, '/api/health');
      const cookie = String(response.headers['set-cookie'] ?? '');
      const token = new RegExp(`${OWNER_COOKIE}=([^;]+)`).exec(cookie)?.[1];
      if (!token) throw new Error('no owner cookie was issued');
      return { token, cookie: `${OWNER_COOKIE}=${token}` };
    },
  };
}

function bareConnect(port: number, localAddress: string, sessionId: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = tcpConnect({ host: '127.0.0.1', port, localAddress }, () => {
      socket.write(
        `GET /ws/${sessionId} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: Upgrade\r\n` +
          'Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
      );
    });
    let received = '';
    socket.on('data', (data: Buffer) => {
      received += data.toString('latin1');
      if (!received.startsWith('HTTP/1.1 101')) {
        if (received.includes('\r\n')) reject(new Error(received.split('\r\n')[0]));
        return;
      }
      if (received.includes('"type":"connected"')) {
        socket.destroy();
        resolve();
      }
    });
    socket.on('error', reject);
  });
}

function rawExchange(
  port: number,
  localAddress: string,
  text: string | Buffer,
  timeoutMs: number,
): Promise<{ response: string; closed: boolean }> {
  return new Promise((resolve, reject) => {
    let response = '';
    const socket = tcpConnect({ host: '127.0.0.1', port, localAddress }, () => socket.write(text));
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ response, closed: false });
    }, timeoutMs);
    socket.on('data', (data: Buffer) => {
      response += data.toString('latin1');
    });
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ response, closed: true });
    });
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

function rawRequest(
  port: number,
  localAddress: string,
  path: string,
  init: RequestInit = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path, method: init.method ?? 'GET', headers: init.headers, localAddress },
      (res) => {
        const parts: Buffer[] = [];
        res.on('data', (part: Buffer) => parts.push(part));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(parts).toString(),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

/** Resolves once `condition` holds; throws naming `what` past the timeout. */
export async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export function userMessage(content: string): Record<string, unknown> {
  return { type: 'message', content, user_id: 'anonymous', timestamp: new Date().toISOString() };
}
