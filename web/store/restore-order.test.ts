// A restored turn reads in the order it happened: the writer's message, then the hand-off, then the reply.
import { describe, expect, it } from 'vitest';
import type { ActivityEvent, TranscriptMessage } from '../../protocol/messages.ts';
import { mergeInTimeOrder } from './restore-session.ts';

const SAME_MS = '2025-01-28T10:30:00.000Z';

function message(
  id: string,
  role: 'user' | 'agent',
  turn: string,
  agent: string | null = null,
): TranscriptMessage {
  return {
    id,
    turn_id: turn,
    role,
    agent,
    content: id,
    status: 'complete',
    chunk_count: 1,
    created_at: SAME_MS,
    client_message_id: null,
  };
}

function handoff(turn: string, to: string): ActivityEvent {
  return {
    type: 'agent_switch',
    from_agent: null,
    to_agent: to,
    reason: 'r',
    timestamp: SAME_MS,
    turn_id: turn,
  };
}

const order = (messages: TranscriptMessage[], activity: ActivityEvent[]) =>
  mergeInTimeOrder(messages, activity).map((e) =>
    e.kind === 'message'
      ? `${e.message.role}:${e.message.id}`
      : `switch:${e.event.type === 'agent_switch' ? e.event.to_agent : e.event.type}`,
  );

describe('restored order within one millisecond', () => {
  it("puts the writer's message before the hand-offs it caused, and each hand-off before its reply", () => {
    const messages = [
      message('ask', 'user', 't1'),
      message('plan', 'agent', 't1', 'OrchestratorAgent'),
      message('plot', 'agent', 't1', 'PlotGeneratorAgent'),
    ];
    const activity = [handoff('t1', 'OrchestratorAgent'), handoff('t1', 'PlotGeneratorAgent')];
    expect(order(messages, activity)).toEqual([
      'user:ask',
      'switch:OrchestratorAgent',
      'agent:plan',
      'switch:PlotGeneratorAgent',
      'agent:plot',
    ]);
  });

  it("puts an earlier turn's last events before the next turn's message", () => {
    const messages = [message('ask1', 'user', 't1'), message('ask2', 'user', 't2')];
    const activity = [handoff('t1', 'OrchestratorAgent')];
    expect(order(messages, activity)).toEqual(['user:ask1', 'switch:OrchestratorAgent', 'user:ask2']);
  });
});
