// The pure reducer from one validated server message to the next SessionView; the store's only way in for frames.
import { ErrorCode } from '../../protocol/errors.ts';
import {
  assertNever,
  type ErrorMessage,
  type ServerMessage,
  type StreamChunk,
} from '../../protocol/messages.ts';
import { failOldestSending, isRefusal, removeFromOutbox } from './outbox.ts';
import { restoreSessionState } from './restore-session.ts';
import { itemId, type SessionView } from './session-view.ts';
import {
  addErrorItem,
  addNotice,
  applyActivity,
  finishAgentMessage,
  putItem,
  startTurn,
  withPendingTurn,
} from './transcript-items.ts';

export function applyServerMessage(state: SessionView, msg: ServerMessage): SessionView {
  switch (msg.type) {
    case 'connected':
      return {
        ...state,
        sessionId: msg.session_id,
        model: msg.model,
        serverGenerating: msg.generating,
        pendingTurns: msg.generating ? state.pendingTurns : [],
        activeTurnId: msg.generating ? state.activeTurnId : null,
      };
    case 'session_state':
      return restoreSessionState(state, msg);
    case 'user_message': {
      const withoutDraft = removeFromOutbox(state, msg.client_message_id);
      if (Object.hasOwn(state.items, itemId.message(msg.message_id))) return withoutDraft;
      const next = putItem(withPendingTurn(withoutDraft, msg.turn_id), {
        kind: 'user',
        id: itemId.message(msg.message_id),
        turn_id: msg.turn_id,
        content: msg.content,
        created_at: msg.timestamp,
        queued: msg.queued,
      });
      return { ...next, activeTurnId: next.activeTurnId ?? msg.turn_id };
    }
    case 'stream_chunk':
      return appendChunk(state, msg);
    case 'agent_switch':
    case 'tool_execution':
    case 'completion':
      return applyActivity(msg.type === 'completion' ? state : withPendingTurn(state, msg.turn_id), msg);
    case 'error':
      return applyError(state, msg);
    case 'pong':
      return state;
    case 'model_switched':
      return addNotice({ ...state, model: msg.model }, `Model switched to ${msg.model}`, msg.timestamp);
    default:
      return assertNever(msg);
  }
}

/** Appends a chunk unless it was already applied: a chunk_id at or below the last one seen is a repeat. */
function appendChunk(state: SessionView, chunk: StreamChunk): SessionView {
  const applied = state.chunkCounts[chunk.message_id] ?? 0;
  if (chunk.chunk_id <= applied) return state;
  const key = itemId.message(chunk.message_id);
  const existing = state.items[key];
  let next = startTurn(state, chunk.turn_id);
  if (state.streamingMessageId && state.streamingMessageId !== chunk.message_id) {
    next = finishAgentMessage(next, state.streamingMessageId, 'complete');
  }
  next = putItem(next, {
    kind: 'agent',
    id: key,
    turn_id: chunk.turn_id,
    agent: chunk.agent,
    content: (existing?.kind === 'agent' ? existing.content : '') + chunk.content,
    status: 'streaming',
    created_at: existing?.created_at ?? chunk.timestamp,
  });
  next.chunkCounts[chunk.message_id] = chunk.chunk_id;
  return {
    ...withPendingTurn(next, chunk.turn_id),
    lastSeen: { message_id: chunk.message_id, chunk_id: chunk.chunk_id },
    streamingMessageId: chunk.message_id,
    currentAgent: chunk.agent,
    activeTurnId: chunk.turn_id,
  };
}

function applyError(state: SessionView, error: ErrorMessage): SessionView {
  if (error.turn_id === undefined && isRefusal(error.error_code)) {
    const refused = failOldestSending(state, {
      error_code: error.error_code,
      message: error.message,
      retry_after_ms: error.retry_after_ms ?? null,
    });
    if (refused) return refused;
  }
  // The server had nothing running, so whatever this view thought was pending has ended.
  if (error.error_code === ErrorCode.NOTHING_TO_CANCEL) {
    return addErrorItem({ ...state, pendingTurns: [], activeTurnId: null }, error);
  }
  return addErrorItem(state, error);
}
