// Runs a session's turns one at a time: starts the next queued turn when the current one settles.
import type { TurnStatus } from '../../protocol/messages.ts';
import { type TurnRunner, type TurnUsage, usageOf } from '../agents/turn.ts';
import type { ModelRegistry, ProviderFailure } from '../llm/registry.ts';
import type { Logger } from '../logger.ts';
import { ownerKeyOf } from '../ownership.ts';
import { modelUnavailable } from './hub-errors.ts';
import type { LiveSession } from './live-session.ts';
import { describeTurnFailure, TurnAborted, TurnExecution } from './turn-execution.ts';
import type { WriteBehind } from './write-behind.ts';

export interface TurnQueueDeps {
  models: ModelRegistry;
  runTurn: TurnRunner;
  describeError: (error: unknown) => ProviderFailure;
  logger: Logger;
  agentTimeoutMs: number;
  writer: WriteBehind;
  newId: (prefix: string) => string;
  timestamp: () => string;
  /** Called when a session has nothing left to run, so it may be dropped from memory later. */
  onIdle: (session: LiveSession) => void;
  onTurnFinished?: TurnFinished;
}

/** Told once per turn how it ended, how long it took and what the provider reported using. */
export type TurnFinished = (
  status: TurnStatus,
  durationMs: number,
  usage: TurnUsage | undefined,
  modelId: string,
) => void;

export class TurnQueue {
  private readonly turns = new Map<string, TurnExecution>();
  private closing = false;

  constructor(private readonly deps: TurnQueueDeps) {}

  /** The execution of the turn the session is generating, if any. */
  active(session: LiveSession): TurnExecution | undefined {
    return session.activeTurnId ? this.turns.get(session.activeTurnId) : undefined;
  }

  /** Stops every running turn for a shutdown; nothing queued starts after it. */
  stopAll(): void {
    this.closing = true;
    for (const execution of this.turns.values()) execution.stop('shutdown');
  }

  createExecution(session: LiveSession, turnId: string): TurnExecution {
    return new TurnExecution({
      session,
      writer: this.deps.writer,
      turnId,
      agentTimeoutMs: this.deps.agentTimeoutMs,
      newId: this.deps.newId,
      now: this.deps.timestamp,
    });
  }

  /** Starts the session's next queued turn unless one is running. */
  startNext(session: LiveSession): void {
    const { deps } = this;
    if (session.generating || this.closing) return;
    const turn = session.queue.shift();
    if (!turn) {
      deps.onIdle(session);
      return;
    }
    session.activeTurnId = turn.turnId;
    const execution = this.createExecution(session, turn.turnId);
    this.turns.set(turn.turnId, execution);
    const resolved = deps.models.resolve(turn.modelId) ?? deps.models.resolve(deps.models.defaultModelId);
    const history = session.messages.filter((m) => m.turn_id !== turn.turnId);
    const startedAt = Date.now();
    execution.start(turn.route ? 'Resuming where the interrupted request stopped' : undefined);
    execution.armWatchdog(() => execution.stop('timeout'));
    const log = deps.logger.child({ session_id: session.id, turn_id: turn.turnId, model: turn.modelId });
    log.info('turn started');

    let usage: TurnUsage | undefined;
    const settle = () => {
      this.turns.delete(turn.turnId);
      session.activeTurnId = null;
      const durationMs = Date.now() - startedAt;
      const completion = session.completionOf(turn.turnId);
      const status = completion?.status;
      log.info({ duration_ms: durationMs, status, agents: completion?.results.agents_used }, 'turn finished');
      if (status) deps.onTurnFinished?.(status, durationMs, usage, turn.modelId);
      this.startNext(session);
    };
    if (!resolved) {
      execution.fail(modelUnavailable(deps.models, turn.modelId));
      settle();
      return;
    }
    deps
      .runTurn({
        sessionId: session.id,
        owner: ownerKeyOf({ id: session.id, owner_token: session.ownerToken }),
        turnId: turn.turnId,
        content: turn.content,
        model: resolved.model,
        modelId: resolved.id,
        history,
        signal: execution.signal,
        events: execution,
        ...(turn.route ? { route: turn.route } : {}),
      })
      .then(
        (outcome) => {
          usage = outcome.usage;
          const answeredBy = turn.requestedModel
            ? { model: resolved.id, requested_model: turn.requestedModel }
            : { model: resolved.id };
          execution.succeed({ ...outcome, results: { ...outcome.results, ...answeredBy } });
        },
        (error: unknown) => {
          usage = usageOf(error);
          if (execution.isFinished || error instanceof TurnAborted) return;
          log.warn({ err: error }, 'turn failed');
          execution.fail(describeTurnFailure(error, deps.describeError));
        },
      )
      .finally(settle);
  }
}
