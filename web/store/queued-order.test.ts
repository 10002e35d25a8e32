// A message waiting behind the reply in progress stays below everything that reply still shows.
import { describe, expect, it } from 'vitest';
import type { ServerMessage, ToolExecution, TranscriptMessage } from '../../protocol/messages.ts';
import { applyServerMessage } from './apply-server-message.ts';
import { createSessionView, type SessionView } from './session-view.ts';

const at = (s: number) => `2025-01-28T10:30:${String(s).padStart(2, '0')}.000Z`;

function user(id: string, turn: string, s: number): TranscriptMessage {
  return {
    id,
    turn_id: turn,
    role: 'user',
    agent: null,
    content: id,
    status: 'complete',
    chunk_count: 0,
    created_at: at(s),
    client_message_id: null,
  };
}

const shown = (view: SessionView) =>
  view.order.map((id) => {
    const item = view.items[id];
    return item?.kind === 'user' ? `user:${item.content}${item.queued ? ' (queued)' : ''}` : item?.kind;
  });

const apply = (view: SessionView, ...messages: ServerMessage[]) => messages.reduce(applyServerMessage, view);

const toolDone = (turn: string, s: number): ToolExecution => ({
  type: 'tool_execution',
  tool_name: 'save_plot',
  status: 'completed',
  message: 'Saved',
  progress: 1,
  timestamp: at(s),
  turn_id: turn,
  tool_call_id: `call-${turn}`,
  agent: 'PlotGeneratorAgent',
});

const done = (turn: string, s: number): ServerMessage => ({
  type: 'completion',
  message: 'Done',
  results: { agents_used: [] },
  timestamp: at(s),
  turn_id: turn,
  status: 'completed',
});

describe('queued messages', () => {
  it('keeps the running turn’s cards above a message that arrived while it ran', () => {
    const receipt = (id: string, turn: string, queued: boolean, s: number): ServerMessage => ({
      type: 'user_message',
      message_id: id,
      turn_id: turn,
      content: id,
      client_message_id: null,
      queued,
      timestamp: at(s),
    });
    let view = apply(
      createSessionView('s'),
      receipt('first', 't1', false, 1),
      receipt('second', 't2', true, 2),
    );
    view = apply(view, toolDone('t1', 3), done('t1', 4));
    expect(shown(view)).toEqual(['user:first', 'tool', 'completion', 'user:second (queued)']);
    view = apply(view, {
      type: 'agent_switch',
      from_agent: null,
      to_agent: 'OrchestratorAgent',
      reason: 'r',
      timestamp: at(5),
      turn_id: 't2',
    });
    expect(shown(view)).toEqual(['user:first', 'tool', 'completion', 'user:second', 'handoff']);
  });

  it('restores a waiting message below the events of the turn still running', () => {
    const view = apply(createSessionView('s'), {
      type: 'session_state',
      session_id: 's',
      model: 'offline',
      messages: [user('first', 't1', 1), user('second', 't2', 2)],
      activity: [toolDone('t1', 3)],
      in_flight: null,
      queued_turns: 1,
      timestamp: at(6),
    });
    expect(shown(view)).toEqual(['user:first', 'tool', 'user:second (queued)']);
  });
});
