// A soak client's WebSocket: collects frames, waits for one, and closes without counting frames that arrive late.
import WebSocket from 'ws';

export type Frame = Record<string, unknown> & { type: string };

export class SoakSocket {
  private waiters: Array<{ match: (f: Frame) => boolean; resolve: (f: Frame) => void }> = [];
  private closedFlag = false;

  private constructor(
    private readonly socket: WebSocket,
    private readonly onFrame: (frame: Frame) => void,
  ) {
    socket.on('message', (data) => {
      if (this.closedFlag) return;
      const frame = JSON.parse(String(data)) as Frame;
      this.onFrame(frame);
      this.waiters = this.waiters.filter((w) => {
        if (!w.match(frame)) return true;
        w.resolve(frame);
        return false;
      });
    });
    socket.on('close', () => {
      this.closedFlag = true;
    });
    socket.on('error', () => {});
  }

  /** Resolves once the server's `connected` frame has arrived. */
  static async open(url: string, onFrame: (frame: Frame) => void): Promise<SoakSocket> {
    const socket = new WebSocket(url);
    const client = new SoakSocket(socket, onFrame);
    const connected = client.waitFor((f) => f.type === 'connected', 10_000);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    await connected;
    return client;
  }

  get closed(): boolean {
    return this.closedFlag || this.socket.readyState !== WebSocket.OPEN;
  }

  send(message: Record<string, unknown>): void {
    if (!this.closed) this.socket.send(JSON.stringify({ timestamp: new Date().toISOString(), ...message }));
  }

  waitFor(match: (f: Frame) => boolean, timeoutMs: number): Promise<Frame> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.resolve !== done);
        reject(new Error(`no matching frame within ${timeoutMs} ms`));
      }, timeoutMs);
      const done = (frame: Frame) => {
        clearTimeout(timer);
        resolve(frame);
      };
      this.waiters.push({ match, resolve: done });
    });
  }

  /**
   * Closes as a dropped tab would. `ws` still delivers frames already read after close(), so the socket
   * is paused first and nothing after this moment reaches the checker.
   */
  drop(): void {
    this.closedFlag = true;
    this.socket.pause();
    this.socket.terminate();
  }

  close(): void {
    this.closedFlag = true;
    this.socket.pause();
    this.socket.close(1000);
  }
}
