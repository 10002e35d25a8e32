// Models that break the script, through the real provider packages against fake wire servers: each
// case ends with one saved artifact and prose for the writer, or a specific error, with usage counted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeProviderServer, startFakeGemini, startFakeOpenAI } from '../llm/test-support/index.ts';
import type { ScriptedResponse } from '../llm/test-support/scripted-server.ts';
import { openRepository, type Repository } from '../storage/index.ts';
import { AgentName, ToolName } from './contract.ts';
import { createTurnRunner, usageOf } from './index.ts';
import { fakeProviderModel } from './test-support/fake-provider-model.ts';
import { recordingEvents } from './test-support/recording-events.ts';
import { samplePlot } from './test-support/samples.ts';

let openai: FakeProviderServer;
let gemini: FakeProviderServer;
let repo: Repository;
let turns = 0;
beforeAll(async () => {
  [openai, gemini] = await Promise.all([startFakeOpenAI(), startFakeGemini()]);
  repo = await openRepository(':memory:');
});
afterAll(async () => {
  await repo.close();
  await Promise.all([openai.close(), gemini.close()]);
});

const ROUTE_CALL = { name: ToolName.route, args: { steps: [{ agent: AgentName.plot, task: 'The plot' }] } };
const ROUTE_TO_PLOT: ScriptedResponse = {
  kind: 'reply',
  text: ['Writing your plot.'],
  toolCalls: [ROUTE_CALL],
};
const save = (args: Record<string, unknown> = samplePlot) => ({ name: ToolName.savePlot, args });

async function runTurn(provider: 'openai' | 'gemini', ...script: ScriptedResponse[]) {
  const fake = provider === 'openai' ? openai : gemini;
  const resolved = fakeProviderModel(provider, fake.baseURL);
  const sessionId = `recovery-${++turns}`;
  await repo.sessions.ensureSession(sessionId);
  const before = fake.requests.length;
  fake.script(...script);
  const events = recordingEvents();
  const run = createTurnRunner({ artifacts: repo.artifacts, scenes: repo.scenes, maxRetries: 0 })({
    sessionId,
    owner: `session:${sessionId}`,
    turnId: `t${turns}`,
    content: 'Write me a plot',
    model: resolved.model,
    modelId: resolved.id,
    history: [],
    signal: new AbortController().signal,
    events,
  });
  const outcome = await run.catch((error: unknown) => ({ error }));
  const plots = await repo.artifacts.list('plots', { limit: 10, offset: 0, session_id: sessionId });
  return {
    outcome,
    events,
    plots: plots.items,
    requests: fake.requests.slice(before),
    pending: fake.pending(),
  };
}

