// save_world: stores the world the WorldBuildingAgent just described, linked to the plot it was built for.
import { type Tool, tool } from 'ai';
import { WorldInput } from '../../../protocol/artifacts.ts';
import { ToolName } from '../contract.ts';
import { reportToolRun, type ToolContext } from './tool-context.ts';
import { parseToolInput, schemaForModel } from './tool-input.ts';

export function createSaveWorldTool(context: ToolContext): Tool {
  return tool({
    description:
      'Save the world you just described to the library. Call it once, after the prose, with the same ' +
      'name and every section: overview, geography, politics, cultures, economy, history, ' +
      'magic_or_technology, languages, religions and unique_elements.',
    inputSchema: schemaForModel(WorldInput),
    execute: (input, { toolCallId, abortSignal }) =>
      reportToolRun(
        context,
        { toolCallId, toolName: ToolName.saveWorld, startMessage: 'Preparing world...', abortSignal },
        async (progress) => {
          const world = parseToolInput(WorldInput, input, ToolName.saveWorld);
          progress('Saving world to database...', 0.5);
          const saved = await context.artifacts.createWorld(world, context.links);
          context.saved.worlds.push(saved);
          return {
            message: `World saved: ${saved.name}`,
            result: { world_id: saved.id, world_name: saved.name },
          };
        },
      ),
  });
}
