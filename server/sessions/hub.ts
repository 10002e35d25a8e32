// Every live session: loading from storage, fan-out to connections, the turn queue, stop, restore, model.
import { randomUUID } from 'node:crypto';
import { CloseCode } from '../../protocol/errors.ts';
import type { UserMessage } from '../../protocol/messages.ts';
import { mayUse } from '../ownership.ts';
import { draftToContinue } from './draft-continuation.ts';
import type { SessionHubDeps } from './hub-deps.ts';
import {
  type HubError,
  modelUnavailable,
  nothingToCancel,
  queueFull,
  SessionForbidden,
} from './hub-errors.ts';
import { recordUnfinishedTurns } from './interrupted-turns.ts';
import type { LiveSession, PendingTurn } from './live-session.ts';
import { RestoreFrames } from './restore-frames.ts';
import { SessionCache } from './session-cache.ts';
import { type Peer, type ReplayPacing, Subscriber } from './subscriber.ts';
import { type Duplicate, duplicateOf, planRepeat, type TurnAction } from './turn-actions.ts';
import { TurnQueue } from './turn-queue.ts';
import { WriteBehind } from './write-behind.ts';

export type { SessionHubDeps } from './hub-deps.ts';

export class SessionHub {
  private readonly sessions: SessionCache;
  private readonly turns: TurnQueue;
  private readonly writer: WriteBehind;
  private readonly pacing: ReplayPacing;
  private readonly restoreFrames = new RestoreFrames();

  constructor(private readonly deps: SessionHubDeps) {
    this.writer = new WriteBehind(deps.repo.sessions, {
      flushIntervalMs: deps.flushIntervalMs ?? 100,
      onError: (error, operation) => deps.logger.error({ err: error, operation }, 'session write failed'),
    });
    this.pacing = deps.replayPacing ?? { chunksPerTick: 4, tickMs: 8 };
    // A turn a crash or restart cut off is given its end as the session comes back, so the writer sees it.
    this.sessions = new SessionCache(
      deps.repo.sessions,
      deps.models,
      deps.evictAfterMs ?? 60_000,
      (session) => recordUnfinishedTurns(session, this.writer, this.timestamp()),
    );
    this.turns = new TurnQueue({
      ...deps,
      writer: this.writer,
      newId: (prefix) => this.newId(prefix),
      timestamp: () => this.timestamp(),
      onIdle: (session) => this.sessions.release(session),
    });
  }

  /**
   * Joins a connection to a session (loading or creating it) and greets it with `connected`. The
   * subscriber starts holding live events; the caller releases it (or restores) on the first frame.
   */
  async attach(sessionId: string, peer: Peer, ownerToken: string | null = null): Promise<Subscriber> {
    const session = await this.sessions.load(sessionId, ownerToken);
    if (ownerToken && session.claimFor(ownerToken) && session.persisted) {
      this.writer.claimSession(session.id, ownerToken);
    }
    // Checked again here: the session may have been claimed since the upgrade was allowed.
    if (!session.admits(ownerToken)) {
      this.sessions.release(session);
      throw new SessionForbidden(sessionId);
    }
    const subscriber = new Subscriber(peer, this.pacing);
    session.subscribers.add(subscriber);
    subscriber.deliver({
      type: 'connected',
      session_id: session.id,
      model: session.model,
      generating: session.generating,
      timestamp: this.timestamp(),
    });
    // Live events wait until the connection says whether it is restoring (see Connection).
    subscriber.hold();
    return subscriber;
  }

  /** Whether a connection with this owner token (or none) may open the session. */
  async mayAttach(sessionId: string, ownerToken: string | null): Promise<boolean> {
    const live = this.sessions.get(sessionId);
    if (live) return live.admits(ownerToken);
    return mayUse(await this.deps.repo.sessions.getSession(sessionId), ownerToken);
  }

  /**
   * Deletes a session: its turns are stopped, its queue dropped, its connections closed with
   * SESSION_DELETED, and only once everything it had written is flushed is its row deleted, so
   * nothing keeps running or writing against deleted rows. False when there was no such session.
   */
  async deleteSession(sessionId: string): Promise<boolean> {
    const live = this.sessions.get(sessionId);
    if (live) {
      this.sessions.forget(sessionId);
      live.queue.length = 0;
      this.turns.active(live)?.stop('stopped');
      for (const subscriber of live.subscribers) {
        subscriber.close();
        subscriber.peer.disconnect(CloseCode.SESSION_DELETED, 'session deleted');
      }
      live.subscribers.clear();
    }
    await this.writer.drain();
    return this.deps.repo.sessions.deleteSession(sessionId);
  }

  detach(sessionId: string, subscriber: Subscriber): void {
    subscriber.close();
    const session = this.sessions.get(sessionId);
    if (!session) return;
    session.subscribers.delete(subscriber);
    this.sessions.release(session);
  }

  /**
   * Accepts a writer's message: answered now, or queued behind the turn being generated. A resend
   * of a message the session already has is not run again; the sender gets the original's receipt.
   */
  submit(sessionId: string, message: UserMessage): HubError | Duplicate | undefined {
    const session = this.requireLive(sessionId);
    const duplicate = duplicateOf(session, message.client_message_id);
    if (duplicate) return duplicate;
    // A model named in the message's options that this server cannot serve (the guide's own example
    // names one) falls back to the session's model; the completion says which model answered.
    const requested = message.options?.model;
    const resolved = requested ? this.deps.models.resolve(requested) : undefined;
    return this.enqueue(session, message.content, message.client_message_id ?? null, {
      modelId: resolved?.id ?? session.model,
      ...(requested && !resolved ? { requestedModel: requested } : {}),
    });
  }

