// The protocol guide's example through the whole server: a WebSocket in, the real agents, the library out,
// on the built-in offline model and on a real provider package talking to a local OpenAI-compatible server.
import { afterEach, describe, expect, it } from 'vitest';
import type { Plot } from '../../protocol/artifacts.ts';
import { startFakeOpenAI } from '../llm/test-support/index.ts';
import { FOLLOW_ON_SEPARATOR } from '../sessions/turn-execution.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

let server: TestServer | undefined;
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await server?.close();
  server = undefined;
  for (const close of closers.splice(0)) await close();
});

async function runSeedExample(s: TestServer, sessionId: string) {
  const client = await s.connect(sessionId);
  client.say('Create a fantasy novel with dragons and magic');
  const toPlot = await client.waitFor('agent_switch', (m) => m.to_agent === 'PlotGeneratorAgent', 20_000);
  const saved = await client.waitFor(
    'tool_execution',
    (m) => m.tool_name === 'save_plot' && m.status === 'completed',
  );
  const completion = await client.waitFor('completion', () => true, 20_000);
  return { client, toPlot, saved, completion };
}

describe('the seed example end to end', () => {
  it('runs OrchestratorAgent → PlotGeneratorAgent → save_plot → completion on the offline model', async () => {
    server = await startTestServer();
    const { client, toPlot, completion } = await runSeedExample(server, 'seed-offline');
    expect(toPlot.from_agent).toBe('OrchestratorAgent');
    expect(completion.status).toBe('completed');
    expect(completion.results.agents_used).toEqual(['OrchestratorAgent', 'PlotGeneratorAgent']);
    const { plot_id, title } = completion.results;
    expect(plot_id).toEqual(expect.any(String));

    const streamed = client
      .ofType('stream_chunk')
      .filter((c) => c.agent === 'PlotGeneratorAgent')
      .map((c) => c.content)
      .join('');
    expect(client.ofType('stream_chunk').length).toBeGreaterThan(20);
    expect(streamed).toContain(title as string);

    const response = await fetch(`${server.url}/api/plots/${plot_id}`);
    expect(response.status).toBe(200);
    const plot = (await response.json()) as Plot;
    expect(plot).toMatchObject({ id: plot_id, title, session_id: 'seed-offline' });
    expect(`${plot.title} ${plot.summary}`.toLowerCase()).toMatch(/dragon/);
  });

  it('runs the same flow on @ai-sdk/openai against a local server speaking the chat-completions stream', async () => {
    const fake = await startFakeOpenAI();
    closers.push(() => fake.close());
    fake.script(
      {
        kind: 'reply',
        text: ["I'll help you create ", 'a fantasy novel...'],
        toolCalls: [
          {
            name: 'route_request',
            args: {
              steps: [
                {
                  agent: 'PlotGeneratorAgent',
                  task: 'A fantasy novel with dragons and magic',
                  mode: 'create',
                },
              ],
            },
          },
        ],
      },
      {
        kind: 'reply',
        text: ['# The Dragon’s Last Stand\n\n', 'The last dragons ', 'wake beneath the mountain.'],
        toolCalls: [
          {
            name: 'save_plot',
            args: {
              title: 'The Dragon’s Last Stand',
              logline: 'The last dragons wake, and a hedge-witch must choose a side.',
              summary: 'The last dragons wake beneath the mountain.',
              genre: 'Fantasy',
              subgenre: 'Epic fantasy',
              themes: ['Power', 'Mercy'],
            },
          },
        ],
      },
    );
    server = await startTestServer({
      env: { BOOKSWRITER_MODEL: 'openai:gpt-4o-mini' },
      modelEnv: { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake.baseURL },
    });
    const { client, completion } = await runSeedExample(server, 'seed-openai');
    expect(completion.results).toMatchObject({
      title: 'The Dragon’s Last Stand',
      agents_used: ['OrchestratorAgent', 'PlotGeneratorAgent'],
    });
    expect(fake.requests.map((r) => r.toolNames)).toEqual([
      ['route_request'],
      expect.arrayContaining(['save_plot']),
    ]);
    expect(fake.requests[0]?.promptText).toContain('Create a fantasy novel with dragons and magic');
    const chunks = client.ofType('stream_chunk');
    expect(
      chunks
        .filter((c) => c.agent === 'PlotGeneratorAgent')
        .map((c) => c.content)
        .join(''),
    ).toBe(`${FOLLOW_ON_SEPARATOR}# The Dragon’s Last Stand\n\nThe last dragons wake beneath the mountain.`);
    const plot = (await (
      await fetch(`${server.url}/api/plots/${completion.results.plot_id}`)
    ).json()) as Plot;
    expect(plot.themes).toEqual(['Power', 'Mercy']);
  });

  it('reports a rejected API key as PROVIDER_AUTH, saves nothing, and keeps the session working', async () => {
    const fake = await startFakeOpenAI();
    closers.push(() => fake.close());
    fake.script({ kind: 'error', status: 401, message: 'Incorrect API key provided' });
    server = await startTestServer({
      env: { BOOKSWRITER_MODEL: 'openai:gpt-4o-mini' },
      modelEnv: { OPENAI_API_KEY: 'sk-wrong', OPENAI_BASE_URL: fake.baseURL },
    });
    const client = await server.connect('seed-bad-key');
    client.say('Create a fantasy novel with dragons and magic');
    const error = await client.waitFor('error');
    expect(error.error_code).toBe('PROVIDER_AUTH');
    expect(JSON.stringify(error)).not.toContain('sk-wrong');
    expect((await client.waitFor('completion')).status).toBe('failed');
    const plots = (await (await fetch(`${server.url}/api/plots?session_id=seed-bad-key`)).json()) as {
      total: number;
    };
    expect(plots.total).toBe(0);

    client.send({ type: 'model_switch', model: 'offline:bookswriter-offline' });
    await client.waitFor('model_switched');
    client.say('Create a fantasy novel with dragons and magic');
    expect((await client.waitFor('completion', () => true, 20_000)).status).toBe('completed');
  });
});
