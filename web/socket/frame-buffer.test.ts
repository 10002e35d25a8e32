// Tests that chunks are coalesced per frame while other frames keep their place in the order.
import { describe, expect, it } from 'vitest';
import type { ServerMessage } from '../../protocol/messages.ts';
import { createFrameBuffer, pacedPaint } from './frame-buffer.ts';

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

describe('pacedPaint', () => {
  function clock() {
    let time = 0;
    const timers: { at: number; run: () => void }[] = [];
    const paints: (() => void)[] = [];
    return {
      clock: {
        now: () => time,
        wait: (ms: number, run: () => void) => timers.push({ at: time + ms, run }),
        paint: (run: () => void) => paints.push(run),
      },
      advance(ms: number) {
        time += ms;
        for (const timer of timers.filter((t) => t.at <= time)) {
          timers.splice(timers.indexOf(timer), 1);
          timer.run();
        }
      },
      paint: () => {
        for (const run of paints.splice(0)) run();
      },
    };
  }

  it('flushes on the next paint, then waits out the interval before the next flush', () => {
    const fake = clock();
    const schedule = pacedPaint(50, fake.clock);
    let flushes = 0;
    schedule(() => flushes++);
    fake.paint();
    expect(flushes).toBe(1);
    fake.advance(10);
    schedule(() => flushes++);
    fake.paint();
    expect(flushes).toBe(1);
    fake.advance(40);
    fake.paint();
    expect(flushes).toBe(2);
  });

  it('flushes once even when the paint and its timer floor both fire', () => {
    const fake = clock();
    let flushes = 0;
    const flush = () => flushes++;
    const twice = (run: () => void) => {
      run();
      run();
    };
    pacedPaint(50, { ...fake.clock, paint: twice })(flush);
    expect(flushes).toBe(1);
  });
});
