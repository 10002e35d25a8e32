// Tests validation of frames from the server.
import { describe, expect, it } from 'vitest';
import { decodeServerFrame } from './decode-frame.ts';

describe('decodeServerFrame', () => {
  it('accepts a valid pong', () => {
    const frame = decodeServerFrame(JSON.stringify({ type: 'pong', timestamp: '2025-01-28T10:30:00Z' }));
    expect(frame).toEqual({ ok: true, message: { type: 'pong', timestamp: '2025-01-28T10:30:00Z' } });
  });

  it('rejects non-JSON, unknown types and missing fields with a reason', () => {
    expect(decodeServerFrame('{oops')).toEqual({ ok: false, reason: 'not JSON' });
    expect(decodeServerFrame(JSON.stringify({ type: 'mystery' }))).toMatchObject({ ok: false });
    const chunk = decodeServerFrame(JSON.stringify({ type: 'stream_chunk', content: 'x' }));
    expect(chunk.ok).toBe(false);
    expect(decodeServerFrame(new ArrayBuffer(2))).toEqual({ ok: false, reason: 'binary frame' });
  });
});
