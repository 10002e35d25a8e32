// save_world: stores the world the WorldBuildingAgent just described, linked to the plot it was built for.
import type { Tool } from 'ai';
import { WorldInput } from '../../../protocol/artifacts.ts';
import { ToolName } from '../contract.ts';
import { createSaveTool } from './save-artifact.ts';
import type { ToolContext } from './tool-context.ts';

export function createSaveWorldTool(context: ToolContext): Tool {
  return createSaveTool(context, {
    toolName: ToolName.saveWorld,
    noun: 'world',
    description:
      'Save the world you just described to the library. Call it once, after the prose, with the same ' +
      'name and every section: overview, geography, politics, cultures, economy, history, ' +
      'magic_or_technology, languages, religions and unique_elements.',
    input: WorldInput,
    create: (artifacts, world, links) => artifacts.create('worlds', world, links),
    describe: (world) => ({ label: world.name, result: { world_id: world.id, world_name: world.name } }),
    record: (saved, world) => saved.worlds.push(world),
  });
}
