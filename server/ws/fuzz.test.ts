// Thousands of malformed frames over many connections, next to a normal session that must stream intact.
import { afterEach, describe, expect, it } from 'vitest';
import { CloseCode, ErrorCode, Limits } from '../../protocol/errors.ts';
import { createRandom, type Random } from '../random/seeded-random.ts';
import { createScriptedRunner, numberedChunks, specialistText } from '../test-support/scripted-runner.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

const CONNECTIONS = 20;
const FRAMES_PER_CONNECTION = 300;
const NORMAL_REPLY_CHUNKS = 300;
const MAX_PAYLOAD = Limits.maxPayloadBytes;
const TS = '2025-01-28T10:30:00Z';
const INVALID_UTF8_CLOSE = 1007;

/** One fuzz frame: what to send, and how the server must answer it. */
type Frame =
  | { kind: string; data: string | Buffer; binary?: boolean; errors: number }
  | { kind: string; data: string | Buffer; binary?: boolean; closes: number };

const text = (kind: string, value: unknown, errors = 1): Frame => ({
  kind,
  data: typeof value === 'string' ? value : JSON.stringify(value),
  errors,
});

/** Values of the wrong type for each field of each client message; every one of them must be refused. */
const WRONG: Record<string, Record<string, unknown[]>> = {
  message: {
    type: [42, null, [], {}, true],
    content: [42, true, null, [], {}, 'x'.repeat(Limits.maxContentLength + 1)],
    user_id: [42, true, [], {}, 'u'.repeat(129)],
    timestamp: [true, null, [], 'yesterday', '2025-13-45T99:99:99Z', ''],
    options: [42, 'fast', [], true],
    'options.stream': ['yes', 1, null, {}],
    'options.model': [42, '', 'm'.repeat(201), null, []],
    client_message_id: [42, '', 'c'.repeat(129), null, {}],
  },
  ping: { timestamp: [false, 'noon', [], {}] },
  model_switch: {
    model: [42, '', 'm'.repeat(201), [], null],
    content: [42, '', {}, null],
    timestamp: [false, 'later'],
  },
  session_restore: {
    last_message_id: [42, '', [], 'i'.repeat(129)],
    last_chunk_id: [-1, 1.5, '3', null, {}],
    timestamp: [{}, 'soon'],
  },
  cancel: { message_id: [42, '', {}, null], timestamp: [[], 'now-ish'] },
  batch: { messages: ['x', 42, {}, null], timestamp: [true, 'tomorrow'] },
};

const VALID: Record<string, Record<string, unknown>> = {
  message: { type: 'message', content: 'hello', user_id: 'anonymous', timestamp: TS },
  ping: { type: 'ping', timestamp: TS },
  model_switch: { type: 'model_switch', model: 'offline:bookswriter-offline', timestamp: TS },
  session_restore: { type: 'session_restore', last_chunk_id: 1, timestamp: TS },
  cancel: { type: 'cancel', timestamp: TS },
  batch: { type: 'batch', messages: [{ type: 'ping' }], timestamp: TS },
};

function withField(base: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const [head, child] = path.split('.') as [string, string | undefined];
  if (!child) return { ...base, [head]: value };
  return { ...base, [head]: { [child]: value } };
}

function wrongTypeFrames(): Frame[] {
  const frames: Frame[] = [];
  for (const [type, fields] of Object.entries(WRONG)) {
    for (const [field, values] of Object.entries(fields)) {
      for (const value of values) {
        frames.push(text(`wrong ${type}.${field}`, withField(VALID[type] ?? {}, field, value)));
      }
    }
  }
  // A model_switch naming neither field, and one of each refused entry inside a batch of them.
  frames.push(text('model_switch without a model', { type: 'model_switch', timestamp: TS }));
  return frames;
}

const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype'];

/** Prototype-pollution keys at top level and inside options, written raw so JSON.parse makes own keys. */
function pollutionFrames(): Frame[] {
  return POLLUTION_KEYS.flatMap((key) => {
    const payload = key === 'constructor' ? '{"prototype":{"polluted":"yes"}}' : '{"polluted":"yes"}';
    return [
      text(`${key} at top level`, `{"${key}":${payload},"type":"message","content":42,"timestamp":"${TS}"}`),
      text(
        `${key} in options`,
        `{"type":"message","content":"x","user_id":7,"options":{"${key}":${payload}}}`,
      ),
      text(`${key} as the type`, `{"type":"${key}","content":"x"}`),
      text(
        `${key} in a batch`,
        `{"type":"batch","messages":[{"${key}":${payload},"type":"ping","timestamp":"soon"}]}`,
      ),
    ];
  });
}

