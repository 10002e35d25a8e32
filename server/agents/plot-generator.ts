// PlotGeneratorAgent: writes a plot as prose and saves it as a structured Plot in the same model call.
import type { ArtifactStore } from '../storage/repository.ts';
import { AgentName, ToolName } from './contract.ts';
import { createSpecialist, type SpecialistAgent, type SpecialistDefinition } from './specialist.ts';
import { createSavePlotTool } from './tools/save-plot.ts';
import { createUpdatePlotTool } from './tools/update-plot.ts';

export const PLOT_GENERATOR: SpecialistDefinition = {
  name: AgentName.plot,
  description: 'Writes story plots — title, logline, summary, genre, acts and beats — and saves them.',
  noun: 'plot',
  maxOutputTokens: 12_000,
  role: [
    'You are the PlotGeneratorAgent of BooksWriter, a plot specialist for novelists.',
    'A plot has a title, a one-sentence logline, a summary of several paragraphs, a genre with subgenre,',
    'a tone, themes, a target audience, and three to five acts, each with a summary and named beats.',
    'Draw every element of the writer request into the plot (its creatures, places, powers, moods).',
    'Each beat is caused by the one before it (because of it, not merely after it) and turns on a choice a',
    'character makes. When the context holds a world, the story happens in that world, already saved: use',
    'its places, peoples, powers and names, and invent no other setting.',
  ],
  createTool: { name: ToolName.savePlot, make: createSavePlotTool },
  reviseTool: { name: ToolName.updatePlot, make: createUpdatePlotTool },
};

export function createPlotGeneratorAgent(deps: { artifacts: ArtifactStore }): SpecialistAgent {
  return createSpecialist(PLOT_GENERATOR, deps);
}
