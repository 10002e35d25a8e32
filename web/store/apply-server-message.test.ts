// Tests the reducer that turns server frames into the transcript, without React.
import { describe, expect, it } from 'vitest';
import type { ServerMessage, SessionState, StreamChunk } from '../../protocol/messages.ts';
import { applyServerMessage } from './apply-server-message.ts';
import { enqueue, markSending } from './outbox.ts';
import { createSessionView, isGenerating, type OutboxEntry, type SessionView } from './session-view.ts';

const at = (second: number) => `2025-01-28T10:30:${String(second).padStart(2, '0')}.000Z`;

function chunk(chunkId: number, content: string, overrides: Partial<StreamChunk> = {}): StreamChunk {
  return {
    type: 'stream_chunk',
    content,
    agent: 'PlotGeneratorAgent',
    chunk_id: chunkId,
    total_chunks: null,
    timestamp: at(chunkId),
    message_id: 'm1',
    turn_id: 't1',
    ...overrides,
  };
}

function applyAll(messages: ServerMessage[], start: SessionView = createSessionView('ses_a')): SessionView {
  return messages.reduce(applyServerMessage, start);
}

/** A session whose one draft, c1, has gone out and awaits the server's acceptance. */
function sendingDraft(content: string): SessionView {
  const draft: OutboxEntry = {
    client_message_id: 'c1',
    content,
    created_at: at(0),
    delivery: 'queued',
    failure: null,
  };
  return markSending(enqueue(createSessionView('ses_a'), draft), ['c1']);
}

function textOf(view: SessionView, messageId: string): string | undefined {
  const item = view.items[`msg:${messageId}`];
  return item?.kind === 'agent' || item?.kind === 'user' ? item.content : undefined;
}

describe('applyServerMessage', () => {
  it('appends chunks of one message into one agent bubble in order', () => {
    const view = applyAll([chunk(1, 'Once '), chunk(2, 'upon '), chunk(3, 'a time')]);
    expect(view.order).toEqual(['msg:m1']);
    expect(textOf(view, 'm1')).toBe('Once upon a time');
    expect(view.lastSeen).toEqual({ message_id: 'm1', chunk_id: 3 });
    expect(view.currentAgent).toBe('PlotGeneratorAgent');
    expect(isGenerating(view)).toBe(true);
  });

  it('ignores a chunk it has already applied, returning the same state', () => {
    const once = applyAll([chunk(1, 'A'), chunk(2, 'B')]);
    const again = applyServerMessage(once, chunk(2, 'B'));
    expect(again).toBe(once);
    expect(textOf(applyServerMessage(once, chunk(1, 'A')), 'm1')).toBe('AB');
  });

  it('starts a new bubble for a new message_id and closes the previous one', () => {
    const view = applyAll([
      chunk(1, 'Routing.', { agent: 'OrchestratorAgent' }),
      chunk(1, 'Plot', { message_id: 'm2' }),
    ]);
    expect(view.order).toEqual(['msg:m1', 'msg:m2']);
    const first = view.items['msg:m1'];
    expect(first?.kind === 'agent' && first.status).toBe('complete');
  });

  it('shows a hand-off as a line and moves the current agent', () => {
    const view = applyAll([
      {
        type: 'agent_switch',
        from_agent: 'OrchestratorAgent',
        to_agent: 'PlotGeneratorAgent',
        reason: 'Plot request',
        timestamp: at(1),
        turn_id: 't1',
      },
    ]);
    const line = view.items[view.order[0] ?? ''];
    expect(line).toMatchObject({ kind: 'handoff', to_agent: 'PlotGeneratorAgent', reason: 'Plot request' });
    expect(view.currentAgent).toBe('PlotGeneratorAgent');
  });

  it('keeps one card per tool call, updated in place until it completes', () => {
    const tool = (status: 'executing' | 'completed', progress: number): ServerMessage => ({
      type: 'tool_execution',
      tool_name: 'save_plot',
      status,
      message: status === 'executing' ? 'Saving plot…' : 'Saved',
      progress,
      timestamp: at(progress * 10),
      turn_id: 't1',
      tool_call_id: 'call1',
      agent: 'PlotGeneratorAgent',
      ...(status === 'completed' ? { result: { plot_id: 'p1', title: 'Dragons' } } : {}),
    });
    const view = applyAll([tool('executing', 0.2), tool('executing', 0.5), tool('completed', 0.9)]);
    expect(view.order).toEqual(['tool:call1']);
    expect(view.items['tool:call1']).toMatchObject({
      status: 'completed',
      progress: 1,
      result: { plot_id: 'p1' },
    });
    expect(view.items['tool:call1']?.created_at).toBe(at(2));
  });

  it('ends the turn on completion and marks its streaming message with the final status', () => {
    const view = applyAll([
      chunk(1, 'Half a'),
      {
        type: 'completion',
        message: 'Stopped',
        results: { agents_used: ['PlotGeneratorAgent'] },
        timestamp: at(5),
        turn_id: 't1',
        status: 'stopped',
      },
    ]);
    expect(view.items['msg:m1']).toMatchObject({ status: 'stopped' });
    expect(view.items['done:t1']).toMatchObject({ kind: 'completion', status: 'stopped' });
    expect(isGenerating(view)).toBe(false);
    expect(view.streamingMessageId).toBeNull();
  });

  it('matches an accepted user message to the draft that was sent and takes it out of the outbox', () => {
    const draft = sendingDraft('Dragons please');
    const accepted: ServerMessage = {
      type: 'user_message',
      message_id: 'u1',
      turn_id: 't1',
      content: 'Dragons please',
      client_message_id: 'c1',
      queued: false,
      timestamp: at(1),
    };
    const view = applyAll([accepted, accepted], draft);
    expect(view.outbox).toEqual([]);
    expect(view.order).toEqual(['msg:u1']);
    expect(view.pendingTurns).toEqual(['t1']);
  });

  it('attaches a refusal to the message awaiting acceptance instead of dropping it', () => {
    const sending = sendingDraft('Too fast');
    const view = applyServerMessage(sending, {
      type: 'error',
      error_code: 'RATE_LIMITED',
      message: 'Rate limit exceeded',
      details: {},
      retry_after_ms: 4000,
      timestamp: at(1),
    });
    expect(view.outbox[0]).toMatchObject({
      content: 'Too fast',
      delivery: 'failed',
      failure: { error_code: 'RATE_LIMITED', retry_after_ms: 4000 },
    });
    expect(view.order).toEqual([]);
  });

  it('shows an error of a turn in the transcript', () => {
    const view = applyServerMessage(createSessionView('ses_a'), {
      type: 'error',
      error_code: 'AGENT_TIMEOUT',
      message: 'Agent processing timed out after 30 seconds',
      details: {},
      timestamp: at(1),
      turn_id: 't1',
    });
    expect(view.items[view.order[0] ?? '']).toMatchObject({ kind: 'error', error_code: 'AGENT_TIMEOUT' });
  });

  it('records the model from connected and model_switched', () => {
    const view = applyAll([
      { type: 'connected', session_id: 'ses_a', model: 'offline', generating: false, timestamp: at(0) },
      { type: 'model_switched', model: 'gpt-x', previous_model: 'offline', timestamp: at(1) },
    ]);
    expect(view.model).toBe('gpt-x');
    expect(view.items[view.order[0] ?? '']).toMatchObject({ kind: 'notice' });
  });
});

