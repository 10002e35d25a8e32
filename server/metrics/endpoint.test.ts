// GET /api/metrics on a real server: the counters move with real connections, turns and bad frames.
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../protocol/errors.ts';
import type { TurnRunner } from '../agents/turn.ts';
import { startFakeOpenAI } from '../llm/test-support/index.ts';
import { createScriptedRunner } from '../test-support/scripted-runner.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The value of one sample in Prometheus text, 0 when the series has not been written yet. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-z_:]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries(
      [...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]] as const),
    );
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) return Number(match[3]);
  }
  return 0;
}

async function scrape(s: TestServer): Promise<string> {
  const response = await fetch(`${s.url}/api/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
}

describe('GET /api/metrics', () => {
  it('shows connections, messages, chunks, a completed turn and an error code after a scripted session', async () => {
    server = await startTestServer({ runTurn: createScriptedRunner({ chunks: 12 }) });
    const before = await scrape(server);
    expect(sample(before, 'bookswriter_ws_chunks_sent_total')).toBe(0);

    const client = await server.connect('metrics-turn');
    await client.waitFor('connected');
    client.send('{not json');
    await client.waitFor('error');
    client.send({ type: 'ping' });
    await client.waitFor('pong');
    client.say('Create a fantasy novel with dragons and magic');
    await client.waitFor('completion');

    const during = await scrape(server);
    const chunksReceived = client.ofType('stream_chunk').length;
    expect(chunksReceived).toBeGreaterThan(12);
    expect(sample(during, 'bookswriter_ws_chunks_sent_total')).toBe(chunksReceived);
    expect(sample(during, 'bookswriter_ws_connections_open')).toBe(1);
    expect(sample(during, 'bookswriter_ws_connections_total')).toBe(1);
    expect(sample(during, 'bookswriter_ws_client_messages_total', { type: 'message' })).toBe(1);
    expect(sample(during, 'bookswriter_ws_client_messages_total', { type: 'heartbeat' })).toBe(1);
    expect(sample(during, 'bookswriter_errors_total', { code: ErrorCode.INVALID_JSON })).toBe(1);
    expect(sample(during, 'bookswriter_turns_total', { status: 'completed' })).toBe(1);
    expect(sample(during, 'bookswriter_turn_duration_seconds_count', { status: 'completed' })).toBe(1);
    expect(sample(during, 'bookswriter_process_resident_memory_bytes')).toBeGreaterThan(0);

    await client.close();
    await expect
      .poll(async () => sample(await scrape(server as TestServer), 'bookswriter_ws_connections_open'))
      .toBe(0);
  });

  it('counts provider tokens when the runner reports usage, and failed turns by status', async () => {
    const scripted = createScriptedRunner({ chunks: 2 });
    let calls = 0;
    const runTurn: TurnRunner = async (input) => {
      calls += 1;
      if (calls === 2) throw Object.assign(new Error('provider exploded'), { code: ErrorCode.AGENT_FAILED });
      return { ...(await scripted(input)), usage: { inputTokens: 321, outputTokens: 54 } };
    };
    server = await startTestServer({ runTurn });
    const client = await server.connect('metrics-usage');
    await client.waitFor('connected');
    client.say('first');
    await client.waitFor('completion');
    client.say('second');
    await client.waitFor('completion');

    const text = await scrape(server);
    // The test server runs every session on the offline model.
    const provider = 'offline';
    expect(sample(text, 'bookswriter_provider_tokens_total', { provider, direction: 'prompt' })).toBe(321);
    expect(sample(text, 'bookswriter_provider_tokens_total', { provider, direction: 'completion' })).toBe(54);
    expect(sample(text, 'bookswriter_turns_total', { status: 'completed' })).toBe(1);
    expect(sample(text, 'bookswriter_turns_total', { status: 'failed' })).toBe(1);
    expect(sample(text, 'bookswriter_errors_total', { code: ErrorCode.AGENT_FAILED })).toBe(1);
  });

  it('counts the tokens the real agents report on the offline model', async () => {
    server = await startTestServer();
    const client = await server.connect('metrics-offline');
    await client.waitFor('connected');
    client.say('Create a fantasy novel with dragons and magic');
    const completion = await client.waitFor('completion', () => true, 20_000);
    expect(completion.status).toBe('completed');

    const text = await scrape(server);
    expect(
      sample(text, 'bookswriter_provider_tokens_total', { provider: 'offline', direction: 'prompt' }),
    ).toBeGreaterThan(0);
    expect(
      sample(text, 'bookswriter_provider_tokens_total', { provider: 'offline', direction: 'completion' }),
    ).toBeGreaterThan(0);
  });

  it('keeps the tokens of a turn that failed after spending them', async () => {
    const fake = await startFakeOpenAI();
    try {
      const bad = { name: 'save_plot', args: { title: '', logline: 'x', summary: 'x', genre: 'x' } };
      fake.script(
        {
          kind: 'reply',
          toolCalls: [
            { name: 'route_request', args: { steps: [{ agent: 'PlotGeneratorAgent', task: 'A plot' }] } },
          ],
        },
        { kind: 'reply', text: ['A plot.'], toolCalls: [bad] },
        { kind: 'reply', toolCalls: [bad] },
      );
      server = await startTestServer({
        env: { BOOKSWRITER_MODEL: 'openai:gpt-4.1' },
        modelEnv: { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake.baseURL },
      });
      const client = await server.connect('metrics-failed-usage');
      client.say('A plot please');
      const completion = await client.waitFor('completion', () => true, 20_000);
      expect(completion.status).toBe('failed');

      const text = await scrape(server);
      expect(sample(text, 'bookswriter_turns_total', { status: 'failed' })).toBe(1);
      // Three calls, 20 prompt tokens each, as the fake reports them.
      expect(
        sample(text, 'bookswriter_provider_tokens_total', { provider: 'openai', direction: 'prompt' }),
      ).toBe(60);
    } finally {
      await server?.close();
      server = undefined;
      await fake.close();
    }
  });
});
