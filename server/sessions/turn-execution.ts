// Runs one turn: turns agent events into protocol events, keeps them in memory, persists them, fans them out.
import { ErrorCode } from '../../protocol/errors.ts';
import type { ActivityEvent, CompletionResults, ServerMessage, TurnStatus } from '../../protocol/messages.ts';
import type { RouteArgs } from '../agents/contract.ts';
import type { ToolUpdate, TurnEvents, TurnOutcome } from '../agents/turn.ts';
import type { ProviderFailure } from '../llm/registry.ts';
import { remainingSteps, routeEvent } from './interrupted-turns.ts';
import type { LiveSession } from './live-session.ts';
import type { WriteBehind } from './write-behind.ts';

export const FIRST_AGENT = 'OrchestratorAgent';

/**
 * Starts every agent message after the turn's first: clients that join a turn's chunks into one text
 * (the guide's page and its React example do) then read each agent's words as a paragraph of its own.
 */
export const FOLLOW_ON_SEPARATOR = '\n\n';

export interface TurnExecutionDeps {
  session: LiveSession;
  writer: WriteBehind;
  turnId: string;
  agentTimeoutMs: number;
  newId: (prefix: string) => string;
  now: () => string;
}

export type StopReason = 'stopped' | 'timeout' | 'shutdown';

/** Why the abort signal fired, readable by whoever awaits the runner. */
export class TurnAborted extends Error {
  constructor(readonly reason: StopReason) {
    super(`Turn ${reason}`);
    this.name = 'TurnAborted';
  }
}

/** A failure an agent raised with a protocol code keeps it; anything else is the provider's to describe. */
export function describeTurnFailure(
  error: unknown,
  describeProviderFailure: (error: unknown) => ProviderFailure,
): ProviderFailure {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code in ErrorCode) {
    const details = (error as { details?: unknown }).details;
    return {
      code: code as ErrorCode,
      message: (error as Error).message,
      details: details && typeof details === 'object' ? (details as Record<string, unknown>) : {},
    };
  }
  return describeProviderFailure(error);
}

export class TurnExecution implements TurnEvents {
  readonly controller = new AbortController();
  private agent = FIRST_AGENT;
  private readonly agentsUsed: string[] = [];
  private finished = false;
  /** Whether an agent message of this turn has been opened, so the next one starts a new paragraph. */
  private openedMessage = false;
  private watchdog: NodeJS.Timeout | undefined;

  constructor(private readonly deps: TurnExecutionDeps) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get isFinished(): boolean {
    return this.finished;
  }

  start(reason = 'Analysing the request'): void {
    this.switchAgent(FIRST_AGENT, reason);
  }

  /** Records the workflow's steps with the turn, so a `resume` after a failure knows what was left. */
  routed(route: RouteArgs): void {
    if (this.finished) return;
    this.touch();
    this.emitActivity(routeEvent(this.deps.turnId, this.agent, route, this.deps.now()));
  }

  switchAgent(to: string, reason: string): void {
    if (this.finished) return;
    this.closeOpenMessage('complete');
    const from = this.agentsUsed.length === 0 ? null : this.agent;
    this.agent = to;
    if (!this.agentsUsed.includes(to)) this.agentsUsed.push(to);
    this.emitActivity({
      type: 'agent_switch',
      from_agent: from,
      to_agent: to,
      reason,
      timestamp: this.deps.now(),
      turn_id: this.deps.turnId,
    });
  }

  text(text: string): void {
    if (this.finished || text.length === 0) return;
    this.touch();
    const { session, writer, turnId } = this.deps;
    let delta = text;
    if (!session.open) {
      if (this.openedMessage) delta = FOLLOW_ON_SEPARATOR + delta;
      this.openedMessage = true;
      const record = {
        id: this.deps.newId('msg'),
        turn_id: turnId,
        role: 'agent' as const,
        agent: this.agent,
        content: '',
        status: 'streaming' as const,
        chunk_count: 0,
        created_at: this.deps.now(),
        client_message_id: null,
      };
      session.addMessage(record);
      session.open = { record, chunks: [] };
      writer.insertMessage({ ...record, session_id: session.id });
    }
    const open = session.open;
    const chunk = {
      type: 'stream_chunk' as const,
      content: delta,
      agent: this.agent,
      chunk_id: open.chunks.length + 1,
      total_chunks: null,
      timestamp: this.deps.now(),
      message_id: open.record.id,
      turn_id: turnId,
    };
    open.chunks.push(chunk);
    open.record.content += delta;
    open.record.chunk_count = chunk.chunk_id;
    writer.appendText(open.record.id, delta, chunk.chunk_id);
    session.broadcast(chunk);
  }