  /**
   * Runs a finished turn's request again (`retry`), or continues its workflow from the first step
   * that had not saved (`resume`), as a new turn with the same exactly-once rules as a message.
   */
  repeat(sessionId: string, action: TurnAction): HubError | Duplicate | undefined {
    const session = this.requireLive(sessionId);
    const duplicate = duplicateOf(session, action.client_message_id);
    if (duplicate) return duplicate;
    const plan = planRepeat(session, action);
    if ('code' in plan) return plan;
    return this.enqueue(session, plan.content, action.client_message_id ?? null, {
      modelId: session.model,
      ...(plan.route ? { route: plan.route } : {}),
    });
  }

  private enqueue(
    session: LiveSession,
    content: string,
    clientId: string | null,
    run: Pick<PendingTurn, 'modelId' | 'requestedModel' | 'route'>,
  ): HubError | undefined {
    const maxQueued = this.deps.maxQueuedTurns ?? 20;
    if (session.generating && session.queue.length >= maxQueued) return queueFull(maxQueued);
    const turn: PendingTurn = {
      turnId: this.newId('turn'),
      userMessageId: this.newId('msg'),
      content,
      ...run,
    };
    const record = {
      id: turn.userMessageId,
      turn_id: turn.turnId,
      role: 'user' as const,
      agent: null,
      content,
      status: 'complete' as const,
      chunk_count: 0,
      created_at: this.timestamp(),
      client_message_id: clientId,
    };
    session.addMessage(record);
    this.persist(session);
    this.writer.insertMessage({ ...record, session_id: session.id });
    session.broadcast(session.receiptFor(record, session.generating));
    session.queue.push(turn);
    this.turns.startNext(session);
    return undefined;
  }

  /**
   * Sends one connection the session's state, then the chunks it missed, then the live stream. The
   * state's frame is serialised once and shared by every restore of the same state.
   */
  restore(sessionId: string, subscriber: Subscriber, lastMessageId?: string, lastChunkId?: number): void {
    const session = this.requireLive(sessionId);
    const { state, replay } = this.restoreFrames.take(session, lastMessageId, lastChunkId, () =>
      this.timestamp(),
    );
    subscriber.replay(state, replay);
  }

  switchModel(sessionId: string, requested: string): HubError | undefined {
    const session = this.requireLive(sessionId);
    const resolved = this.deps.models.resolve(requested);
    if (!resolved) return modelUnavailable(this.deps.models, requested);
    const previous = session.model;
    session.model = resolved.id;
    this.persist(session);
    this.writer.setSessionModel(session.id, resolved.id);
    session.broadcast({
      type: 'model_switched',
      model: resolved.id,
      previous_model: previous,
      timestamp: this.timestamp(),
    });
    return undefined;
  }

  /** Stops the turn being generated, or drops a queued one; `messageId` may name a turn or a message. */
  cancel(sessionId: string, messageId?: string): HubError | undefined {
    const session = this.requireLive(sessionId);
    const active = this.turns.active(session);
    const matchesActive =
      active &&
      (messageId === undefined ||
        messageId === session.activeTurnId ||
        session.messages.some((m) => m.id === messageId && m.turn_id === session.activeTurnId));
    if (active && matchesActive) {
      active.stop('stopped');
      return undefined;
    }
    const queuedIndex = session.queue.findIndex(
      (t) => t.turnId === messageId || t.userMessageId === messageId,
    );
    const queued = session.queue[queuedIndex];
    if (queued) {
      session.queue.splice(queuedIndex, 1);
      this.turns.createExecution(session, queued.turnId).stop('stopped');
      return undefined;
    }
    return nothingToCancel(messageId);
  }

  isGenerating(sessionId: string): boolean {
    return this.sessions.get(sessionId)?.generating ?? false;
  }

  /** Sessions in memory and connections across them, for metrics and tests. */
  stats(): { sessions: number; connections: number; generating: number } {
    return this.sessions.stats();
  }

  /**
   * Continues a book draft a restart cut off, from its last saved scene, as the writer's own `resume`
   * would; false when the session's last turn was not a draft with scenes left to write.
   */
  async continueDraft(sessionId: string): Promise<boolean> {
    const session = await this.sessions.load(sessionId, null);
    const action = draftToContinue(session);
    const refused = action ? this.repeat(sessionId, action) : undefined;
    this.sessions.release(session);
    return action !== undefined && refused === undefined;
  }

  /** Marks replies in progress as interrupted and writes everything out. */
  async shutdown(): Promise<void> {
    this.turns.stopAll();
    this.sessions.stop();
    await this.writer.drain();
  }

  /** Resolves once every write so far is in the database. */
  flush(): Promise<void> {
    return this.writer.drain();
  }

  /** Writes the session's row ahead of the first thing it keeps. */
  private persist(session: LiveSession): void {
    if (session.persisted) return;
    session.persisted = true;
    this.writer.ensureSession(session.id, { owner_token: session.ownerToken });
  }

  private requireLive(sessionId: string): LiveSession {
    const session = this.sessions.get(sessionId);
    if (!session) throw new Error(`Session ${sessionId} is not attached`);
    return session;
  }

  private newId(prefix: string): string {
    return `${prefix}_${randomUUID().replaceAll('-', '')}`;
  }

  private timestamp(): string {
    return (this.deps.now?.() ?? new Date()).toISOString();
  }
}
