// The /ws/:session_id endpoint over a real port with a real ws client: events, validation, limits, fan-out.
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { CloseCode, ErrorCode } from '../../protocol/errors.ts';
import { isIsoTimestamp, ServerMessage } from '../../protocol/messages.ts';
import { createScriptedRunner } from '../test-support/scripted-runner.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import { upgradeStatus } from '../test-support/upgrade-status.ts';
import type { TestClient } from '../test-support/ws-client.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(options: Parameters<typeof startTestServer>[0] = {}) {
  server = await startTestServer({ runTurn: createScriptedRunner(), ...options });
  return server;
}

describe('a turn', () => {
  it('streams the seed example flow with every field the protocol document shows', async () => {
    const s = await start();
    const client = await s.connect('seed-flow');
    await client.waitFor('connected');
    client.say('Create a fantasy novel with dragons and magic');

    const first = await client.waitFor('agent_switch');
    expect(first).toMatchObject({ from_agent: null, to_agent: 'OrchestratorAgent' });
    const switched = await client.waitFor('agent_switch', (m) => m.to_agent === 'PlotGeneratorAgent');
    expect(switched.from_agent).toBe('OrchestratorAgent');
    expect(switched.reason).toMatch(/plot/i);
    const completion = await client.waitFor('completion');
    expect(completion.status).toBe('completed');
    expect(completion.results).toMatchObject({
      plot_id: 'plot-1',
      agents_used: ['OrchestratorAgent', 'PlotGeneratorAgent'],
    });

    for (const message of client.received) {
      expect(ServerMessage.safeParse(message).success, JSON.stringify(message)).toBe(true);
      expect(isIsoTimestamp(message.timestamp)).toBe(true);
    }
    const chunks = client.ofType('stream_chunk');
    const plotChunks = chunks.filter((c) => c.agent === 'PlotGeneratorAgent');
    expect(plotChunks.length).toBe(5);
    expect(plotChunks.map((c) => c.chunk_id)).toEqual([1, 2, 3, 4, 5]);
    for (const chunk of chunks) {
      expect(Object.keys(chunk)).toEqual(
        expect.arrayContaining(['type', 'content', 'agent', 'chunk_id', 'total_chunks', 'timestamp']),
      );
      expect(chunk.total_chunks).toBeNull();
    }
    const tools = client.ofType('tool_execution');
    expect(tools.map((t) => t.status)).toEqual(['executing', 'completed']);
    expect(tools[0]).toMatchObject({
      tool_name: 'save_plot',
      message: 'Saving plot to database...',
      progress: 0.5,
    });
  });

  it('queues a message sent while the session is generating and answers it in turn', async () => {
    const s = await start({ runTurn: createScriptedRunner({ chunks: 6, delayMs: 5 }) });
    const client = await s.connect('queue');
    await client.waitFor('connected');
    client.say('first');
    client.say('second');
    const second = await client.waitFor('user_message', (m) => m.content === 'second');
    expect(second.queued).toBe(true);
    await client.waitFor('completion');
    await client.waitFor('completion');
    const order = client.received
      .filter((m) => m.type === 'stream_chunk' || m.type === 'completion')
      .map((m) => (m.type === 'completion' ? `done:${m.turn_id}` : m.turn_id));
    const firstDone = order.findIndex((entry) => entry.startsWith('done:'));
    const firstTurn = order[0];
    expect(order.slice(0, firstDone).every((turn) => turn === firstTurn)).toBe(true);
    expect(order.slice(firstDone + 1).some((turn) => turn === firstTurn)).toBe(false);
  });

  it('sends every event to every connection of the session and none to another session', async () => {
    const s = await start();
    const [tabA, tabB, stranger] = await Promise.all([
      s.connect('shared'),
      s.connect('shared'),
      s.connect('other'),
    ]);
    await Promise.all([tabA.waitFor('connected'), tabB.waitFor('connected'), stranger.waitFor('connected')]);
    tabA.say('Write me a plot');
    await tabA.waitFor('completion');
    await tabB.waitFor('completion');
    const strip = (c: TestClient) => c.received.filter((m) => m.type !== 'connected');
    expect(strip(tabB)).toEqual(strip(tabA));
    expect(stranger.received.map((m) => m.type)).toEqual(['connected']);
  });
});

