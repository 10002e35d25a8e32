// Pure, immutable edits to a SessionView's transcript and turn bookkeeping, shared by live events and restores.
import type {
  ActivityEvent,
  AgentSwitch,
  Completion,
  ErrorMessage,
  MessageStatus,
  ToolExecution,
  TranscriptMessage,
  TurnStatus,
} from '../../protocol/messages.ts';
import { assertNever } from '../../protocol/messages.ts';
import { itemId, type SessionView, type TranscriptItem } from './session-view.ts';

/**
 * Adds an item at the end, or replaces it in place when one with the same id is already shown.
 * The item table and order grow with the session, so they are written in place (never copied) and
 * `revision` moves instead; items themselves stay immutable, which is what per-item subscriptions compare.
 */
export function putItem(view: SessionView, item: TranscriptItem): SessionView {
  if (!Object.hasOwn(view.items, item.id)) view.order.splice(insertionPoint(view, item), 0, item.id);
  view.items[item.id] = item;
  return { ...view, revision: view.revision + 1 };
}

/**
 * Messages waiting behind the reply in progress stay at the end: what the running turn still
 * shows (its tool cards, its completion) goes above them, where it belongs.
 */
function insertionPoint(view: SessionView, item: TranscriptItem): number {
  const turnId = 'turn_id' in item ? item.turn_id : null;
  let at = view.order.length;
  if (turnId === null) return at;
  while (at > 0) {
    const before = view.items[view.order[at - 1] ?? ''];
    if (before?.kind !== 'user' || !before.queued || before.turn_id === turnId) break;
    at -= 1;
  }
  return at;
}

/** A queued turn has started (or ended unstarted): its message is no longer marked as waiting. */
export function startTurn(view: SessionView, turnId: string): SessionView {
  for (let i = view.order.length - 1; i >= 0; i--) {
    const item = view.items[view.order[i] ?? ''];
    if (item?.kind !== 'user' || !item.queued) return view;
    if (item.turn_id === turnId) return putItem(view, { ...item, queued: false });
  }
  return view;
}

export function withPendingTurn(view: SessionView, turnId: string): SessionView {
  if (view.pendingTurns.includes(turnId)) return view;
  return { ...view, pendingTurns: [...view.pendingTurns, turnId] };
}

/** Marks an agent message as finished unless it already is; used when its agent hands off or its turn ends. */
export function finishAgentMessage(view: SessionView, messageId: string, status: MessageStatus): SessionView {
  const item = view.items[itemId.message(messageId)];
  if (item?.kind !== 'agent' || item.status !== 'streaming') return view;
  return putItem(view, { ...item, status });
}

export function addTranscriptMessage(
  view: SessionView,
  message: TranscriptMessage,
  queued = false,
): SessionView {
  const id = itemId.message(message.id);
  const item: TranscriptItem =
    message.role === 'user'
      ? {
          kind: 'user',
          id,
          turn_id: message.turn_id,
          content: message.content,
          created_at: message.created_at,
          queued,
        }
      : {
          kind: 'agent',
          id,
          turn_id: message.turn_id,
          agent: message.agent ?? 'Agent',
          content: message.content,
          status: message.status,
          created_at: message.created_at,
        };
  const next = putItem(view, item);
  if (message.role === 'user') return next;
  next.chunkCounts[message.id] = message.chunk_count;
  return { ...next, currentAgent: message.agent ?? next.currentAgent };
}

export function addHandoff(view: SessionView, event: AgentSwitch): SessionView {
  const finished = view.streamingMessageId
    ? { ...finishAgentMessage(view, view.streamingMessageId, 'complete'), streamingMessageId: null }
    : view;
  const next = putItem(finished, {
    kind: 'handoff',
    id: itemId.handoff(event.turn_id, event.to_agent, event.timestamp),
    turn_id: event.turn_id,
    from_agent: event.from_agent,
    to_agent: event.to_agent,
    reason: event.reason,
    created_at: event.timestamp,
  });
  return { ...next, currentAgent: event.to_agent, activeTurnId: event.turn_id };
}

/** "Writing the plot... (1,200 characters so far)": one step however often its count moves on. */
const stepKind = (message: string) => message.replace(/\s*\(.*\)\s*$/, '');

function nextSteps(earlier: string[], message: string): string[] {
  const last = earlier.at(-1);
  if (last === message) return earlier;
  if (last !== undefined && stepKind(last) === stepKind(message)) return [...earlier.slice(0, -1), message];
  return [...earlier, message];
}

