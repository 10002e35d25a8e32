import { describe, expect, it } from 'vitest';
import { AgentName, readArtifactCatalog, ToolName } from './contract.ts';
import { createOrchestratorAgent } from './orchestrator.ts';
import { turnInput as turn } from './test-support/agent-inputs.ts';
import { recordingEvents } from './test-support/recording-events.ts';
import { samplePlot, sampleVillain } from './test-support/samples.ts';
import { scriptedModel } from './test-support/scripted-model.ts';
import { sessionRepositoryPerTest } from './test-support/session-repository.ts';

const repo = sessionRepositoryPerTest();

describe('OrchestratorAgent', () => {
  it('streams an acknowledgement and returns the routed steps', async () => {
    const model = scriptedModel({
      text: ["I'll help you create ", 'a fantasy novel...'],
      toolCalls: [
        { name: ToolName.route, input: { steps: [{ agent: AgentName.plot, task: 'Write the plot' }] } },
      ],
    });
    const events = recordingEvents();
    const decision = await createOrchestratorAgent({ artifacts: repo.artifacts }).decide(
      turn({ model, events }),
      {
        maxRetries: 0,
      },
    );
    expect(events.written()).toBe("I'll help you create a fantasy novel...");
    expect(decision.route?.steps).toEqual([
      { agent: AgentName.plot, task: 'Write the plot', mode: 'create' },
    ]);
    expect(model.doStreamCalls).toHaveLength(1);
    expect(model.doStreamCalls[0]?.tools?.map((t) => t.name)).toEqual([ToolName.route]);
  });

  it('answers a plain question without routing, once asked for a decision confirms no steps', async () => {
    const model = scriptedModel(
      { text: ['A logline is one sentence.'] },
      { text: ['(not shown)'], toolCalls: [{ name: ToolName.route, input: { steps: [] } }] },
    );
    const decision = await createOrchestratorAgent({ artifacts: repo.artifacts }).decide(
      turn({ model, content: 'What is a logline?' }),
      { maxRetries: 0 },
    );
    expect(decision).toEqual({ text: 'A logline is one sentence.', route: undefined });
    expect(model.doStreamCalls[1]?.toolChoice).toEqual({ type: 'tool', toolName: ToolName.route });
  });

  it('still routes when the model announces the work in text but never calls the route tool', async () => {
    const route = { steps: [{ agent: AgentName.plot, task: 'A plot', mode: 'create', target_id: null }] };
    const model = scriptedModel(
      { text: ["I'll have the plot specialist write it."] },
      { toolCalls: [{ name: ToolName.route, input: route }] },
    );
    const events = recordingEvents();
    const decision = await createOrchestratorAgent({ artifacts: repo.artifacts }).decide(
      turn({ model, content: 'A plot please', events }),
      { maxRetries: 0 },
    );
    expect(decision.route?.steps).toEqual([{ agent: AgentName.plot, task: 'A plot', mode: 'create' }]);
    expect(events.written()).toBe("I'll have the plot specialist write it.");
  });

  it('fails plainly when the model neither answers nor routes', async () => {
    const model = scriptedModel({ text: [] }, { text: [] });
    await expect(
      createOrchestratorAgent({ artifacts: repo.artifacts }).decide(turn({ model }), { maxRetries: 0 }),
    ).rejects.toMatchObject({
      code: 'PROVIDER_BAD_OUTPUT',
      message: expect.stringMatching(/neither answered/),
    });
  });

  it("lists the session's artifacts in its prompt so follow-ups can name a target", async () => {
    const plot = await repo.artifacts.create('plots', samplePlot, { owner: 'session:s1', session_id: 's1' });
    const villain = await repo.artifacts.create('characters', sampleVillain, {
      owner: 'session:s1',
      session_id: 's1',
      plot_id: plot.id,
    });
    await repo.sessions.ensureSession('other');
    await repo.artifacts.create(
      'plots',
      { ...samplePlot, title: 'Not this one' },
      { owner: 'session:other', session_id: 'other' },
    );
    const model = scriptedModel({
      toolCalls: [
        {
          name: ToolName.route,
          input: {
            steps: [
              { agent: AgentName.characters, task: 'Soften him', mode: 'revise', target_id: villain.id },
            ],
          },
        },
      ],
    });
    const decision = await createOrchestratorAgent({ artifacts: repo.artifacts }).decide(
      turn({ model, content: 'Make the villain more sympathetic' }),
      { maxRetries: 0 },
    );
    const prompt = model.doStreamCalls[0]?.prompt ?? [];
    const system = prompt.find((m) => m.role === 'system');
    // The library is user-role context before the writer's words; the system prompt names none of it.
    expect(JSON.stringify(system)).not.toContain(villain.id);
    const last = prompt.at(-1);
    const parts = last?.role === 'user' ? last.content.map((p) => (p.type === 'text' ? p.text : '')) : [];
    expect(parts.at(-1)).toBe('Make the villain more sympathetic');
    const catalog = readArtifactCatalog(parts[0] ?? '');
    expect(catalog).toEqual([
      { kind: 'plots', id: plot.id, label: samplePlot.title, detail: 'Fantasy' },
      { kind: 'characters', id: villain.id, label: 'Malgrim', detail: 'antagonist' },
    ]);
    expect(decision.route?.steps[0]).toMatchObject({ mode: 'revise', target_id: villain.id });
  });

  it('drops a target id the session does not have, leaving the workflow to find the target', async () => {
    const model = scriptedModel({
      toolCalls: [
        {
          name: ToolName.route,
          input: {
            steps: [{ agent: AgentName.plot, task: 'Rename', mode: 'revise', target_id: 'invented' }],
          },
        },
      ],
    });
    const decision = await createOrchestratorAgent({ artifacts: repo.artifacts }).decide(turn({ model }), {
      maxRetries: 0,
    });
    expect(decision.route?.steps[0]).toEqual({ agent: AgentName.plot, task: 'Rename', mode: 'revise' });
  });

  it('rejects a malformed route with PROVIDER_BAD_OUTPUT', async () => {
    const model = scriptedModel({
      toolCalls: [{ name: ToolName.route, input: { steps: [{ agent: 'PoetAgent', task: 'x' }] } }],
    });
    await expect(
      createOrchestratorAgent({ artifacts: repo.artifacts }).decide(turn({ model }), { maxRetries: 0 }),
    ).rejects.toMatchObject({ code: 'PROVIDER_BAD_OUTPUT' });
  });

  it('passes recent history to the model', async () => {
    const model = scriptedModel(
      { text: ['Sure.'] },
      { toolCalls: [{ name: ToolName.route, input: { steps: [] } }] },
    );
    const history = [
      {
        id: 'm1',
        turn_id: 't0',
        role: 'user' as const,
        agent: null,
        content: 'Earlier question',
        status: 'complete' as const,
        chunk_count: 0,
        created_at: '2026-01-01T00:00:00Z',
        client_message_id: null,
      },
    ];
    await createOrchestratorAgent({ artifacts: repo.artifacts }).decide(turn({ model, history }), {
      maxRetries: 0,
    });
    const roles = model.doStreamCalls[0]?.prompt.map((m) => m.role);
    expect(roles).toEqual(['system', 'user', 'user']);
  });
});
