import { describe, expect, it } from 'vitest';
import { readPromptSections, ToolName } from './contract.ts';
import { createPlotGeneratorAgent } from './plot-generator.ts';
import type { SpecialistStep } from './specialist.ts';
import { specialistStep } from './test-support/agent-inputs.ts';
import { recordingEvents } from './test-support/recording-events.ts';
import { samplePlot } from './test-support/samples.ts';
import { promptText, scriptedModel } from './test-support/scripted-model.ts';
import { sessionRepositoryPerTest } from './test-support/session-repository.ts';

const repo = sessionRepositoryPerTest();

function step(overrides: Partial<SpecialistStep>): SpecialistStep {
  return specialistStep({
    request: 'Create a fantasy novel with dragons and magic',
    task: 'Write the plot',
    ...overrides,
  });
}

describe('PlotGeneratorAgent', () => {
  it('streams the prose and saves the plot from the same model call', async () => {
    const model = scriptedModel({
      text: ['# The Dragon', "'s Last Stand\n", 'A young mage...'],
      toolCalls: [{ name: ToolName.savePlot, input: samplePlot }],
    });
    const events = recordingEvents();
    const saved = await createPlotGeneratorAgent({ artifacts: repo.artifacts }).run(step({ model, events }));

    expect(model.doStreamCalls).toHaveLength(1);
    expect(events.written()).toBe("# The Dragon's Last Stand\nA young mage...");
    const plot = saved.plots[0];
    expect(plot?.title).toBe(samplePlot.title);
    expect(await repo.artifacts.get('plots', plot?.id ?? '')).toMatchObject({
      title: samplePlot.title,
      session_id: 's1',
    });
    expect(events.tools().map((t) => [t.status, t.progress])).toEqual([
      ['executing', 0],
      ['executing', 0.5],
      ['completed', 1],
    ]);
    expect(events.tools()[1]?.message).toBe('Saving plot to database...');
    expect(events.tools()[2]?.result).toEqual({ plot_id: plot?.id, title: samplePlot.title });
  });

  it('sends the request, task and mode as prompt sections and offers the save tool', async () => {
    const model = scriptedModel({ toolCalls: [{ name: ToolName.savePlot, input: samplePlot }] });
    await createPlotGeneratorAgent({ artifacts: repo.artifacts }).run(step({ model }));
    const call = model.doStreamCalls[0];
    const sections = readPromptSections(promptText(call ?? { prompt: [] }));
    expect(sections).toMatchObject({
      request: 'Create a fantasy novel with dragons and magic',
      mode: 'create',
    });
    expect(call?.tools?.map((t) => t.name)).toContain(ToolName.savePlot);
    expect(call?.tools?.map((t) => t.name)).not.toContain(ToolName.updatePlot);
  });

  it('reports a failed tool and saves nothing when the arguments stay invalid after one repair round', async () => {
    const untitled = { name: ToolName.savePlot, input: { ...samplePlot, title: '' } };
    const model = scriptedModel(
      { text: ['A plot without a title'], toolCalls: [untitled] },
      { toolCalls: [untitled] },
    );
    const events = recordingEvents();
    const run = createPlotGeneratorAgent({ artifacts: repo.artifacts }).run(step({ model, events }));
    await expect(run).rejects.toMatchObject({
      code: 'PROVIDER_BAD_OUTPUT',
      message: expect.stringContaining('title'),
    });
    // The repair round was told what was wrong and had to call the save tool.
    const repair = model.doStreamCalls[1];
    expect(repair?.toolChoice).toEqual({ type: 'tool', toolName: ToolName.savePlot });
    expect(repair ? promptText(repair) : '').toContain('title');
    expect(model.doStreamCalls).toHaveLength(2);
    expect(events.tools().at(-1)).toMatchObject({ status: 'failed', tool_name: ToolName.savePlot });
    expect((await repo.artifacts.list('plots', { limit: 10, offset: 0 })).total).toBe(0);
  });

  it('fails with PROVIDER_BAD_OUTPUT when the model never saves, even when asked once more', async () => {
    const model = scriptedModel({ text: ['Just some prose.'] }, { text: ['Still prose.'] });
    await expect(
      createPlotGeneratorAgent({ artifacts: repo.artifacts }).run(step({ model })),
    ).rejects.toMatchObject({
      code: 'PROVIDER_BAD_OUTPUT',
    });
  });

  it('revises a plot in place with update_plot', async () => {
    const existing = await repo.artifacts.create('plots', samplePlot, {
      owner: 'session:s1',
      session_id: 's1',
    });
    const model = scriptedModel({
      text: ['I made it darker.'],
      toolCalls: [{ name: ToolName.updatePlot, input: { id: existing.id, changes: { tone: 'Grim' } } }],
    });
    const saved = await createPlotGeneratorAgent({ artifacts: repo.artifacts }).run(
      step({ model, mode: 'revise', context: { target: existing } }),
    );
    expect(model.doStreamCalls[0]?.tools?.map((t) => t.name)).toContain(ToolName.updatePlot);
    expect(saved.plots[0]).toMatchObject({
      id: existing.id,
      tone: 'Grim',
      title: samplePlot.title,
      themes: ['sacrifice'],
    });
    expect((await repo.artifacts.list('plots', { limit: 10, offset: 0 })).total).toBe(1);
  });
});
