import { describe, expect, it } from 'vitest';
import { ToolName } from './contract.ts';
import { specialistStep } from './test-support/agent-inputs.ts';
import { recordingEvents } from './test-support/recording-events.ts';
import { samplePlot, sampleWorld } from './test-support/samples.ts';
import { scriptedModel } from './test-support/scripted-model.ts';
import { sessionRepositoryPerTest } from './test-support/session-repository.ts';
import { createWorldBuildingAgent } from './world-building.ts';

const repo = sessionRepositoryPerTest();

describe('WorldBuildingAgent', () => {
  it('saves the world linked to the plot it was built for, reporting progress', async () => {
    const plot = await repo.artifacts.create('plots', samplePlot, { owner: 'session:s1', session_id: 's1' });
    const model = scriptedModel({
      text: ['# Emberfall\n', 'Volcanic peaks.'],
      toolCalls: [{ name: ToolName.saveWorld, input: sampleWorld }],
    });
    const events = recordingEvents();
    const saved = await createWorldBuildingAgent({ artifacts: repo.artifacts }).run(
      specialistStep({
        model,
        events,
        request: 'Build the world',
        task: 'Build the world of the plot',
        context: { plot },
        links: { owner: 'session:s1', session_id: 's1', plot_id: plot.id },
      }),
    );
    expect(saved.worlds[0]).toMatchObject({ name: 'Emberfall', plot_id: plot.id, geography: '' });
    expect(events.written()).toBe('# Emberfall\nVolcanic peaks.');
    expect(events.tools().map((t) => t.message)).toEqual([
      'Preparing world...',
      'Saving world to database...',
      'World saved: Emberfall',
    ]);
  });
});
