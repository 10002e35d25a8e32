// Drops dead peers (protocol-level ping every interval, terminate if the last one went unanswered)
// and closes connections whose client has sent nothing for the idle timeout.
import type { WebSocket } from 'ws';
import { CloseCode } from '../../protocol/errors.ts';

interface Tracked {
  socket: WebSocket;
  alive: boolean;
  lastActivity: () => number;
}

export class Keepalive {
  private readonly tracked = new Set<Tracked>();
  private readonly pingTimer: NodeJS.Timeout;
  private readonly idleTimer: NodeJS.Timeout;

  constructor(
    heartbeatIntervalMs: number,
    private readonly idleTimeoutMs: number,
  ) {
    this.pingTimer = setInterval(() => this.ping(), heartbeatIntervalMs);
    this.idleTimer = setInterval(() => this.closeIdle(), Math.max(50, Math.min(idleTimeoutMs / 4, 30_000)));
    this.pingTimer.unref();
    this.idleTimer.unref();
  }

  track(socket: WebSocket, lastActivity: () => number): () => void {
    const entry: Tracked = { socket, alive: true, lastActivity };
    const onPong = () => {
      entry.alive = true;
    };
    socket.on('pong', onPong);
    this.tracked.add(entry);
    return () => {
      socket.off('pong', onPong);
      this.tracked.delete(entry);
    };
  }

  get size(): number {
    return this.tracked.size;
  }

  stop(): void {
    clearInterval(this.pingTimer);
    clearInterval(this.idleTimer);
  }

  private ping(): void {
    for (const entry of this.tracked) {
      if (!entry.alive) {
        entry.socket.terminate();
        this.tracked.delete(entry);
        continue;
      }
      entry.alive = false;
      entry.socket.ping();
    }
  }

  private closeIdle(): void {
    const now = Date.now();
    for (const entry of this.tracked) {
      if (now - entry.lastActivity() > this.idleTimeoutMs) {
        entry.socket.close(CloseCode.IDLE_TIMEOUT, 'idle timeout');
        this.tracked.delete(entry);
      }
    }
  }
}
