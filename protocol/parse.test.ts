// Frame decoding and validation: each kind of bad input maps to its stable error code.
import { describe, expect, it } from 'vitest';
import { ErrorCode } from './errors.ts';
import { ServerMessage } from './messages.ts';
import { parseClientFrame, parseSingleMessage } from './parse.ts';

const now = '2025-01-28T10:30:00Z';
const one = (value: unknown) => {
  const [result] = parseClientFrame(typeof value === 'string' ? value : JSON.stringify(value));
  if (!result) throw new Error('no result');
  return result;
};
const codeOf = (value: unknown) => {
  const result = one(value);
  return result.ok ? 'ok' : result.error.code;
};

describe('parseClientFrame', () => {
  it('accepts the protocol document’s standard message, options included', () => {
    const result = one({
      type: 'message',
      content: 'Create a fantasy novel with dragons and magic',
      user_id: 'user123',
      timestamp: now,
      options: { stream: true, model: 'gemini-2.0-flash-exp' },
    });
    expect(result).toMatchObject({
      ok: true,
      message: { type: 'message', options: { model: 'gemini-2.0-flash-exp' } },
    });
  });

  it('accepts ping, model_switch (by model or content), session_restore and cancel', () => {
    expect(codeOf({ type: 'ping' })).toBe('ok');
    expect(codeOf({ type: 'ping', content: 'ping', timestamp: now })).toBe('ok');
    expect(codeOf({ type: 'model_switch', model: 'openai:gpt-4o-mini' })).toBe('ok');
    expect(codeOf({ type: 'model_switch', content: 'gemini-2.0-flash-exp', timestamp: now })).toBe('ok');
    expect(codeOf({ type: 'session_restore', last_message_id: 'msg_1', last_chunk_id: 4 })).toBe('ok');
    expect(codeOf({ type: 'cancel' })).toBe('ok');
  });

  it('maps each kind of bad input to its code', () => {
    expect(codeOf('{"type":')).toBe(ErrorCode.INVALID_JSON);
    expect(codeOf({ type: 'launch', content: 'x', timestamp: now })).toBe(ErrorCode.UNKNOWN_MESSAGE_TYPE);
    expect(codeOf({ content: 'x', timestamp: now })).toBe(ErrorCode.INVALID_MESSAGE);
    expect(codeOf({ type: 'message', timestamp: now })).toBe(ErrorCode.INVALID_MESSAGE);
    expect(codeOf({ type: 'message', content: 'x' })).toBe(ErrorCode.INVALID_MESSAGE);
    expect(codeOf({ type: 'message', content: ['x'], timestamp: now })).toBe(ErrorCode.INVALID_MESSAGE);
    expect(codeOf({ type: 'message', content: 'x', timestamp: 'not a date' })).toBe(
      ErrorCode.INVALID_TIMESTAMP,
    );
    expect(codeOf({ type: 'message', content: 'x', timestamp: true })).toBe(ErrorCode.INVALID_TIMESTAMP);
    // The guide accepts whatever `new Date(value)` parses: epoch milliseconds, a zone-less time as UTC.
    expect(parseSingleMessage({ type: 'ping', timestamp: 0 })).toMatchObject({
      ok: true,
      message: { timestamp: '1970-01-01T00:00:00.000Z' },
    });
    expect(parseSingleMessage({ type: 'ping', timestamp: '2025-01-28 10:30' })).toMatchObject({
      ok: true,
      message: { timestamp: '2025-01-28T10:30:00.000Z' },
    });
    expect(codeOf({ type: 'message', content: 'x', timestamp: '2025-13-45T99:99:99Z' })).toBe(
      ErrorCode.INVALID_TIMESTAMP,
    );
    expect(codeOf({ type: 'model_switch' })).toBe(ErrorCode.INVALID_MESSAGE);
    expect(codeOf({ type: 'session_restore', last_chunk_id: -1 })).toBe(ErrorCode.INVALID_MESSAGE);
    expect(codeOf([1, 2])).toBe(ErrorCode.INVALID_MESSAGE);
    expect(codeOf(null)).toBe(ErrorCode.INVALID_MESSAGE);
  });

  it('allows exactly 10,000 characters of content and refuses one more', () => {
    expect(codeOf({ type: 'message', content: 'x'.repeat(10_000), timestamp: now })).toBe('ok');
    expect(codeOf({ type: 'message', content: 'x'.repeat(10_001), timestamp: now })).toBe(
      ErrorCode.MESSAGE_TOO_LONG,
    );
  });

  it('splits a batch into one result per entry, in order, and refuses nested or oversized batches', () => {
    const results = parseClientFrame(
      JSON.stringify({
        type: 'batch',
        messages: [
          { type: 'ping' },
          { type: 'batch', messages: [] },
          { type: 'message', content: 'a', timestamp: now },
        ],
        timestamp: now,
      }),
    );
    expect(results.map((r) => (r.ok ? r.message.type : r.error.code))).toEqual([
      'ping',
      ErrorCode.UNKNOWN_MESSAGE_TYPE,
      'message',
    ]);
    const huge = parseClientFrame(
      JSON.stringify({ type: 'batch', messages: Array(101).fill({ type: 'ping' }) }),
    );
    expect(huge).toHaveLength(1);
    expect(huge[0]?.ok === false && huge[0].error.code).toBe(ErrorCode.BATCH_TOO_LARGE);
    expect(codeOf({ type: 'batch', messages: 'nope' })).toBe(ErrorCode.INVALID_MESSAGE);
  });

  it('does not let prototype keys through', () => {
    const result = one(
      '{"type":"message","content":"x","timestamp":"2025-01-28T10:30:00Z","__proto__":{"polluted":1}}',
    );
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('ServerMessage', () => {
  it('parses the protocol document’s examples with the fields we add', () => {
    const chunk = {
      type: 'stream_chunk',
      content: "I'll help you create a fantasy novel...",
      agent: 'OrchestratorAgent',
      chunk_id: 1,
      total_chunks: null,
      timestamp: '2025-01-28T10:30:01Z',
      message_id: 'msg_1',
      turn_id: 'turn_1',
    };
    expect(ServerMessage.parse(chunk)).toEqual(chunk);
    const error = {
      type: 'error',
      error_code: 'AGENT_TIMEOUT',
      message: 'Agent processing timed out after 30 seconds',
      details: { agent: 'PlotGeneratorAgent', timeout_duration: 30000 },
      timestamp: '2025-01-28T10:30:30Z',
    };
    expect(ServerMessage.parse(error)).toEqual(error);
    expect(ServerMessage.safeParse({ ...chunk, chunk_id: 0 }).success).toBe(false);
  });
});
