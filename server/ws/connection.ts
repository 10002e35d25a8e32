// One WebSocket connection: decode and validate frames, rate-limit, dispatch to the session hub, send.
import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import { CloseCode, ErrorCode } from '../../protocol/errors.ts';
import type { ErrorMessage, ServerMessage, SingleClientMessage } from '../../protocol/messages.ts';
import { parseClientFrame } from '../../protocol/parse.ts';
import type { Logger } from '../logger.ts';
import type { SessionHub } from '../sessions/hub.ts';
import { type HubError, SessionForbidden } from '../sessions/hub-errors.ts';
import { isSerialized, type OutgoingMessage, type Peer, type Subscriber } from '../sessions/subscriber.ts';
import type { ClientIdentity, ClientLimits } from './client-limits.ts';

export interface ConnectionDeps {
  hub: SessionHub;
  limits: ClientLimits;
  logger: Logger;
  /** Past this many unsent bytes the client is not reading: stop sending and close. */
  maxBufferedBytes: number;
  onMessageCounted?: (kind: string) => void;
  onErrorSent?: (code: string) => void;
  onChunkSent?: () => void;
}

let nextConnectionId = 1;

/** How long a new connection's live events wait for a session_restore before flowing anyway. */
const RELEASE_AFTER_MS = 300;

/** Entries of one batch handled back to back before other connections get their turn. */
const ENTRIES_PER_TURN = 32;

const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The TCP socket under a `ws` WebSocket (`ws` keeps it as `_socket`), if it has one. */
function tcpSocketOf(socket: WebSocket): Duplex | undefined {
  const tcp = (socket as unknown as { _socket?: unknown })._socket;
  return tcp && typeof (tcp as Duplex).cork === 'function' ? (tcp as Duplex) : undefined;
}

/** The heartbeat the protocol document's ConnectionManager sends: a `message` whose content is `ping`. */
function isHeartbeat(message: SingleClientMessage): boolean {
  return message.type === 'ping' || (message.type === 'message' && message.content === 'ping');
}

export class Connection implements Peer {
  readonly id = nextConnectionId++;
  lastActivity = Date.now();
  private subscriber: Subscriber | undefined;
  private ready: Promise<void>;
  private closed = false;
  private readonly log: Logger;
  private readonly identity: ClientIdentity;
  private readonly limitsLogged = new Set<string>();
  private readonly tcp: Duplex | undefined;
  private corked = false;
  private readonly uncork = () => {
    this.corked = false;
    this.tcp?.uncork();
  };

  constructor(
    private readonly socket: WebSocket,
    readonly sessionId: string,
    readonly ownerToken: string | null,
    /** The client's address as rate limits count it (see client-address.ts). */
    address: string,
    private readonly deps: ConnectionDeps,
  ) {
    this.identity = { connectionId: this.id, sessionId, owner: ownerToken, address };
    this.tcp = tcpSocketOf(socket);
    this.log = deps.logger.child({ session_id: sessionId, connection_id: this.id });
    this.ready = deps.hub.attach(sessionId, this, ownerToken).then(
      (subscriber) => {
        if (this.closed) {
          deps.hub.detach(sessionId, subscriber);
          return;
        }
        this.subscriber = subscriber;
        // A client that restores does so first thing; one that does not gets the live stream shortly.
        setTimeout(() => subscriber.release(), RELEASE_AFTER_MS).unref();
      },
      (error: unknown) => {
        if (error instanceof SessionForbidden) {
          this.log.warn('refused a connection to a session claimed by its owner');
          this.disconnect(CloseCode.SESSION_FORBIDDEN, 'session belongs to someone else');
          return;
        }
        this.log.error({ err: error }, 'could not open session');
        this.send(this.error(ErrorCode.INTERNAL_ERROR, 'The session could not be opened', {}));
        this.socket.close(CloseCode.INTERNAL_ERROR, 'session unavailable');
      },
    );
  }

  send(message: OutgoingMessage): boolean {
    const socket = this.socket;
    if (this.closed || socket.readyState !== socket.OPEN) return false;
    if (socket.bufferedAmount > this.deps.maxBufferedBytes) {
      this.log.warn({ buffered_bytes: socket.bufferedAmount }, 'closing a connection that stopped reading');
      this.dropSlowConsumer();
      return false;
    }
    if (message.type === 'stream_chunk') {
      this.deps.onChunkSent?.();
      // Only the small frames of a burst are held back together: a restore's large state goes out at
      // once, so a slow reader is still told apart from a fast one by what the kernel could not take.
      this.holdWrites();
    }
    if (isSerialized(message)) {
      socket.send(message.serialized);
      return true;
    }
    if (message.type === 'error') this.deps.onErrorSent?.(message.error_code);
    socket.send(JSON.stringify(message));
    return true;
  }

  /**
   * Frames sent in one run of the code now on the stack and its promise jobs leave in one write:
   * `ws` corks and uncorks the socket around each frame, so without this every chunk of a burst
   * is its own `writev`. `process.nextTick` queued from a promise job runs once the microtask
   * queue is empty, before any timer or I/O, so a frame waits for the burst it belongs to and
   * nothing else. Each message is still its own frame.
   */
  private holdWrites(): void {
    if (this.corked || !this.tcp) return;
    this.corked = true;
    this.tcp.cork();
    process.nextTick(this.uncork);
  }

