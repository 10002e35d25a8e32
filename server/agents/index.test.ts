import type { LanguageModelV3StreamPart } from '@ai-sdk/provider';
import { MockLanguageModelV3 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { AgentName, readPromptSections, ToolName } from './contract.ts';
import { createTurnRunner, listAgents } from './index.ts';
import { turnInput as turn } from './test-support/agent-inputs.ts';
import { recordingEvents } from './test-support/recording-events.ts';
import {
  sampleCharacters,
  sampleHero,
  samplePlot,
  sampleVillain,
  sampleWorld,
} from './test-support/samples.ts';
import { promptText, scriptedModel } from './test-support/scripted-model.ts';
import { sessionRepositoryPerTest } from './test-support/session-repository.ts';

const repo = sessionRepositoryPerTest();

const route = (...steps: Record<string, unknown>[]) => ({ name: ToolName.route, input: { steps } });

describe('createTurnRunner', () => {
  it('hands a plot request from the orchestrator to the plot generator, as in the protocol document', async () => {
    const model = scriptedModel(
      {
        text: ["I'll help you create a fantasy novel..."],
        toolCalls: [route({ agent: AgentName.plot, task: 'Plot' })],
      },
      { text: ['# The Dragon'], toolCalls: [{ name: ToolName.savePlot, input: samplePlot }] },
    );
    const events = recordingEvents();
    const outcome = await createTurnRunner({ artifacts: repo.artifacts, scenes: repo.scenes })(
      turn({ model, events }),
    );

    expect(outcome.message).toBe('Plot generation completed successfully');
    expect(outcome.results).toEqual({
      agents_used: [AgentName.orchestrator, AgentName.plot],
      plot_id: expect.any(String),
      title: samplePlot.title,
    });
    expect(await repo.artifacts.get('plots', outcome.results.plot_id ?? '')).toMatchObject({
      title: samplePlot.title,
    });
    expect(events.log.map((e) => e.kind)).toEqual(['text', 'switch', 'text', 'tool', 'tool', 'tool']);
    expect(events.switches()).toEqual([
      { to: AgentName.plot, reason: 'Routing request to plot generation specialist' },
    ]);
    // Each scripted call reports 10 input and 20 output tokens.
    expect(outcome.usage).toEqual({ inputTokens: 20, outputTokens: 40 });
  });

  it('runs plot → world → characters, each given the earlier artifacts, and links them', async () => {
    const model = scriptedModel(
      {
        toolCalls: [
          route(
            { agent: AgentName.plot, task: 'Plot' },
            { agent: AgentName.world, task: 'World' },
            { agent: AgentName.characters, task: 'Two characters' },
          ),
        ],
      },
      { toolCalls: [{ name: ToolName.savePlot, input: samplePlot }] },
      { toolCalls: [{ name: ToolName.saveWorld, input: sampleWorld }] },
      { toolCalls: [{ name: ToolName.saveCharacters, input: { characters: sampleCharacters } }] },
    );
    const outcome = await createTurnRunner({ artifacts: repo.artifacts, scenes: repo.scenes })(
      turn({ model }),
    );
    const { plot_id, world_id, character_ids } = outcome.results;

    const worldPrompt = readPromptSections(promptText(model.doStreamCalls[2] ?? { prompt: [] }));
    expect(worldPrompt?.context.plot).toMatchObject({ id: plot_id, title: samplePlot.title });
    const castPrompt = readPromptSections(promptText(model.doStreamCalls[3] ?? { prompt: [] }));
    expect(castPrompt?.context).toMatchObject({ plot: { id: plot_id }, world: { id: world_id } });

    expect(await repo.artifacts.get('worlds', world_id ?? '')).toMatchObject({ plot_id });
    for (const id of character_ids ?? []) {
      expect(await repo.artifacts.get('characters', id)).toMatchObject({ plot_id, world_id });
    }
    expect(character_ids).toHaveLength(2);
    expect(outcome.results.character_names).toEqual(sampleCharacters.map((c) => c.name));
    expect(outcome.results.agents_used).toEqual([
      AgentName.orchestrator,
      AgentName.plot,
      AgentName.world,
      AgentName.characters,
    ]);
    expect(outcome.message).toBe(
      'Plot generation, world building and character creation completed successfully',
    );
  });

  it("builds a world on the session's latest plot when the turn writes none", async () => {
    const plot = await repo.artifacts.create('plots', samplePlot, { owner: 'session:s1', session_id: 's1' });
    const model = scriptedModel(
      { toolCalls: [route({ agent: AgentName.world, task: 'World' })] },
      { toolCalls: [{ name: ToolName.saveWorld, input: sampleWorld }] },
    );
    const outcome = await createTurnRunner({ artifacts: repo.artifacts, scenes: repo.scenes })(
      turn({ model, content: 'Now the world' }),
    );
    expect(
      readPromptSections(promptText(model.doStreamCalls[1] ?? { prompt: [] }))?.context.plot,
    ).toMatchObject({
      id: plot.id,
    });
    expect(await repo.artifacts.get('worlds', outcome.results.world_id ?? '')).toMatchObject({
      plot_id: plot.id,
    });
  });

  it('revises the named character in a follow-up, leaving the cast the same size', async () => {
    await repo.artifacts.create('characters', sampleHero, { owner: 'session:s1', session_id: 's1' });
    const villain = await repo.artifacts.create('characters', sampleVillain, {
      owner: 'session:s1',
      session_id: 's1',
    });
    const model = scriptedModel(
      {
        toolCalls: [
          route({
            agent: AgentName.characters,
            task: 'More sympathetic',
            mode: 'revise',
            target_id: villain.id,
          }),
        ],
      },
      {
        toolCalls: [
          {
            name: ToolName.updateCharacter,
            input: { id: villain.id, changes: { motivations: ['Protect his son'] } },
          },
        ],
      },
    );
    const events = recordingEvents();
    const outcome = await createTurnRunner({ artifacts: repo.artifacts, scenes: repo.scenes })(
      turn({ model, events, content: 'Make the villain more sympathetic' }),
    );
    expect(readPromptSections(promptText(model.doStreamCalls[1] ?? { prompt: [] }))).toMatchObject({
      mode: 'revise',
      context: { target: { id: villain.id, name: 'Malgrim' } },
    });
    expect(events.switches()[0]?.reason).toBe('Routing revision to character development specialist');
    expect(outcome).toMatchObject({
      message: 'Character revision completed successfully',
      results: { character_ids: [villain.id], character_names: ['Malgrim'] },
    });
    expect((await repo.artifacts.list('characters', { limit: 10, offset: 0 })).total).toBe(2);
    expect(await repo.artifacts.get('characters', villain.id)).toMatchObject({
      motivations: ['Protect his son'],
    });
  });

  it('ends with the orchestrator when it answers by itself', async () => {
    const model = scriptedModel(
      { text: ['A logline is one sentence.'] },
      { toolCalls: [{ name: ToolName.route, input: { steps: [] } }] },
    );
    const outcome = await createTurnRunner({ artifacts: repo.artifacts, scenes: repo.scenes })(
      turn({ model, content: 'What is a logline?' }),
    );
    expect(outcome.results).toEqual({ agents_used: [AgentName.orchestrator] });
  });

  it('lets provider errors propagate', async () => {
    const failure = new Error('upstream exploded');
    const model = scriptedModel({ text: ['Hm'], error: failure });
    await expect(
      createTurnRunner({ artifacts: repo.artifacts, scenes: repo.scenes, maxRetries: 0 })(turn({ model })),
    ).rejects.toBe(failure);
  });

  it('stops promptly on abort mid-stream and saves nothing', async () => {
    const controller = new AbortController();
    let calls = 0;
    const model = new MockLanguageModelV3({
      doStream: async ({ abortSignal }) => {
        calls += 1;
        const first = calls === 1;
        return {
          stream: new ReadableStream<LanguageModelV3StreamPart>({
            start(stream) {
              stream.enqueue({ type: 'stream-start', warnings: [] });
              stream.enqueue({ type: 'text-start', id: 't' });
              stream.enqueue({ type: 'text-delta', id: 't', delta: first ? 'Routing.' : 'Once upon' });
              if (first) {
                stream.enqueue({
                  type: 'tool-call',
                  toolCallId: 'r',
                  toolName: ToolName.route,
                  input: JSON.stringify({ steps: [{ agent: AgentName.plot, task: 'Plot' }] }),
                });
                stream.enqueue({
                  type: 'finish',
                  finishReason: { unified: 'tool-calls', raw: undefined },
                  usage: {
                    inputTokens: { total: 1, noCache: 1, cacheRead: undefined, cacheWrite: undefined },
                    outputTokens: { total: 1, text: 1, reasoning: undefined },
                  },
                });
                stream.close();
                return;
              }
              // The plot writer never finishes on its own: only the abort ends it.
              abortSignal?.addEventListener('abort', () => stream.error(abortSignal.reason), { once: true });
            },
          }),
        };
      },
    });
    const events = recordingEvents((event) => {
      if (event.kind === 'text' && event.delta === 'Once upon') controller.abort();
    });
    await expect(
      createTurnRunner({ artifacts: repo.artifacts, scenes: repo.scenes })(
        turn({ model, events, signal: controller.signal }),
      ),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(calls).toBe(2);
    expect((await repo.artifacts.list('plots', { limit: 10, offset: 0 })).total).toBe(0);
    expect(events.tools()).toEqual([]);
  });
});

describe('listAgents', () => {
  it('lists the orchestrator and the six specialists with their tools', () => {
    const agents = listAgents();
    expect(agents.map((a) => a.name)).toEqual([
      AgentName.orchestrator,
      AgentName.plot,
      AgentName.world,
      AgentName.characters,
      AgentName.author,
      AgentName.outline,
      AgentName.drafting,
    ]);
    expect(agents.at(-1)?.tools).toEqual([ToolName.draftScene]);
    expect(agents[0]?.tools).toEqual([ToolName.route]);
    expect(agents[1]?.tools).toEqual([
      ToolName.savePlot,
      ToolName.updatePlot,
      ToolName.searchLibrary,
      ToolName.getArtifact,
    ]);
    for (const agent of agents) expect(agent.description.length).toBeGreaterThan(20);
  });
});
