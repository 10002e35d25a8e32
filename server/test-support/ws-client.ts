// A real `ws` client for tests: records what the server sends and waits for what a test expects.
import WebSocket from 'ws';
import type { ServerMessage } from '../../protocol/messages.ts';

type Predicate = (message: ServerMessage) => boolean;

export class TestClient {
  readonly received: ServerMessage[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;
  private waiters: Array<{ predicate: Predicate; from: number; resolve: (m: ServerMessage) => void }> = [];
  private cursor = 0;

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as ServerMessage;
      this.received.push(message);
      const index = this.received.length - 1;
      this.waiters = this.waiters.filter((w) => {
        if (index >= w.from && w.predicate(message)) {
          w.resolve(message);
          return false;
        }
        return true;
      });
    });
    this.closed = new Promise((resolve) => {
      socket.on('close', (code, reason) => resolve({ code, reason: String(reason) }));
    });
  }

  static connect(url: string, headers: Record<string, string> = {}): Promise<TestClient> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, { headers });
      const client = new TestClient(socket);
      socket.once('open', () => resolve(client));
      socket.once('error', reject);
      socket.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    });
  }

  send(message: unknown): void {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** Sends a `message` as the protocol document's BooksWriterWebSocket.sendMessage does. */
  say(content: string, extra: Record<string, unknown> = {}): void {
    this.send({
      type: 'message',
      content,
      user_id: 'anonymous',
      timestamp: new Date().toISOString(),
      ...extra,
    });
  }

  /** Resolves with the first message after the last one waited for that matches; rejects after timeoutMs. */
  waitFor<T extends ServerMessage['type']>(
    type: T,
    predicate: (message: Extract<ServerMessage, { type: T }>) => boolean = () => true,
    timeoutMs = 10_000,
  ): Promise<Extract<ServerMessage, { type: T }>> {
    const match: Predicate = (m) => m.type === type && predicate(m as Extract<ServerMessage, { type: T }>);
    const found = this.received.findIndex((m, i) => i >= this.cursor && match(m));
    if (found >= 0) {
      this.cursor = found + 1;
      return Promise.resolve(this.received[found] as Extract<ServerMessage, { type: T }>);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(`Timed out waiting for ${type}; got ${this.received.map((m) => m.type).join(',')}`),
          ),
        timeoutMs,
      );
      this.waiters.push({
        predicate: match,
        from: this.cursor,
        resolve: (m) => {
          clearTimeout(timer);
          this.cursor = this.received.indexOf(m) + 1;
          resolve(m as Extract<ServerMessage, { type: T }>);
        },
      });
    });
  }

  /** Resolves once `count` messages of this type have arrived in all, wherever the cursor is. */
  async waitForCount(type: ServerMessage['type'], count: number, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.filter((m) => m.type === type).length < count) {
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${count} ${type}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  ofType<T extends ServerMessage['type']>(type: T): Array<Extract<ServerMessage, { type: T }>> {
    return this.received.filter((m): m is Extract<ServerMessage, { type: T }> => m.type === type);
  }

  close(): Promise<{ code: number; reason: string }> {
    this.socket.close();
    return this.closed;
  }
}