describe('a specialist that breaks the script', () => {
  it('saves a tool call that came with no prose, and shows the writer the saved plot', async () => {
    const { outcome, events, plots, requests } = await runTurn('gemini', ROUTE_TO_PLOT, {
      kind: 'reply',
      toolCalls: [save()],
    });
    expect(outcome).toMatchObject({ results: { title: samplePlot.title } });
    expect(plots).toHaveLength(1);
    expect(requests).toHaveLength(2);
    expect(events.written()).toContain(`# ${samplePlot.title}`);
    expect(events.written()).toContain(samplePlot.logline);
  });

  it('forces one save call, given the prose, when the model writes prose but never saves', async () => {
    const { outcome, events, plots, requests } = await runTurn(
      'openai',
      ROUTE_TO_PLOT,
      {
        kind: 'reply',
        text: ['# The Dragon', "'s Last Stand"],
      },
      { kind: 'reply', toolCalls: [save()] },
    );
    expect(outcome).toMatchObject({ results: { title: samplePlot.title } });
    expect(plots).toHaveLength(1);
    const forced = requests[2];
    expect(forced?.body.tool_choice).toEqual({ type: 'function', function: { name: ToolName.savePlot } });
    expect(forced?.promptText).toContain("# The Dragon's Last Stand");
    expect(events.written()).toBe("Writing your plot.# The Dragon's Last Stand");
  });

  it('forces one save call when the output was cut off at the token limit', async () => {
    const { outcome, plots, requests } = await runTurn(
      'openai',
      ROUTE_TO_PLOT,
      { kind: 'reply', text: ['# The Dragon'], finishReason: 'length' },
      { kind: 'reply', toolCalls: [save()] },
    );
    expect(outcome).toMatchObject({ results: { title: samplePlot.title } });
    expect(plots).toHaveLength(1);
    expect(requests[2]?.promptText).toContain('cut off');
  });

  it("forces one save call after Gemini's MALFORMED_FUNCTION_CALL", async () => {
    const { outcome, plots } = await runTurn(
      'gemini',
      ROUTE_TO_PLOT,
      { kind: 'reply', text: ['# The Dragon'], finishReason: 'MALFORMED_FUNCTION_CALL' },
      { kind: 'reply', toolCalls: [save()] },
    );
    expect(outcome).toMatchObject({ results: { title: samplePlot.title } });
    expect(plots).toHaveLength(1);
  });

  it('cleans what is safe to clean (over-long text, empty rows) without asking the model again', async () => {
    const messy = {
      ...samplePlot,
      title: `  ${'Long '.repeat(60)}`,
      themes: ['sacrifice', '', '  '],
      acts: [...(samplePlot.acts ?? []), { name: '', summary: '', beats: [] }],
    };
    const { outcome, plots, requests } = await runTurn('openai', ROUTE_TO_PLOT, {
      kind: 'reply',
      text: ['A plot.'],
      toolCalls: [save(messy)],
    });
    expect(outcome).toMatchObject({ results: { plot_id: expect.any(String) } });
    expect(requests).toHaveLength(2);
    expect(plots[0]?.title).toMatch(/^Long Long/);
    expect(plots[0]?.title.length).toBeLessThanOrEqual(200);
    expect(plots[0]?.themes).toEqual(['sacrifice']);
    expect(plots[0]?.acts).toHaveLength(samplePlot.acts?.length ?? 0);
  });

  it('sends the validation errors back for one repair, then saves the repaired call', async () => {
    const { outcome, plots, requests } = await runTurn(
      'openai',
      ROUTE_TO_PLOT,
      { kind: 'reply', text: ['A plot.'], toolCalls: [save({ ...samplePlot, genre: '' })] },
      { kind: 'reply', toolCalls: [save()] },
    );
    expect(outcome).toMatchObject({ results: { title: samplePlot.title } });
    expect(plots).toHaveLength(1);
    expect(requests[2]?.promptText).toMatch(/rejected: .*genre/);
  });

  it('fails with a specific error when the repair is invalid too, keeping the usage', async () => {
    const bad = save({ ...samplePlot, genre: '' });
    const { outcome, plots, pending } = await runTurn(
      'openai',
      ROUTE_TO_PLOT,
      { kind: 'reply', text: ['A plot.'], toolCalls: [bad] },
      { kind: 'reply', toolCalls: [bad] },
    );
    expect(pending).toBe(0);
    expect(plots).toHaveLength(0);
    const error = (outcome as { error: unknown }).error;
    expect(error).toMatchObject({
      code: 'PROVIDER_BAD_OUTPUT',
      message: expect.stringMatching(/could not save the plot, even when asked again: .*genre/),
    });
    // Three calls to the fake, each reporting 20 input tokens.
    expect(usageOf(error)).toMatchObject({ inputTokens: 60 });
  });

  it('saves one plot when the model calls the save tool twice in one step, and asks for no parallel calls', async () => {
    const { outcome, plots, requests } = await runTurn('openai', ROUTE_TO_PLOT, {
      kind: 'reply',
      text: ['A plot.'],
      toolCalls: [save(), save({ ...samplePlot, title: 'Second' })],
    });
    expect(outcome).toMatchObject({ results: { title: samplePlot.title } });
    expect(plots).toHaveLength(1);
    expect(requests[1]?.body.parallel_tool_calls).toBe(false);
  });
});

describe('an orchestrator that never routes', () => {
  it('is asked once more with the route tool required, and the work still happens', async () => {
    const { outcome, events, plots, requests } = await runTurn(
      'openai',
      { kind: 'reply', text: ["I'll have the plot specialist write that."] },
      { kind: 'reply', toolCalls: [ROUTE_CALL] },
      { kind: 'reply', text: ['A plot.'], toolCalls: [save()] },
    );
    expect(outcome).toMatchObject({ results: { agents_used: [AgentName.orchestrator, AgentName.plot] } });
    expect(plots).toHaveLength(1);
    expect(requests[1]?.body.tool_choice).toEqual({ type: 'function', function: { name: ToolName.route } });
    expect(events.written()).toBe("I'll have the plot specialist write that.A plot.");
  });
});
