// Tests that the session view grows without copying its tables: chunks edit in place, restores build in one pass.
import { describe, expect, it } from 'vitest';
import type { ServerMessage, SessionState, StreamChunk, TranscriptMessage } from '../../protocol/messages.ts';
import { applyServerMessage } from './apply-server-message.ts';
import { createSessionView, type SessionView } from './session-view.ts';

const at = (ms: number) => new Date(Date.UTC(2025, 0, 28, 10, 0, 0, ms)).toISOString();

function chunk(chunkId: number, content: string, messageId = 'm1', turnId = 't1'): StreamChunk {
  return {
    type: 'stream_chunk',
    content,
    agent: 'PlotGeneratorAgent',
    chunk_id: chunkId,
    total_chunks: null,
    timestamp: at(chunkId),
    message_id: messageId,
    turn_id: turnId,
  };
}

function transcript(turns: number): TranscriptMessage[] {
  return Array.from({ length: turns }, (_, turn) => [
    {
      id: `u${turn}`,
      turn_id: `t${turn}`,
      role: 'user' as const,
      agent: null,
      content: `Question ${turn}`,
      status: 'complete' as const,
      chunk_count: 0,
      created_at: at(turn * 10),
      client_message_id: null,
    },
    {
      id: `a${turn}`,
      turn_id: `t${turn}`,
      role: 'agent' as const,
      agent: 'PlotGeneratorAgent',
      content: `Answer ${turn}`,
      status: 'streaming' as const,
      chunk_count: 3,
      created_at: at(turn * 10 + 1),
      client_message_id: null,
    },
  ]).flat();
}

function sessionState(turns: number): SessionState {
  return {
    type: 'session_state',
    session_id: 'ses_a',
    model: 'offline',
    messages: transcript(turns),
    activity: Array.from({ length: turns }, (_, turn) => ({
      type: 'completion' as const,
      turn_id: `t${turn}`,
      message: 'Done',
      results: { agents_used: [] },
      status: 'completed' as const,
      timestamp: at(turn * 10 + 2),
    })),
    in_flight: null,
    queued_turns: 0,
    timestamp: at(turns * 10),
  };
}

const apply = (view: SessionView, ...messages: ServerMessage[]) => messages.reduce(applyServerMessage, view);

describe('linear session updates', () => {
  it('appends a chunk without copying the item table, the order or the chunk counts', () => {
    const before = apply(createSessionView('ses_a'), chunk(1, 'Once'), chunk(1, 'Other', 'm0'));
    const { items, order, chunkCounts, revision } = before;
    const after = applyServerMessage(before, chunk(2, ' upon', 'm0'));
    expect(after).not.toBe(before);
    expect(after.items).toBe(items);
    expect(after.order).toBe(order);
    expect(after.chunkCounts).toBe(chunkCounts);
    expect(after.revision).toBeGreaterThan(revision);
    expect(after.items['msg:m0']).not.toBe(before.items['msg:m1']);
    expect(after.chunkCounts.m0).toBe(2);
  });

  it('replaces an item with a new object, so a per-item subscription sees the change', () => {
    const first = apply(createSessionView('ses_a'), chunk(1, 'Once'));
    const item = first.items['msg:m1'];
    const next = applyServerMessage(first, chunk(2, ' upon'));
    expect(next.items['msg:m1']).not.toBe(item);
    expect(item).toMatchObject({ content: 'Once' });
    expect(next.items['msg:m1']).toMatchObject({ content: 'Once upon' });
  });

  it('restores a 2,000-message session into fresh tables, in order, every turn finished', () => {
    const stale = apply(createSessionView('ses_a'), chunk(1, 'stale', 'old'));
    const view = applyServerMessage(stale, sessionState(1000));
    expect(view.items).not.toBe(stale.items);
    expect(view.order).toHaveLength(3000);
    expect(view.order.slice(0, 3)).toEqual(['msg:u0', 'msg:a0', 'done:t0']);
    expect(view.order.at(-1)).toBe('done:t999');
    expect(Object.keys(view.chunkCounts)).toHaveLength(1000);
    const statuses = new Set(
      view.order.map((id) => view.items[id]).flatMap((item) => (item?.kind === 'agent' ? [item.status] : [])),
    );
    expect(statuses).toEqual(new Set(['complete']));
    expect(stale.order).toEqual(['msg:old']);
  });

  it('ends only the streaming messages of the completed turn', () => {
    const view = apply(
      createSessionView('ses_a'),
      chunk(1, 'First', 'm1', 't1'),
      chunk(1, 'Second', 'm2', 't2'),
      {
        type: 'completion',
        turn_id: 't2',
        message: 'Done',
        results: { agents_used: [] },
        status: 'stopped',
        timestamp: at(5),
      },
    );
    expect(view.items['msg:m1']).toMatchObject({ status: 'complete' });
    expect(view.items['msg:m2']).toMatchObject({ status: 'stopped' });
  });
});