export function addToolEvent(view: SessionView, event: ToolExecution): SessionView {
  const id = itemId.tool(event.tool_call_id);
  const earlier = view.items[id];
  const steps = nextSteps(earlier?.kind === 'tool' ? earlier.steps : [], event.message);
  return {
    ...putItem(view, {
      kind: 'tool',
      id,
      turn_id: event.turn_id,
      tool_name: event.tool_name,
      agent: event.agent,
      status: event.status,
      message: event.message,
      steps,
      progress: event.status === 'completed' ? 1 : event.progress,
      result: event.result ?? null,
      created_at: earlier?.created_at ?? event.timestamp,
    }),
    activeTurnId: event.turn_id,
  };
}

const MESSAGE_STATUS_FOR_TURN: Record<TurnStatus, MessageStatus> = {
  completed: 'complete',
  stopped: 'stopped',
  failed: 'failed',
  interrupted: 'interrupted',
};

/**
 * The error a failed turn reported, taken out of the transcript so its card says it once, with the
 * way on beside it. A turn's events follow its user message, so the walk back stops there.
 */
function takeTurnError(view: SessionView, turnId: string): { code: string; message: string } | null {
  for (let i = view.order.length - 1; i >= 0; i--) {
    const key = view.order[i] ?? '';
    const item = view.items[key];
    if (!item || item.kind === 'notice' || item.turn_id !== turnId) continue;
    if (item.kind === 'user') break;
    if (item.kind === 'error') {
      view.order.splice(i, 1);
      delete view.items[key];
      return { code: item.error_code, message: item.message };
    }
  }
  return null;
}

export function addCompletion(view: SessionView, event: Completion): SessionView {
  const reason = event.status === 'failed' ? takeTurnError(view, event.turn_id) : null;
  let next = putItem(view, {
    kind: 'completion',
    id: itemId.completion(event.turn_id),
    turn_id: event.turn_id,
    message: event.message,
    results: event.results,
    status: event.status,
    reason,
    created_at: event.timestamp,
  });
  // A turn's messages follow its user message, so the walk back stops there instead of visiting the whole session.
  for (let i = next.order.length - 1; i >= 0; i--) {
    const item = next.items[next.order[i] ?? ''];
    if (!item || item.kind === 'notice' || item.turn_id !== event.turn_id) continue;
    if (item.kind === 'user') break;
    if (item.kind === 'agent' && item.status === 'streaming') {
      next = putItem(next, { ...item, status: MESSAGE_STATUS_FOR_TURN[event.status] });
    }
  }
  const pendingTurns = next.pendingTurns.filter((turn) => turn !== event.turn_id);
  const streamingItem = next.streamingMessageId
    ? next.items[itemId.message(next.streamingMessageId)]
    : undefined;
  return {
    ...next,
    pendingTurns,
    activeTurnId: next.activeTurnId === event.turn_id ? (pendingTurns[0] ?? null) : next.activeTurnId,
    streamingMessageId:
      streamingItem?.kind === 'agent' && streamingItem.turn_id === event.turn_id
        ? null
        : next.streamingMessageId,
  };
}

export function addErrorItem(view: SessionView, event: ErrorMessage): SessionView {
  const seq = view.localSeq + 1;
  return {
    ...putItem(view, {
      kind: 'error',
      id: itemId.local(seq),
      turn_id: event.turn_id ?? null,
      error_code: event.error_code,
      message: event.message,
      retry_after_ms: event.retry_after_ms ?? null,
      created_at: event.timestamp,
    }),
    localSeq: seq,
  };
}

export function addNotice(view: SessionView, text: string, createdAt: string): SessionView {
  const seq = view.localSeq + 1;
  return {
    ...putItem(view, { kind: 'notice', id: itemId.local(seq), text, created_at: createdAt }),
    localSeq: seq,
  };
}

/** Applies one turn event the same way whether it arrives live or inside a restored session_state. */
export function applyActivity(current: SessionView, event: ActivityEvent): SessionView {
  const view = startTurn(current, event.turn_id ?? '');
  switch (event.type) {
    case 'agent_switch':
      return addHandoff(view, event);
    case 'tool_execution':
      return addToolEvent(view, event);
    case 'completion':
      return addCompletion(view, event);
    case 'error':
      return addErrorItem(view, event);
    default:
      return assertNever(event);
  }
}
