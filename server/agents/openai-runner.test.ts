import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createModelRegistry } from '../llm/index.ts';
import { type FakeProviderServer, startFakeOpenAI } from '../llm/test-support/index.ts';
import { openRepository, type Repository } from '../storage/index.ts';
import { AgentName, ToolName } from './contract.ts';
import { createTurnRunner } from './index.ts';
import { recordingEvents } from './test-support/recording-events.ts';
import { samplePlot } from './test-support/samples.ts';

let server: FakeProviderServer;
let repo: Repository;
beforeAll(async () => {
  server = await startFakeOpenAI();
  repo = await openRepository(':memory:');
  await repo.sessions.ensureSession('s1');
});
afterAll(async () => {
  await repo.close();
  await server.close();
});

describe('the orchestrator and plot generator through the OpenAI provider package', () => {
  it('routes, streams and saves the plot over a real HTTP exchange', async () => {
    const registry = createModelRegistry({
      env: { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: server.baseURL },
      offlineDelayMs: 0,
    });
    const resolved = registry.resolve('openai:gpt-4o-mini');
    if (!resolved) throw new Error('the OpenAI model did not resolve');
    server.script(
      {
        kind: 'reply',
        text: ["I'll help you create ", 'a fantasy novel...'],
        toolCalls: [
          { name: ToolName.route, args: { steps: [{ agent: AgentName.plot, task: 'Write the plot' }] } },
        ],
      },
      {
        kind: 'reply',
        text: ["# The Dragon's Last Stand\n", 'A young mage...'],
        toolCalls: [{ name: ToolName.savePlot, args: { ...samplePlot } }],
      },
    );
    const events = recordingEvents();
    const outcome = await createTurnRunner({ artifacts: repo.artifacts, scenes: repo.scenes, maxRetries: 0 })(
      {
        sessionId: 's1',
        owner: 'session:s1',
        turnId: 't1',
        content: 'Create a fantasy novel with dragons and magic',
        model: resolved.model,
        modelId: resolved.id,
        history: [],
        signal: new AbortController().signal,
        events,
      },
    );

    expect(outcome.results).toMatchObject({
      agents_used: [AgentName.orchestrator, AgentName.plot],
      title: samplePlot.title,
    });
    expect(await repo.artifacts.get('plots', outcome.results.plot_id ?? '')).toMatchObject({
      title: samplePlot.title,
    });
    expect(events.written()).toBe(
      "I'll help you create a fantasy novel...# The Dragon's Last Stand\nA young mage...",
    );
    expect(server.requests.map((r) => r.toolNames)).toEqual([[ToolName.route], [ToolName.savePlot]]);
    expect(server.requests[1]?.promptText).toContain(
      '<request>\nCreate a fantasy novel with dragons and magic\n</request>',
    );
  });
});

describe('the routing model', () => {
  it("sends the orchestrator's call to the routing model and the specialist's to the session model", async () => {
    const registry = createModelRegistry({
      env: { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: server.baseURL },
      offlineDelayMs: 0,
    });
    const resolved = registry.resolve('openai:gpt-4.1');
    if (!resolved) throw new Error('the OpenAI model did not resolve');
    server.script(
      {
        kind: 'reply',
        toolCalls: [{ name: ToolName.route, args: { steps: [{ agent: AgentName.plot, task: 'The plot' }] } }],
      },
      { kind: 'reply', text: ['# Plot'], toolCalls: [{ name: ToolName.savePlot, args: { ...samplePlot } }] },
    );
    const before = server.requests.length;
    await createTurnRunner({
      artifacts: repo.artifacts,
      scenes: repo.scenes,
      maxRetries: 0,
      routerFor: (id) => registry.routerFor(id)?.model,
    })({
      sessionId: 's1',
      owner: 'session:s1',
      turnId: 't2',
      content: 'A plot',
      model: resolved.model,
      modelId: resolved.id,
      history: [],
      signal: new AbortController().signal,
      events: recordingEvents(),
    });
    expect(server.requests.slice(before).map((r) => r.model)).toEqual(['gpt-4.1-mini', 'gpt-4.1']);
  });
});
