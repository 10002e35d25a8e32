// save_plot: stores the plot the PlotGeneratorAgent just wrote as a structured Plot in the library.
import { type Tool, tool } from 'ai';
import { PlotInput } from '../../../protocol/artifacts.ts';
import { ToolName } from '../contract.ts';
import { reportToolRun, type ToolContext } from './tool-context.ts';
import { parseToolInput, schemaForModel } from './tool-input.ts';

export function createSavePlotTool(context: ToolContext): Tool {
  return tool({
    description:
      'Save the plot you just wrote to the library. Call it once, after the prose, with the same title, ' +
      'logline, summary, genre and acts (each act with its beats).',
    inputSchema: schemaForModel(PlotInput),
    execute: (input, { toolCallId, abortSignal }) =>
      reportToolRun(
        context,
        { toolCallId, toolName: ToolName.savePlot, startMessage: 'Preparing plot...', abortSignal },
        async (progress) => {
          const plot = parseToolInput(PlotInput, input, ToolName.savePlot);
          progress('Saving plot to database...', 0.5);
          const saved = await context.artifacts.createPlot(plot, context.links);
          context.saved.plots.push(saved);
          return { message: `Plot saved: ${saved.title}`, result: { plot_id: saved.id, title: saved.title } };
        },
      ),
  });
}
