// The seam between a session and its agents: one turn in, a stream of agent events out.
import type { LanguageModel } from 'ai';
import type { CompletionResults, TranscriptMessage } from '../../protocol/messages.ts';
import type { RouteArgs } from './contract.ts';

export interface ToolUpdate {
  tool_call_id: string;
  tool_name: string;
  status: 'executing' | 'completed' | 'failed';
  /** Plain words for the writer, e.g. "Saving plot to database...". */
  message: string;
  progress: number;
  result?: Record<string, unknown>;
}

/** How agents report what they do; the session turns these into protocol events, persists and fans out. */
export interface TurnEvents {
  /** Hands the turn to another agent; the next text belongs to it. */
  switchAgent(to: string, reason: string): void;
  /** Text streamed by the current agent, in the order written. */
  text(delta: string): void;
  tool(update: ToolUpdate): void;
  /**
   * The provider sent something that is not text (tool-argument deltas, reasoning, step boundaries):
   * the agent is still working, so the no-progress watchdog must not fire.
   */
  progress?(): void;
  /** The specialists the turn will run, in order, once they are decided: a resumed turn continues from them. */
  routed?(route: RouteArgs): void;
}

export interface TurnInput {
  sessionId: string;
  /** The owner key of the session (see `ownerKeyOf`): the turn sees and makes only this owner's work. */
  owner: string;
  turnId: string;
  /** The writer's message. */
  content: string;
  model: LanguageModel;
  modelId: string;
  /** The session's transcript before this message. */
  history: TranscriptMessage[];
  /** Aborted on stop, on agent timeout and at shutdown; pass it to every model call. */
  signal: AbortSignal;
  events: TurnEvents;
  /** The book the session belongs to: its library is the turn's. Undefined or null before it has one. */
  projectId?: string | null;
  /** The steps to run without asking the orchestrator again: what an interrupted turn had left to do. */
  route?: RouteArgs;
}

/** Tokens the provider reported for a whole turn, when the runner collects them. */
export interface TurnUsage {
  inputTokens?: number;
  outputTokens?: number;
}

export interface TurnOutcome {
  /** One line for the completion event, e.g. "Plot generation completed successfully". */
  message: string;
  results: CompletionResults;
  usage?: TurnUsage;
}

export type TurnRunner = (input: TurnInput) => Promise<TurnOutcome>;

const USAGE = Symbol('turn usage');

/** Marks a turn's failure with the tokens spent before it, so a failed turn still counts them. */
export function withUsage(error: unknown, usage: TurnUsage): unknown {
  if (typeof error === 'object' && error !== null && Object.isExtensible(error)) {
    Object.defineProperty(error, USAGE, { value: usage, enumerable: false, configurable: true });
  }
  return error;
}

export function usageOf(error: unknown): TurnUsage | undefined {
  return typeof error === 'object' && error !== null
    ? ((error as { [USAGE]?: TurnUsage })[USAGE] ?? undefined)
    : undefined;
}
