// Rebuilds a SessionView from `session_state`: the stored transcript and activity merged in time order.
import type { ActivityEvent, SessionState, TranscriptMessage } from '../../protocol/messages.ts';
import { createSessionView, type SessionView } from './session-view.ts';
import { addTranscriptMessage, applyActivity } from './transcript-items.ts';

type Entry = { kind: 'message'; message: TranscriptMessage } | { kind: 'activity'; event: ActivityEvent };

/**
 * Messages and activity come as two time-ordered lists. On equal timestamps within one turn the
 * writer's message comes first (it caused everything else in the turn), then a hand-off to an agent
 * before that agent's message and everything else after it; an event of another turn goes first,
 * since a new turn's user message is what follows it.
 */
export function mergeInTimeOrder(messages: TranscriptMessage[], activity: ActivityEvent[]): Entry[] {
  const merged: Entry[] = [];
  let m = 0;
  let a = 0;
  while (m < messages.length || a < activity.length) {
    const message = messages[m];
    const event = activity[a];
    if (message === undefined) {
      if (event) merged.push({ kind: 'activity', event });
      a++;
      continue;
    }
    if (event === undefined || !activityFirst(message, event)) {
      merged.push({ kind: 'message', message });
      m++;
    } else {
      merged.push({ kind: 'activity', event });
      a++;
    }
  }
  return merged;
}

function activityFirst(message: TranscriptMessage, event: ActivityEvent): boolean {
  const eventTime = Date.parse(event.timestamp);
  const messageTime = Date.parse(message.created_at);
  if (eventTime !== messageTime) return eventTime < messageTime;
  if (event.turn_id !== message.turn_id) return true;
  if (message.role === 'user') return false;
  return event.type === 'agent_switch' && event.to_agent === message.agent;
}

/** Builds the view in one pass: every entry is written into the fresh view's own tables, none is copied. */
export function restoreSessionState(previous: SessionView, state: SessionState): SessionView {
  const accepted = new Set(state.messages.map((m) => m.client_message_id).filter((id) => id !== null));
  const outbox = previous.outbox.filter((e) => !accepted.has(e.client_message_id));
  let view: SessionView = {
    ...createSessionView(state.session_id, outbox),
    model: state.model,
    serverGenerating: previous.serverGenerating,
    localSeq: previous.localSeq,
  };
  const waiting = queuedTurns(state);
  for (const entry of mergeInTimeOrder(state.messages, state.activity)) {
    view =
      entry.kind === 'message'
        ? addTranscriptMessage(view, entry.message, waiting.has(entry.message.turn_id))
        : applyActivity(view, entry.event);
  }
  const inFlight = state.in_flight;
  const pendingTurns =
    inFlight || previous.serverGenerating ? unfinishedTurns(state, state.queued_turns + 1) : [];
  if (inFlight && !pendingTurns.includes(inFlight.turn_id)) pendingTurns.unshift(inFlight.turn_id);
  const lastAgent = state.messages.findLast((m) => m.role === 'agent');
  if (inFlight) view.chunkCounts[inFlight.message_id] = inFlight.chunk_id;
  return {
    ...view,
    pendingTurns,
    activeTurnId: inFlight?.turn_id ?? pendingTurns[0] ?? null,
    currentAgent: inFlight?.agent ?? view.currentAgent,
    streamingMessageId: inFlight?.message_id ?? null,
    lastSeen: inFlight
      ? { message_id: inFlight.message_id, chunk_id: inFlight.chunk_id }
      : lastAgent
        ? { message_id: lastAgent.id, chunk_id: lastAgent.chunk_count }
        : null,
  };
}

/** The latest turns without a completion, oldest first, at most `limit` of them. */
function unfinishedTurns(state: SessionState, limit: number): string[] {
  const finished = new Set(state.activity.filter((e) => e.type === 'completion').map((e) => e.turn_id));
  const turns: string[] = [];
  for (const message of state.messages) {
    if (message.role === 'user' && !finished.has(message.turn_id) && !turns.includes(message.turn_id)) {
      turns.push(message.turn_id);
    }
  }
  return turns.slice(-limit);
}

/** The turns still waiting in the server's queue: the latest ones with nothing done yet. */
function queuedTurns(state: SessionState): Set<string> {
  if (state.queued_turns === 0) return new Set();
  const started = new Set(state.activity.map((e) => e.turn_id));
  const waiting = state.messages
    .filter((m) => m.role === 'user' && !started.has(m.turn_id))
    .map((m) => m.turn_id);
  return new Set(waiting.slice(-state.queued_turns));
}
