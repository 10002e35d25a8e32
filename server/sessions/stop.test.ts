// Stopping a reply from any tab, agent timeouts, provider failures, and exactly-once resends.
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../protocol/errors.ts';
import { createScriptedRunner, numberedChunks, specialistText } from '../test-support/scripted-runner.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('stop', () => {
  it('stops a reply from a second tab, keeps what was written and marks it stopped', async () => {
    const runner = createScriptedRunner({ chunks: 2000, delayMs: 2 });
    server = await startTestServer({ runTurn: runner });
    const writer = await server.connect('stop-tab');
    const other = await server.connect('stop-tab');
    writer.say('A very long plot');
    const started = await writer.waitFor('user_message');
    for (let i = 0; i < 10; i += 1)
      await other.waitFor('stream_chunk', (c) => c.agent === 'PlotGeneratorAgent');
    other.send({ type: 'cancel', message_id: started.turn_id });
    const completion = await writer.waitFor('completion');
    expect(completion.status).toBe('stopped');
    expect((await other.waitFor('completion')).status).toBe('stopped');
    const chunksAtStop = writer.ofType('stream_chunk').length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(writer.ofType('stream_chunk').length).toBe(chunksAtStop);

    await server.hub.flush();
    const reply = (await server.repo.sessions.listMessages('stop-tab')).find(
      (m) => m.agent === 'PlotGeneratorAgent',
    );
    expect(reply?.status).toBe('stopped');
    expect(reply?.content.startsWith(specialistText(numberedChunks(10)))).toBe(true);
    expect(reply?.content.length).toBeLessThan(2000 * 4);
  });

  it('stops after a refresh: a new connection can stop the reply the old one started', async () => {
    server = await startTestServer({ runTurn: createScriptedRunner({ chunks: 2000, delayMs: 2 }) });
    const before = await server.connect('stop-refresh');
    before.say('Long reply');
    await before.waitFor('stream_chunk', (c) => c.agent === 'PlotGeneratorAgent');
    before.socket.terminate();
    const after = await server.connect('stop-refresh');
    after.send({ type: 'session_restore' });
    const state = await after.waitFor('session_state');
    expect(state.in_flight).not.toBeNull();
    after.send({ type: 'cancel' });
    expect((await after.waitFor('completion')).status).toBe('stopped');
  });

  it('answers a cancel with nothing generating with NOTHING_TO_CANCEL', async () => {
    server = await startTestServer({ runTurn: createScriptedRunner() });
    const client = await server.connect('stop-nothing');
    client.send({ type: 'cancel' });
    expect((await client.waitFor('error')).error_code).toBe(ErrorCode.NOTHING_TO_CANCEL);
  });

  it('drops a queued turn named by cancel without touching the one generating', async () => {
    const runner = createScriptedRunner({ chunks: 40, delayMs: 2 });
    server = await startTestServer({ runTurn: runner });
    const client = await server.connect('stop-queued');
    client.say('first');
    client.say('second');
    const queued = await client.waitFor('user_message', (m) => m.content === 'second');
    client.send({ type: 'cancel', message_id: queued.turn_id });
    const dropped = await client.waitFor('completion');
    expect(dropped).toMatchObject({ turn_id: queued.turn_id, status: 'stopped' });
    const finished = await client.waitFor('completion');
    expect(finished.status).toBe('completed');
    expect(runner.calls).toEqual(['first']);
  });
});

describe('failures', () => {
  it('times out an agent that makes no progress, with the agent and duration, and keeps the session working', async () => {
    const runner = createScriptedRunner({ chunks: 10, hangAfter: 3 });
    server = await startTestServer({ runTurn: runner, env: { AGENT_TIMEOUT_MS: '300' } });
    const client = await server.connect('timeout');
    client.say('hang please');
    const error = await client.waitFor('error');
    expect(error).toMatchObject({
      error_code: ErrorCode.AGENT_TIMEOUT,
      details: { agent: 'PlotGeneratorAgent', timeout_duration: 300 },
    });
    expect(error.message).toMatch(/timed out/);
    expect((await client.waitFor('completion')).status).toBe('failed');
    client.send({ type: 'ping' });
    await client.waitFor('pong');
  });

  it('reports a provider failure with its code and no half-finished message left streaming', async () => {
    const failure = Object.assign(new Error('bad key'), {
      code: ErrorCode.PROVIDER_AUTH,
      details: { provider: 'x' },
    });
    server = await startTestServer({ runTurn: createScriptedRunner({ chunks: 3, failWith: failure }) });
    const client = await server.connect('provider-failure');
    client.say('anything');
    expect((await client.waitFor('error')).error_code).toBe(ErrorCode.PROVIDER_AUTH);
    expect((await client.waitFor('completion')).status).toBe('failed');
    await server.hub.flush();
    const messages = await server.repo.sessions.listMessages('provider-failure');
    expect(messages.some((m) => m.status === 'streaming')).toBe(false);
  });
});

describe('exactly once', () => {
  it('ignores a resent message whose client_message_id the session already accepted', async () => {
    const runner = createScriptedRunner({ chunks: 2 });
    server = await startTestServer({ runTurn: runner });
    const first = await server.connect('dedupe');
    first.say('Only once', { client_message_id: 'cm-1' });
    await first.waitFor('completion');
    first.socket.terminate();

    const again = await server.connect('dedupe');
    again.send({
      type: 'batch',
      messages: [
        {
          type: 'message',
          content: 'Only once',
          timestamp: new Date().toISOString(),
          client_message_id: 'cm-1',
        },
        {
          type: 'message',
          content: 'New one',
          timestamp: new Date().toISOString(),
          client_message_id: 'cm-2',
        },
      ],
    });
    await again.waitFor('completion');
    expect(runner.calls).toEqual(['Only once', 'New one']);
    // The resend is acknowledged with the original's receipt, so the client stops showing it as queued.
    const receipts = again.ofType('user_message');
    expect(receipts.map((m) => m.client_message_id)).toEqual(['cm-1', 'cm-2']);
    const original = (await server.repo.sessions.listMessages('dedupe')).find(
      (m) => m.client_message_id === 'cm-1',
    );
    expect(receipts[0]?.message_id).toBe(original?.id);
  });
});