function randomText(random: Random, length: number): string {
  const alphabet = '{}[]":,0123456789abcdefnulltrue \\/\u00e9\u4e2d\u{1F409}';
  const chars = [...alphabet];
  return Array.from({ length }, () => random.pick(chars)).join('');
}

function invalidUtf8(random: Random): Buffer {
  const bad = random.pick([
    [0xff],
    [0xc3, 0x28],
    [0xed, 0xa0, 0x80],
    [0xc0, 0xaf],
    [0xf8, 0x88, 0x80, 0x80, 0x80],
  ]);
  return Buffer.concat([Buffer.from('{"type":"message","content":"'), Buffer.from(bad), Buffer.from('"}')]);
}

function hugeMessage(bytes: number): string {
  const shell = JSON.stringify({ type: 'message', content: '', timestamp: TS });
  return shell.replace('"content":""', `"content":"${'x'.repeat(bytes - shell.length)}"`);
}

/** One connection's worth of frames: every special case once or twice, then random ones, shuffled. */
function framesFor(worker: number): Frame[] {
  const random = createRandom(`fuzz-${worker}`);
  const depth = 10_000;
  const specials: Frame[] = [
    text('nested arrays', `${'['.repeat(depth)}${']'.repeat(depth)}`),
    text('nested objects', `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
    text(
      'nested content',
      `{"type":"message","content":${'['.repeat(depth)}${']'.repeat(depth)},"timestamp":"${TS}"}`,
    ),
    text('nested batch entry', `{"type":"batch","messages":[${'['.repeat(depth)}${']'.repeat(depth)}]}`),
    text('huge, just under the limit', hugeMessage(MAX_PAYLOAD - 16)),
    text('oversized batch', {
      type: 'batch',
      messages: Array.from({ length: 101 }, () => ({ type: 'ping' })),
    }),
    text('huge oversized batch', { type: 'batch', messages: Array.from({ length: 50_000 }, () => 0) }),
    text('batch of refused entries', { type: 'batch', messages: [1, 'two', { type: 'batch' }, {}] }, 4),
    ...wrongTypeFrames().filter(() => random.next() < 0.35),
    ...pollutionFrames(),
  ];
  const frames = [...specials];
  while (frames.length < FRAMES_PER_CONNECTION - 3) {
    const roll = random.next();
    if (roll < 0.3)
      frames.push({
        kind: 'random bytes',
        data: Buffer.from(randomText(random, 40)),
        binary: true,
        errors: 1,
      });
    else if (roll < 0.55) frames.push(text('random text', randomText(random, random.int(1, 200))));
    else if (roll < 0.75)
      frames.push(text('unknown type', { type: randomText(random, random.int(1, 80)), timestamp: TS }));
    else if (roll < 0.9)
      frames.push(text('truncated JSON', JSON.stringify(VALID.message).slice(0, random.int(1, 40))));
    else frames.push(text('non-object JSON', random.pick([42, 'text', null, true, [1, 2], -0.5])));
  }
  const closers: Frame[] = [
    { kind: 'invalid UTF-8', data: invalidUtf8(random), closes: INVALID_UTF8_CLOSE },
    { kind: 'invalid UTF-8', data: invalidUtf8(random), closes: INVALID_UTF8_CLOSE },
    { kind: 'huge, over the limit', data: hugeMessage(MAX_PAYLOAD + 64), closes: CloseCode.MESSAGE_TOO_BIG },
  ];
  const shuffled = random.sample(frames, frames.length);
  for (const closer of closers) shuffled.splice(random.int(0, shuffled.length), 0, closer);
  return shuffled;
}

interface Tally {
  frames: number;
  errors: number;
  closes: number;
  connections: number;
}

/** Sends one worker's frames, one connection per run of frames between two that close it. */
async function runWorker(server: TestServer, worker: number, tally: Tally): Promise<void> {
  const frames = framesFor(worker);
  let segment = 0;
  while (frames.length > 0) {
    const closeAt = frames.findIndex((f) => 'closes' in f);
    const batch = frames.splice(0, closeAt < 0 ? frames.length : closeAt + 1);
    const client = await server.connect(`fuzz-${worker}-${segment++}`);
    tally.connections += 1;
    await client.waitFor('connected');
    let expected = 0;
    for (const frame of batch) {
      tally.frames += 1;
      if ('closes' in frame) {
        // Everything before the closer must be answered first: a ping behind them proves it.
        client.send({ type: 'ping' });
        await client.waitFor('pong', () => true, 30_000);
        expect(client.ofType('error').length).toBe(expected);
        client.socket.send(frame.data, { binary: false });
        expect((await client.closed).code, frame.kind).toBe(frame.closes);
        tally.closes += 1;
      } else {
        client.socket.send(frame.data, { binary: frame.binary ?? false });
        expected += frame.errors;
      }
    }
    tally.errors += expected;
    if (batch.some((f) => 'closes' in f)) continue;
    client.send({ type: 'ping' });
    await client.waitFor('pong', () => true, 30_000);
    const errors = client.ofType('error');
    expect(errors.length).toBe(expected);
    const codes = new Set<string>(Object.values(ErrorCode));
    for (const error of errors) expect(codes.has(error.error_code), error.error_code).toBe(true);
    expect(client.received.every((m) => ['connected', 'error', 'pong'].includes(m.type))).toBe(true);
    await client.close();
  }
}

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('malformed input', () => {
  it('is refused frame by frame without crashing the server, polluting prototypes or disturbing a session', async () => {
    const runner = createScriptedRunner({ chunks: NORMAL_REPLY_CHUNKS, delayMs: 2 });
    const s = await startTestServer({ runTurn: runner });
    server = s;
    const normal = await s.connect('normal-session');
    await normal.waitFor('connected');
    // A valid message carrying pollution keys: they must not become fields or options.
    normal.send(
      `{"__proto__":{"content":"hijacked"},"type":"message","content":"Write a plot","user_id":"anonymous",` +
        `"timestamp":"${TS}","options":{"__proto__":{"model":"nowhere:model"},"constructor":{"prototype":{"x":1}}}}`,
    );
    await normal.waitFor('stream_chunk');

    const tally: Tally = { frames: 0, errors: 0, closes: 0, connections: 0 };
    await Promise.all(Array.from({ length: CONNECTIONS }, (_, worker) => runWorker(s, worker, tally)));
    expect(tally.frames).toBe(CONNECTIONS * FRAMES_PER_CONNECTION);
    expect(tally.closes).toBe(CONNECTIONS * 3);
    // One error per frame that left its connection open, plus three more for each batch of four refused entries.
    expect(tally.errors).toBe(tally.frames - tally.closes + CONNECTIONS * 3);

    // The normal session's reply arrives whole, in order, and is stored whole.
    const completion = await normal.waitFor('completion', () => true, 30_000);
    expect(completion.status).toBe('completed');
    expect(runner.calls).toEqual(['Write a plot']);
    expect(normal.ofType('error')).toEqual([]);
    const plot = normal.ofType('stream_chunk').filter((c) => c.agent === 'PlotGeneratorAgent');
    expect(plot.map((c) => c.chunk_id)).toEqual(plot.map((_, i) => i + 1));
    const expectedText = specialistText(numberedChunks(NORMAL_REPLY_CHUNKS));
    expect(plot.map((c) => c.content).join('')).toBe(expectedText);
    await s.hub.flush();
    const stored = await s.repo.sessions.listMessages('normal-session');
    expect(stored.find((m) => m.role === 'user')?.content).toBe('Write a plot');
    const reply = stored.find((m) => m.agent === 'PlotGeneratorAgent');
    expect(reply).toMatchObject({
      status: 'complete',
      content: expectedText,
      chunk_count: NORMAL_REPLY_CHUNKS,
    });
    expect((await s.repo.sessions.getSession('normal-session'))?.model).not.toBe('nowhere:model');

    // Nothing reached Object.prototype.
    const probe: Record<string, unknown> = {};
    expect(probe.polluted).toBeUndefined();
    expect(probe.x).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);

    // The server still answers HTTP and accepts new connections.
    const health = await fetch(`${s.url}/api/health`);
    expect(health.status).toBe(200);
    expect((await health.json()).status).toBe('ok');
    const after = await s.connect('after-the-storm');
    after.send({ type: 'ping' });
    await after.waitFor('pong');
    await after.close();
  });
});