describe('session_state', () => {
  const state: SessionState = {
    type: 'session_state',
    session_id: 'ses_a',
    model: 'offline',
    messages: [
      {
        id: 'u1',
        turn_id: 't1',
        role: 'user',
        agent: null,
        content: 'Dragons',
        status: 'complete',
        chunk_count: 0,
        created_at: at(0),
        client_message_id: 'c1',
      },
      {
        id: 'm1',
        turn_id: 't1',
        role: 'agent',
        agent: 'PlotGeneratorAgent',
        content: 'Once upon',
        status: 'streaming',
        chunk_count: 2,
        created_at: at(2),
        client_message_id: null,
      },
    ],
    activity: [
      {
        type: 'agent_switch',
        from_agent: 'OrchestratorAgent',
        to_agent: 'PlotGeneratorAgent',
        reason: 'Plot request',
        timestamp: at(2),
        turn_id: 't1',
      },
    ],
    in_flight: { message_id: 'm1', turn_id: 't1', agent: 'PlotGeneratorAgent', chunk_id: 2 },
    queued_turns: 0,
    timestamp: at(3),
  };

  it('replaces the transcript, putting a hand-off before the message it introduces', () => {
    const stale = applyAll([chunk(1, 'stale text', { message_id: 'old' })]);
    const view = applyServerMessage(stale, state);
    expect(view.order).toEqual(['msg:u1', `switch:t1:PlotGeneratorAgent:${at(2)}`, 'msg:m1']);
    expect(view.streamingMessageId).toBe('m1');
    expect(view.lastSeen).toEqual({ message_id: 'm1', chunk_id: 2 });
    expect(isGenerating(view)).toBe(true);
  });

  it('continues the in-flight message with later chunks and ignores ones it already holds', () => {
    const view = applyAll([state, chunk(2, ' upon'), chunk(3, ' a time')]);
    expect(textOf(view, 'm1')).toBe('Once upon a time');
  });

  it('drops drafts the server already accepted and keeps the rest', () => {
    let start = createSessionView('ses_a');
    for (const id of ['c1', 'c2']) {
      start = enqueue(start, {
        client_message_id: id,
        content: id,
        created_at: at(0),
        delivery: 'sending',
        failure: null,
      });
    }
    const view = applyServerMessage(start, state);
    expect(view.outbox.map((e) => e.client_message_id)).toEqual(['c2']);
  });

  it('has nothing pending when the server is idle and nothing is in flight', () => {
    const view = applyAll([
      { type: 'connected', session_id: 'ses_a', model: 'offline', generating: false, timestamp: at(0) },
      { ...state, in_flight: null },
    ]);
    expect(isGenerating(view)).toBe(false);
    expect(view.lastSeen).toEqual({ message_id: 'm1', chunk_id: 2 });
  });
});
