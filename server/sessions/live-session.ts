// A session held in memory: its transcript, recent activity, connections and turn queue.

import { CloseCode } from '../../protocol/errors.ts';
import type {
  ActivityEvent,
  Completion,
  ServerMessage,
  SessionState,
  StreamChunk,
  TranscriptMessage,
  UserMessageAccepted,
} from '../../protocol/messages.ts';
import type { RouteArgs } from '../agents/contract.ts';
import type { OutgoingMessage, Subscriber } from './subscriber.ts';

export interface PendingTurn {
  turnId: string;
  userMessageId: string;
  content: string;
  modelId: string;
  /** The `options.model` a message asked for when the server could not serve it and the session's model ran. */
  requestedModel?: string;
  /** For a resumed turn: the workflow steps left over from the turn it continues, run without routing again. */
  route?: RouteArgs;
}

/** The agent message being written right now, with every chunk kept for resumption. */
export interface OpenMessage {
  record: TranscriptMessage;
  chunks: StreamChunk[];
}

const ACTIVITY_KEPT = 500;

export class LiveSession {
  readonly subscribers = new Set<Subscriber>();
  readonly queue: PendingTurn[] = [];
  /** The turn being generated, if any; set and cleared by the hub. */
  activeTurnId: string | null = null;
  open: OpenMessage | null = null;
  /**
   * Goes up with every change a client can see (each is broadcast, or adds a message or an event),
   * so a serialised snapshot can be reused until the session moves on.
   */
  version = 0;
  private readonly byClientMessageId: Map<string, TranscriptMessage>;

  constructor(
    readonly id: string,
    public model: string,
    readonly messages: TranscriptMessage[],
    readonly activity: ActivityEvent[],
    /** Whose session it is; null for one opened without an owner token (reachable by id alone). */
    public ownerToken: string | null = null,
    /** Whether the session has a row in the database yet: none is written until it has something to keep. */
    public persisted = true,
  ) {
    this.byClientMessageId = new Map(
      messages.flatMap((m) => (m.client_message_id ? [[m.client_message_id, m] as const] : [])),
    );
  }

  get generating(): boolean {
    return this.activeTurnId !== null;
  }

  get idle(): boolean {
    return this.subscribers.size === 0 && this.activeTurnId === null && this.queue.length === 0;
  }

  /** Whether a connection carrying `owner` (or none) may use this session. */
  admits(owner: string | null): boolean {
    return this.ownerToken === null || this.ownerToken === owner;
  }

  /**
   * The first owner to arrive takes an ownerless session nobody has written in, so that an id opened
   * in advance by someone else cannot be used to read what the owner later writes there. Connections
   * of anyone else are closed. True when the session changed hands.
   */
  claimFor(owner: string | null): boolean {
    if (owner === null || this.ownerToken !== null || this.messages.length > 0) return false;
    this.ownerToken = owner;
    for (const subscriber of this.subscribers) {
      if (subscriber.peer.ownerToken !== owner) {
        this.subscribers.delete(subscriber);
        subscriber.close();
        subscriber.peer.disconnect(CloseCode.SESSION_FORBIDDEN, 'session claimed by its owner');
      }
    }
    return true;
  }

  broadcast(message: ServerMessage): void {
    this.version += 1;
    // Serialised once for every connection of the session (errors stay objects: their code is counted per send).
    const outgoing: OutgoingMessage =
      this.subscribers.size > 1 && message.type !== 'error'
        ? { type: message.type, serialized: JSON.stringify(message) }
        : message;
    for (const subscriber of this.subscribers) subscriber.deliver(outgoing);
  }

  findClientMessage(clientMessageId: string): TranscriptMessage | undefined {
    return this.byClientMessageId.get(clientMessageId);
  }

  addMessage(message: TranscriptMessage): void {
    this.version += 1;
    this.messages.push(message);
    if (message.client_message_id) this.byClientMessageId.set(message.client_message_id, message);
  }

  recordActivity(event: ActivityEvent): void {
    this.version += 1;
    this.activity.push(event);
    if (this.activity.length > ACTIVITY_KEPT * 2)
      this.activity.splice(0, this.activity.length - ACTIVITY_KEPT);
  }

  /** The acknowledgement of an accepted user message, as every connection of the session sees it. */
  receiptFor(message: TranscriptMessage, queued: boolean): UserMessageAccepted {
    return {
      type: 'user_message',
      message_id: message.id,
      turn_id: message.turn_id,
      content: message.content,
      client_message_id: message.client_message_id,
      queued,
      timestamp: message.created_at,
    };
  }

  /** The turn's completion event, which every turn emits exactly once as it ends. */
  completionOf(turnId: string): Completion | undefined {
    for (let i = this.activity.length - 1; i >= 0; i -= 1) {
      const event = this.activity[i];
      if (event?.type === 'completion' && event.turn_id === turnId) return event;
    }
    return undefined;
  }

  /** How many chunks of the message being written a restoring client has seen (all, unless it says). */
  restorePoint(lastMessageId: string | undefined, lastChunkId: number | undefined): number {
    const open = this.open;
    if (open && lastMessageId === open.record.id && lastChunkId !== undefined) {
      return Math.min(lastChunkId, open.chunks.length);
    }
    return open?.chunks.length ?? 0;
  }

  /**
   * The session as a restoring client should see it. When the client last saw chunk k of the
   * message still being written, the snapshot holds that message up to k and `replay` holds k+1…n;
   * otherwise the snapshot holds it up to now.
   */
  snapshot(lastMessageId: string | undefined, lastChunkId: number | undefined, now: string) {
    const open = this.open;
    const seen = this.restorePoint(lastMessageId, lastChunkId);
    const messages = this.messages.map((m) =>
      open && m === open.record
        ? { ...m, content: joinChunks(open.chunks, seen), chunk_count: seen }
        : { ...m },
    );
    const state: SessionState = {
      type: 'session_state',
      session_id: this.id,
      model: this.model,
      messages,
      activity: this.activity.slice(-ACTIVITY_KEPT),
      in_flight: open
        ? {
            message_id: open.record.id,
            turn_id: open.record.turn_id,
            agent: open.record.agent ?? '',
            chunk_id: seen,
          }
        : null,
      queued_turns: this.queue.length,
      timestamp: now,
    };
    return { state, replay: open ? open.chunks.slice(seen) : [] };
  }
}

function joinChunks(chunks: StreamChunk[], count: number): string {
  let text = '';
  for (let i = 0; i < count; i += 1) text += chunks[i]?.content ?? '';
  return text;
}
