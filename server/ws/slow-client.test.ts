// A client that stops reading while its session streams: dropped at the buffer limit, reply still stored.

import type { Socket } from 'node:net';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { CloseCode } from '../../protocol/errors.ts';
import { loadConfig } from '../config.ts';
import { createModelRegistry } from '../llm/index.ts';
import { createLogger } from '../logger.ts';
import { type RunningServer, startServer } from '../server.ts';
import { createScriptedRunner, specialistText } from '../test-support/scripted-runner.ts';
import { TestClient } from '../test-support/ws-client.ts';

const MAX_BUFFERED_BYTES = 64 * 1024;
const BIG_CHUNK_BYTES = 32 * 1024;
/** Far more than loopback socket buffers hold (Linux grows a send buffer to 4 MiB at most by default). */
const SLOW_REPLY_CHUNKS = 768;
const STEADY_REPLY_CHUNKS = 400;

/** Chunk i of the long reply: its number, then padding, so every chunk is distinct and large. */
function bigChunk(index: number): string {
  const label = `[${index}]`;
  return label + 'x'.repeat(BIG_CHUNK_BYTES - label.length);
}

function replyFor(content: string): string[] {
  if (content === 'long reply') return Array.from({ length: SLOW_REPLY_CHUNKS }, (_, i) => bigChunk(i));
  return Array.from({ length: STEADY_REPLY_CHUNKS }, (_, i) => `steady ${i} `);
}

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start() {
  const logs: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logs.push(JSON.parse(line));
      done();
    },
  });
  const config = loadConfig({
    PORT: '0',
    DATABASE_URL: ':memory:',
    WS_MAX_BUFFERED_BYTES: String(MAX_BUFFERED_BYTES),
    LOG_LEVEL: 'warn',
  });
  server = await startServer(config, {
    logger: createLogger(config.logLevel, sink),
    models: createModelRegistry({ env: {}, offlineDelayMs: 0 }),
    runTurn: createScriptedRunner({ chunks: replyFor }),
  });
  const connect = (sessionId: string) => TestClient.connect(`ws://127.0.0.1:${server?.port}/ws/${sessionId}`);
  return { server, logs, connect };
}

async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function gauge(s: RunningServer, name: string): Promise<number> {
  const metric = await s.metrics.registry.getSingleMetric(name)?.get();
  return metric?.values.reduce((sum, v) => sum + v.value, 0) ?? 0;
}

describe('a client that stops reading', () => {
  it('is dropped at the buffer limit while its reply completes and is stored, and a neighbour streams on', async () => {
    const { server: s, logs, connect } = await start();
    const [slow, steady] = await Promise.all([connect('slow-session'), connect('steady-session')]);
    await Promise.all([slow.waitFor('connected'), steady.waitFor('connected')]);

    // The slow client asks for a long reply, then never reads again: its TCP receive window fills.
    slow.say('long reply');
    (slow.socket as unknown as { _socket: Socket })._socket.pause();
    steady.say('short reply');

    await until(() => s.hub.stats().connections === 1, 'the slow connection is detached from its session');
    // The server-side socket itself goes away too: the close, or the terminate behind it.
    await until(async () => (await gauge(s, 'bookswriter_ws_connections_open')) === 1, 'its socket closed');

    const completion = await steady.waitFor('completion', () => true, 15_000);
    expect(completion.status).toBe('completed');
    const steadyText = steady
      .ofType('stream_chunk')
      .filter((c) => c.agent === 'PlotGeneratorAgent')
      .map((c) => c.content)
      .join('');
    expect(steadyText).toBe(specialistText(replyFor('short reply')));

    // What the server held for the slow client never went past the limit by more than one frame.
    const dropped = logs.find((line) => line.msg === 'closing a connection that stopped reading');
    expect(dropped).toMatchObject({ session_id: 'slow-session' });
    expect(dropped?.buffered_bytes).toBeGreaterThan(MAX_BUFFERED_BYTES);
    expect(dropped?.buffered_bytes).toBeLessThanOrEqual(MAX_BUFFERED_BYTES + BIG_CHUNK_BYTES + 1024);

    // After the drop nothing more was sent to it: it got only part of the reply.
    await until(() => !s.hub.isGenerating('slow-session'), 'the slow session finishes its reply');
    const chunksSent = await gauge(s, 'bookswriter_ws_chunks_sent_total');
    const sentToSlow = chunksSent - steady.ofType('stream_chunk').length;
    expect(sentToSlow).toBeGreaterThan(0);
    expect(sentToSlow).toBeLessThan(SLOW_REPLY_CHUNKS / 2);

    await s.hub.flush();
    const stored = await s.repo.sessions.listMessages('slow-session');
    const reply = stored.find((m) => m.agent === 'PlotGeneratorAgent');
    expect(reply?.status).toBe('complete');
    expect(reply?.chunk_count).toBe(SLOW_REPLY_CHUNKS);
    expect(reply?.content).toBe(specialistText(replyFor('long reply')));
    const activity = await s.repo.sessions.listActivity('slow-session');
    expect(activity.filter((e) => e.type === 'completion').map((e) => e.status)).toEqual(['completed']);

    // Once it reads again it learns it was closed: 4001 if the close frame got through, else dropped.
    (slow.socket as unknown as { _socket: Socket })._socket.resume();
    expect([CloseCode.SLOW_CONSUMER, 1006]).toContain((await slow.closed).code);
  });

  it('can reconnect after being dropped and restore the whole reply', async () => {
    const { server: s, connect } = await start();
    const slow = await connect('come-back');
    await slow.waitFor('connected');
    slow.say('long reply');
    (slow.socket as unknown as { _socket: Socket })._socket.pause();
    await until(() => s.hub.stats().connections === 0, 'the slow connection is dropped');
    await until(() => !s.hub.isGenerating('come-back'), 'the reply finishes');
    slow.socket.terminate();

    const again = await connect('come-back');
    await again.waitFor('connected');
    again.send({ type: 'session_restore' });
    const state = await again.waitFor('session_state');
    const reply = state.messages.find((m) => m.agent === 'PlotGeneratorAgent');
    expect(reply?.content).toBe(specialistText(replyFor('long reply')));
    expect(reply?.status).toBe('complete');
    await again.close();
  });
});
