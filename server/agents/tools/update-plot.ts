// update_plot: revises a plot of the session in place (a new title, a darker act, a twist).
import type { Tool } from 'ai';
import { PlotPatch } from '../../../protocol/artifacts.ts';
import { ToolName } from '../contract.ts';
import type { ToolContext } from './tool-context.ts';
import { createUpdateTool } from './update-artifact.ts';

export function createUpdatePlotTool(context: ToolContext): Tool {
  return createUpdateTool(context, {
    kind: 'plots',
    toolName: ToolName.updatePlot,
    noun: 'plot',
    patch: PlotPatch.omit({ author_id: true, project_id: true }),
    describe: (plot) => ({ label: plot.title, result: { plot_id: plot.id, title: plot.title } }),
    record: (saved, plot) => saved.plots.push(plot),
  });
}
