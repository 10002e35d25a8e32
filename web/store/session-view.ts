// The browser's picture of one writing session: transcript items, streaming progress, turns and the outbox.
import type { CompletionResults, MessageStatus, TurnStatus } from '../../protocol/messages.ts';

export type ToolStatus = 'executing' | 'completed' | 'failed';

export type TranscriptItem =
  | {
      kind: 'user';
      id: string;
      turn_id: string;
      content: string;
      created_at: string;
      /** Accepted while another reply runs: waits at the end of the transcript until its turn starts. */
      queued: boolean;
    }
  | {
      kind: 'agent';
      id: string;
      turn_id: string;
      agent: string;
      content: string;
      status: MessageStatus;
      created_at: string;
    }
  | {
      kind: 'handoff';
      id: string;
      turn_id: string;
      from_agent: string | null;
      to_agent: string;
      reason: string;
      created_at: string;
    }
  | {
      kind: 'tool';
      id: string;
      turn_id: string;
      tool_name: string;
      agent: string;
      status: ToolStatus;
      message: string;
      /** What the tool said it was doing, in order; the last is `message`. Kept once it finishes. */
      steps: string[];
      progress: number;
      result: Record<string, unknown> | null;
      created_at: string;
    }
  | {
      kind: 'completion';
      id: string;
      turn_id: string;
      message: string;
      results: CompletionResults;
      status: TurnStatus;
      /** Why a failed turn ended: its error, folded into the card that offers a way on. */
      reason: { code: string; message: string } | null;
      created_at: string;
    }
  | {
      kind: 'error';
      id: string;
      turn_id: string | null;
      error_code: string;
      message: string;
      retry_after_ms: number | null;
      created_at: string;
    }
  | { kind: 'notice'; id: string; text: string; created_at: string };

export type TranscriptItemKind = TranscriptItem['kind'];

/** Why the server refused a message the writer sent; kept beside the message so nothing typed is lost. */
export interface DeliveryFailure {
  error_code: string;
  message: string;
  retry_after_ms: number | null;
}

/** A message the writer typed that the server has not accepted yet. */
export interface OutboxEntry {
  client_message_id: string;
  content: string;
  created_at: string;
  /** queued: waiting for a connection; sending: sent, waiting for `user_message`; failed: refused. */
  delivery: 'queued' | 'sending' | 'failed';
  failure: DeliveryFailure | null;
}

export interface SessionView {
  sessionId: string | null;
  model: string | null;
  /** What `connected` said; decides whether a restored transcript still has a reply running. */
  serverGenerating: boolean;
  /** Turns accepted and not yet finished, oldest first. */
  pendingTurns: string[];
  /** The turn the latest agent event belongs to; what Stop cancels. */
  activeTurnId: string | null;
  currentAgent: string | null;
  /** The agent message receiving chunks right now. */
  streamingMessageId: string | null;
  /**
   * `order`, `items` and `chunkCounts` grow with the session, so the reducer writes them in place rather
   * than copying them per message; they belong to the newest view, and `revision` counts their edits.
   */
  order: string[];
  items: Record<string, TranscriptItem>;
  /** Last chunk_id applied per agent message, so a repeated or replayed chunk is never appended twice. */
  chunkCounts: Record<string, number>;
  revision: number;
  /** The last chunk seen, sent back in `session_restore` after a reconnect or a refresh. */
  lastSeen: { message_id: string; chunk_id: number } | null;
  outbox: OutboxEntry[];
  /** Counter for ids of items the server does not name (errors, notices). */
  localSeq: number;
}

export function createSessionView(sessionId: string | null = null, outbox: OutboxEntry[] = []): SessionView {
  return {
    sessionId,
    model: null,
    serverGenerating: false,
    pendingTurns: [],
    activeTurnId: null,
    currentAgent: null,
    streamingMessageId: null,
    order: [],
    items: {},
    chunkCounts: {},
    revision: 0,
    lastSeen: null,
    outbox,
    localSeq: 0,
  };
}

export function isGenerating(view: SessionView): boolean {
  return view.pendingTurns.length > 0;
}

/** Item ids are namespaced by kind, because tool-call, message and turn ids come from separate sequences. */
export const itemId = {
  message: (id: string) => `msg:${id}`,
  tool: (toolCallId: string) => `tool:${toolCallId}`,
  completion: (turnId: string) => `done:${turnId}`,
  handoff: (turnId: string, toAgent: string, timestamp: string) => `switch:${turnId}:${toAgent}:${timestamp}`,
  local: (seq: number) => `local:${seq}`,
};
