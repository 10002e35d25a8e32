// save_plot: stores the plot the PlotGeneratorAgent just wrote as a structured Plot in the library.
import type { Tool } from 'ai';
import { PlotInput } from '../../../protocol/artifacts.ts';
import { ToolName } from '../contract.ts';
import { createSaveTool } from './save-artifact.ts';
import type { ToolContext } from './tool-context.ts';

export function createSavePlotTool(context: ToolContext): Tool {
  return createSaveTool(context, {
    toolName: ToolName.savePlot,
    noun: 'plot',
    description:
      'Save the plot you just wrote to the library. Call it once, after the prose, with the same title, ' +
      'logline, summary, genre and acts (each act with its beats).',
    input: PlotInput,
    create: (artifacts, plot, links) => artifacts.create('plots', plot, links),
    describe: (plot) => ({ label: plot.title, result: { plot_id: plot.id, title: plot.title } }),
    record: (saved, plot) => saved.plots.push(plot),
  });
}
