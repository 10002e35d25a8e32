// Tests that chunks are coalesced per frame while other frames keep their place in the order.
import { describe, expect, it } from 'vitest';
import type { ServerMessage } from '../../protocol/messages.ts';
import { createFrameBuffer } from './frame-buffer.ts';

const chunk = (id: number): ServerMessage => ({
  type: 'stream_chunk',
  content: `c${id}`,
  agent: 'PlotGeneratorAgent',
  chunk_id: id,
  total_chunks: null,
  timestamp: '2025-01-28T10:30:00Z',
  message_id: 'm1',
  turn_id: 't1',
});
const pong: ServerMessage = { type: 'pong', timestamp: '2025-01-28T10:30:00Z' };

function harness() {
  const batches: ServerMessage[][] = [];
  const callbacks: (() => void)[] = [];
  const buffer = createFrameBuffer({
    apply: (m) => batches.push([...m]),
    schedule: (cb) => callbacks.push(cb),
  });
  const paint = () => {
    for (const cb of callbacks.splice(0)) cb();
  };
  return { batches, buffer, paint, callbacks };
}

describe('frame buffer', () => {
  it('delivers many chunks in one batch on the next paint', () => {
    const { batches, buffer, paint, callbacks } = harness();
    for (let i = 1; i <= 5; i++) buffer.push(chunk(i));
    expect(batches).toEqual([]);
    expect(callbacks).toHaveLength(1);
    paint();
    expect(batches).toHaveLength(1);
    expect(batches[0]).toHaveLength(5);
  });

  it('sends a non-chunk frame at once, after the chunks that came before it', () => {
    const { batches, buffer } = harness();
    buffer.push(chunk(1));
    buffer.push(pong);
    expect(batches).toEqual([[chunk(1), pong]]);
  });

  it('ignores a second scheduled flush and everything after dispose', () => {
    const { batches, buffer, paint } = harness();
    buffer.push(chunk(1));
    buffer.flush();
    paint();
    expect(batches).toHaveLength(1);
    buffer.push(chunk(2));
    buffer.dispose();
    paint();
    buffer.push(pong);
    expect(batches).toHaveLength(1);
  });
});
