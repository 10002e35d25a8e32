// One connection's view of a session: live events, or a paced replay with live events held behind it.
import type { ServerMessage, StreamChunk } from '../../protocol/messages.ts';

/**
 * A message already turned into its frame's text, so that one large message (a session_state) going
 * to many connections is serialised once.
 */
export interface SerializedMessage {
  readonly type: ServerMessage['type'];
  readonly serialized: string;
}

export type OutgoingMessage = ServerMessage | SerializedMessage;

export function isSerialized(message: OutgoingMessage): message is SerializedMessage {
  return 'serialized' in message;
}

/** The transport side of a connection, as a session needs it. */
export interface Peer {
  readonly id: number;
  /** The owner token the peer connected with, or null. */
  readonly ownerToken: string | null;
  /** Sends one message; returns false when the peer is gone or was dropped for not reading. */
  send(message: OutgoingMessage): boolean;
  /** Ends the connection from the server's side with a close code (the session was deleted, or claimed). */
  disconnect(code: number, reason: string): void;
}

export interface ReplayPacing {
  /** Chunks sent back to back before yielding; each still goes out as its own frame. */
  chunksPerTick: number;
  /** Pause between groups, so a browser renders the intermediate states instead of batching them away. */
  tickMs: number;
}

export class Subscriber {
  /** Messages waiting behind a replay, in order; null when the subscriber is live. */
  private backlog: OutgoingMessage[] | null = null;
  private closed = false;
  private generation = 0;
  private pumping = false;

  constructor(
    readonly peer: Peer,
    private readonly pacing: ReplayPacing,
  ) {}

  deliver(message: OutgoingMessage): void {
    if (this.closed) return;
    if (this.backlog) this.backlog.push(message);
    else if (!this.peer.send(message)) this.closed = true;
  }

  /**
   * Sends `first` (a snapshot of everything so far) now, then `replay` paced, then whatever was
   * delivered meanwhile, then goes live. A newer replay supersedes an unfinished one: its snapshot
   * already holds everything the older one was still sending.
   */
  replay(first: OutgoingMessage, replay: StreamChunk[]): void {
    if (this.closed) return;
    this.generation += 1;
    this.backlog = [];
    this.pumping = true;
    if (!this.peer.send(first)) {
      this.close();
      return;
    }
    this.pump([...replay], this.generation);
  }

  /** Holds live events until `release` or `replay`: a client about to restore gets no chunk twice. */
  hold(): void {
    if (!this.closed && this.backlog === null) this.backlog = [];
  }

  /** Sends what was held and goes live, unless a replay is under way (it goes live by itself). */
  release(): void {
    if (this.closed || this.backlog === null || this.pumping) return;
    const held = this.backlog.splice(0);
    this.backlog = null;
    for (const message of held) this.deliver(message);
  }

  close(): void {
    this.closed = true;
    this.backlog = null;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  private pump(queue: OutgoingMessage[], generation: number): void {
    if (this.closed || generation !== this.generation) return;
    for (let sent = 0; queue.length > 0 && sent < this.pacing.chunksPerTick; sent += 1) {
      if (!this.peer.send(queue.shift() as OutgoingMessage)) {
        this.close();
        return;
      }
    }
    if (this.backlog) queue.push(...this.backlog.splice(0));
    if (queue.length === 0) {
      this.backlog = null;
      this.pumping = false;
      return;
    }
    setTimeout(() => this.pump(queue, generation), this.pacing.tickMs);
  }
}