describe('validation', () => {
  it.each([
    ['{not json', ErrorCode.INVALID_JSON],
    [
      JSON.stringify({ type: 'shout', content: 'x', timestamp: new Date().toISOString() }),
      ErrorCode.UNKNOWN_MESSAGE_TYPE,
    ],
    [JSON.stringify({ type: 'message', timestamp: new Date().toISOString() }), ErrorCode.INVALID_MESSAGE],
    [
      JSON.stringify({ type: 'message', content: 42, timestamp: new Date().toISOString() }),
      ErrorCode.INVALID_MESSAGE,
    ],
    [JSON.stringify({ content: 'no type', timestamp: new Date().toISOString() }), ErrorCode.INVALID_MESSAGE],
    [
      JSON.stringify({ type: 'message', content: 'x'.repeat(10_001), timestamp: new Date().toISOString() }),
      ErrorCode.MESSAGE_TOO_LONG,
    ],
    [JSON.stringify({ type: 'message', content: 'hi', timestamp: 'yesterday' }), ErrorCode.INVALID_TIMESTAMP],
  ])('answers %s with %s, keeps the connection open and changes nothing', async (frame, code) => {
    const runner = createScriptedRunner();
    const s = await start({ runTurn: runner });
    const client = await s.connect('validation');
    await client.waitFor('connected');
    client.send(frame);
    const error = await client.waitFor('error');
    expect(error.error_code).toBe(code);
    expect(error.message.length).toBeGreaterThan(0);
    expect(typeof error.details).toBe('object');
    client.send({ type: 'ping' });
    await client.waitFor('pong');
    expect(runner.calls).toEqual([]);
    await s.hub.flush();
    expect(await s.repo.sessions.listMessages('validation')).toEqual([]);
  });

  it('accepts content of exactly 10,000 characters', async () => {
    const runner = createScriptedRunner();
    const s = await start({ runTurn: runner });
    const client = await s.connect('limit');
    client.say('x'.repeat(10_000));
    await client.waitFor('completion');
    expect(runner.calls[0]?.length).toBe(10_000);
  });

  it('answers a binary frame with an error', async () => {
    const s = await start();
    const client = await s.connect('binary');
    client.socket.send(Buffer.from([1, 2, 3]));
    expect((await client.waitFor('error')).error_code).toBe(ErrorCode.BINARY_NOT_SUPPORTED);
  });

  it('closes only the connection that sends a frame over the payload limit, with 1009', async () => {
    const s = await start({ env: { WS_MAX_PAYLOAD_BYTES: '2048' } });
    const [big, neighbour] = await Promise.all([s.connect('payload'), s.connect('payload')]);
    big.send('x'.repeat(4096));
    expect((await big.closed).code).toBe(CloseCode.MESSAGE_TOO_BIG);
    neighbour.send({ type: 'ping' });
    await neighbour.waitFor('pong');
  });

  it('refuses a malformed session id before the upgrade', async () => {
    const s = await start();
    expect(await upgradeStatus(s.port, '/ws/bad%20id')).toBe(400);
    expect(await upgradeStatus(s.port, `/ws/${'a'.repeat(129)}`)).toBe(400);
    expect(await upgradeStatus(s.port, `/ws/${'a'.repeat(128)}`)).toBe(101);
    expect(await upgradeStatus(s.port, '/ws/ok_id-1')).toBe(101);
  });

  it('refuses a foreign Origin before the upgrade and accepts its own', async () => {
    const s = await start({ env: { ALLOWED_ORIGINS: 'https://studio.example' } });
    const host = `127.0.0.1:${s.port}`;
    expect(await upgradeStatus(s.port, '/ws/o1', { Origin: 'https://evil.example', Host: host })).toBe(403);
    expect(await upgradeStatus(s.port, '/ws/o1', { Origin: `http://${host}`, Host: host })).toBe(101);
    expect(await upgradeStatus(s.port, '/ws/o1', { Origin: 'https://studio.example', Host: host })).toBe(101);
  });
});

describe('rate limit and heartbeats', () => {
  it('refuses the message over the limit with retry_after_ms and does not count heartbeats', async () => {
    const runner = createScriptedRunner({ chunks: 1 });
    const s = await start({
      runTurn: runner,
      env: { RATE_LIMIT_MAX_MESSAGES: '3', RATE_LIMIT_WINDOW_MS: '60000' },
    });
    const client = await s.connect('rate');
    await client.waitFor('connected');
    for (let i = 0; i < 10; i += 1) client.say('ping');
    client.send({ type: 'ping' });
    for (let i = 0; i < 10; i += 1) await client.waitFor('pong');
    for (let i = 0; i < 3; i += 1) client.say(`message ${i}`);
    client.say('one too many');
    const error = await client.waitFor('error');
    expect(error.error_code).toBe(ErrorCode.RATE_LIMITED);
    expect(error.retry_after_ms).toBeGreaterThan(0);
    expect(error.retry_after_ms).toBeLessThanOrEqual(60_000);
    await client.waitForCount('completion', 3);
    expect(runner.calls).toEqual(['message 0', 'message 1', 'message 2']);
    client.say('ping');
    await client.waitFor('pong');
  });

  it('drops a peer that stops answering protocol pings', async () => {
    const s = await start({ env: { HEARTBEAT_INTERVAL_MS: '100' } });
    const silent = new WebSocket(s.wsUrl('dead-peer'), { autoPong: false });
    const closed = new Promise<number>((resolve) => silent.on('close', (code) => resolve(code)));
    const alive = await s.connect('dead-peer');
    expect(await closed).toBe(1006);
    alive.send({ type: 'ping' });
    await alive.waitFor('pong');
  });

  it('closes a connection idle past the timeout with the idle close code', async () => {
    const s = await start({ env: { IDLE_TIMEOUT_MS: '300' } });
    const client = await s.connect('idle');
    expect((await client.closed).code).toBe(CloseCode.IDLE_TIMEOUT);
  });
});
