// Raw HTTP over node:net, for requests fetch will not send (odd upgrades, huge or endless bodies) and to see the socket close.
import { connect, type Socket } from 'node:net';
import { createLogger, type Logger } from '../logger.ts';

export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Whether the server closed (or half-closed) the connection by itself. */
  closed: boolean;
}

/**
 * Sends `head` (request line and headers, without the blank line), then `body` chunks as long as the
 * server takes them, and resolves with what came back once the server ends the connection or
 * `waitMs` passes without it doing so.
 */
export function rawRequest(
  port: number,
  head: string,
  options: { body?: Iterable<Buffer | string>; waitMs?: number } = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket: Socket = connect(port, '127.0.0.1');
    const received: Buffer[] = [];
    let settled = false;
    const finish = (closed: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(parse(Buffer.concat(received).toString('latin1'), closed));
    };
    const timer = setTimeout(() => finish(false), options.waitMs ?? 5_000);
    socket.on('data', (chunk) => received.push(chunk));
    socket.on('end', () => finish(true));
    socket.on('close', () => finish(true));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // The server may reset a connection whose upload it refused; what it answered first still counts.
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE') finish(true);
      else if (!settled) reject(error);
    });
    socket.on('connect', async () => {
      socket.write(`${head.trim()}\r\n\r\n`);
      for (const chunk of options.body ?? []) {
        if (settled || socket.destroyed) return;
        if (!socket.write(chunk)) await new Promise((r) => socket.once('drain', r).once('close', r));
      }
    });
  });
}

function parse(text: string, closed: boolean): RawAnswer {
  const split = text.indexOf('\r\n\r\n');
  const headLines = (split >= 0 ? text.slice(0, split) : text).split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(headLines[0] ?? '')?.[1] ?? 0);
  const headers: Record<string, string> = {};
  for (const line of headLines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status, headers, body: split >= 0 ? text.slice(split + 4) : '', closed };
}

/** A logger whose lines a test can read back, parsed. */
export function createCapturingLogger(): { logger: Logger; lines: () => Record<string, unknown>[] } {
  const raw: string[] = [];
  const logger = createLogger('info', { write: (line: string) => raw.push(line) });
  return { logger, lines: () => raw.map((line) => JSON.parse(line) as Record<string, unknown>) };
}