  tool(update: ToolUpdate): void {
    if (this.finished) return;
    this.touch();
    this.emitActivity({
      type: 'tool_execution',
      tool_name: update.tool_name,
      status: update.status,
      message: update.message,
      progress: Math.min(1, Math.max(0, update.progress)),
      timestamp: this.deps.now(),
      turn_id: this.deps.turnId,
      tool_call_id: update.tool_call_id,
      agent: this.agent,
      ...(update.result ? { result: update.result } : {}),
    });
  }

  progress(): void {
    if (!this.finished) this.touch();
  }

  /** Arms the no-progress watchdog; `onTimeout` runs once if the agent goes quiet too long. */
  armWatchdog(onTimeout: () => void): void {
    this.onTimeout = onTimeout;
    this.touch();
    this.scheduleWatchdog(this.deps.agentTimeoutMs);
  }

  succeed(outcome: TurnOutcome): void {
    if (this.finished) return;
    const results: CompletionResults = { ...outcome.results, agents_used: this.mergeAgents(outcome.results) };
    this.finish('complete', 'completed', outcome.message, results);
  }

  fail(failure: ProviderFailure): void {
    if (this.finished) return;
    this.emitError(failure.code, failure.message, failure.details);
    this.finish('failed', 'failed', 'Generation failed', { agents_used: [...this.agentsUsed] });
  }

  stop(reason: StopReason): void {
    if (this.finished) return;
    this.controller.abort(new TurnAborted(reason));
    if (reason === 'timeout') {
      this.emitError(
        ErrorCode.AGENT_TIMEOUT,
        `Agent processing timed out after ${this.timeoutSeconds()} seconds`,
        {
          agent: this.agent,
          timeout_duration: this.deps.agentTimeoutMs,
        },
      );
      this.finish('failed', 'failed', 'Generation timed out', { agents_used: [...this.agentsUsed] });
    } else if (reason === 'stopped') {
      this.finish('stopped', 'stopped', 'Generation stopped', { agents_used: [...this.agentsUsed] });
    } else {
      this.finish(
        'interrupted',
        'interrupted',
        'The server shut down while this request was being worked on',
        {
          agents_used: [...this.agentsUsed],
        },
      );
    }
  }

  private onTimeout: (() => void) | undefined;

  private lastProgressAt = 0;

  // Progress only stamps the time; the one timer re-arms itself for what is left when it fires,
  // so a fast stream costs no timer per chunk.
  private touch(): void {
    this.lastProgressAt = Date.now();
  }

  private scheduleWatchdog(delayMs: number): void {
    this.watchdog = setTimeout(() => {
      if (this.finished || !this.onTimeout) return;
      const quietFor = Date.now() - this.lastProgressAt;
      if (quietFor >= this.deps.agentTimeoutMs) this.onTimeout();
      else this.scheduleWatchdog(this.deps.agentTimeoutMs - quietFor);
    }, delayMs);
  }

  private finish(
    messageStatus: 'complete' | 'failed' | 'stopped' | 'interrupted',
    status: TurnStatus,
    message: string,
    results: CompletionResults,
  ): void {
    this.closeOpenMessage(messageStatus);
    clearTimeout(this.watchdog);
    const next =
      status === 'failed' || status === 'interrupted'
        ? remainingSteps(this.deps.session.activity, this.deps.turnId)?.[0]?.agent
        : undefined;
    this.emitActivity({
      type: 'completion',
      message,
      results: next ? { ...results, next_agent: next } : results,
      timestamp: this.deps.now(),
      turn_id: this.deps.turnId,
      status,
    });
    this.finished = true;
  }

  private closeOpenMessage(status: 'complete' | 'failed' | 'stopped' | 'interrupted'): void {
    const { session, writer } = this.deps;
    const open = session.open;
    if (!open || open.record.turn_id !== this.deps.turnId) return;
    open.record.status = status;
    writer.finishMessage(open.record.id, status, {
      content: open.record.content,
      chunk_count: open.record.chunk_count,
    });
    session.open = null;
  }

  private emitError(code: string, message: string, details: Record<string, unknown>): void {
    this.emitActivity({
      type: 'error',
      error_code: code,
      message,
      details,
      timestamp: this.deps.now(),
      turn_id: this.deps.turnId,
    });
  }

  private emitActivity(event: ActivityEvent): void {
    if (this.finished) return;
    const { session, writer } = this.deps;
    session.recordActivity(event);
    writer.appendActivity(session.id, event);
    session.broadcast(event satisfies ServerMessage);
  }

  private mergeAgents(results: CompletionResults): string[] {
    const merged = [...this.agentsUsed];
    for (const name of results.agents_used ?? []) if (!merged.includes(name)) merged.push(name);
    return merged;
  }

  private timeoutSeconds(): string {
    const seconds = this.deps.agentTimeoutMs / 1000;
    return Number.isInteger(seconds) ? String(seconds) : seconds.toFixed(1);
  }
}