  /** Handles one received frame, after every frame before it. */
  receive(data: string | ArrayBuffer, isBinary: boolean): void {
    this.lastActivity = Date.now();
    this.ready = this.ready.then(async () => {
      if (this.closed) return;
      if (isBinary || typeof data !== 'string') {
        this.reply(
          this.error(ErrorCode.BINARY_NOT_SUPPORTED, 'Binary frames are not supported; send JSON text', {}),
        );
        return;
      }
      const results = parseClientFrame(data);
      const restoring = results.some((r) => r.ok && r.message.type === 'session_restore');
      if (!restoring) this.subscriber?.release();
      for (const [index, parsed] of results.entries()) {
        // A large batch must not hold up every other connection's frames (and pongs) until it is done.
        if (index > 0 && index % ENTRIES_PER_TURN === 0) {
          await yieldToOthers();
          if (this.closed) return;
        }
        if (parsed.ok) this.dispatchSafely(parsed.message);
        else this.reply(this.error(parsed.error.code, parsed.error.message, parsed.error.details));
      }
    });
  }

  disconnect(code: number, reason: string): void {
    this.closed = true;
    this.socket.close(code, reason);
    setTimeout(() => this.socket.terminate(), 1_000).unref();
  }

  handleClose(): void {
    this.closed = true;
    if (this.subscriber) this.deps.hub.detach(this.sessionId, this.subscriber);
  }

  /** A fault handling one message is reported to its sender and never stops the frames after it. */
  private dispatchSafely(message: SingleClientMessage): void {
    try {
      this.dispatch(message);
    } catch (error) {
      this.log.error({ err: error, message_type: message.type }, 'message handling failed');
      this.reply(this.error(ErrorCode.INTERNAL_ERROR, 'Something went wrong handling that message', {}));
    }
  }

  private dispatch(message: SingleClientMessage): void {
    const { hub, limits } = this.deps;
    if (isHeartbeat(message)) {
      this.deps.onMessageCounted?.('heartbeat');
      this.reply({ type: 'pong', timestamp: new Date().toISOString() });
      return;
    }
    this.deps.onMessageCounted?.(message.type);
    // Restores follow every reconnect and send the whole session: they have limits of their own.
    const restoring = message.type === 'session_restore';
    const limit = restoring ? limits.restore(this.identity) : limits.message(this.identity);
    if (!limit.allowed) {
      const scope = limit.limitedBy?.split(':')[0] ?? 'session';
      // Once per connection and scope: a flood must not become a flood of log lines.
      if (!this.limitsLogged.has(scope)) {
        this.limitsLogged.add(scope);
        this.log.warn({ scope, message_type: message.type }, 'rate limited');
      }
      this.reply({
        ...(restoring
          ? this.error(ErrorCode.RESTORE_LIMITED, 'Too many session restores: wait a moment', {
              retry_after_ms: limit.retryAfterMs,
              scope,
            })
          : this.error(ErrorCode.RATE_LIMITED, 'Too many messages: wait a moment before sending more', {
              retry_after_ms: limit.retryAfterMs,
              scope,
            })),
        retry_after_ms: limit.retryAfterMs,
      });
      return;
    }
    let failure: HubError | undefined;
    switch (message.type) {
      case 'message': {
        const outcome = hub.submit(this.sessionId, message);
        if (outcome && 'duplicateOf' in outcome) this.reply(outcome.duplicateOf);
        else failure = outcome;
        break;
      }
      case 'retry':
      case 'resume': {
        const outcome = hub.repeat(this.sessionId, message);
        if (outcome && 'duplicateOf' in outcome) this.reply(outcome.duplicateOf);
        else failure = outcome;
        break;
      }
      case 'model_switch':
        failure = hub.switchModel(this.sessionId, message.model ?? message.content ?? '');
        break;
      case 'session_restore':
        if (this.subscriber)
          hub.restore(this.sessionId, this.subscriber, message.last_message_id, message.last_chunk_id);
        break;
      case 'cancel':
        failure = hub.cancel(this.sessionId, message.message_id);
        break;
      case 'ping':
        break;
    }
    if (failure) this.reply(this.error(failure.code, failure.message, failure.details));
  }

  /** Replies go through the subscriber so they stay in order behind a replay. */
  private reply(message: ServerMessage): void {
    if (this.subscriber) this.subscriber.deliver(message);
    else this.send(message);
  }

  private error(code: string, message: string, details: Record<string, unknown>): ErrorMessage {
    return { type: 'error', error_code: code, message, details, timestamp: new Date().toISOString() };
  }

  private dropSlowConsumer(): void {
    this.closed = true;
    if (this.subscriber) this.deps.hub.detach(this.sessionId, this.subscriber);
    this.socket.close(CloseCode.SLOW_CONSUMER, 'slow consumer');
    setTimeout(() => this.socket.terminate(), 1_000).unref();
  }
}
