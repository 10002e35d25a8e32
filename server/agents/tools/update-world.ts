// update_world: revises a world of the session in place.
import type { Tool } from 'ai';
import { WorldPatch } from '../../../protocol/artifacts.ts';
import { ToolName } from '../contract.ts';
import type { ToolContext } from './tool-context.ts';
import { createUpdateTool } from './update-artifact.ts';

export function createUpdateWorldTool(context: ToolContext): Tool {
  return createUpdateTool(context, {
    kind: 'worlds',
    toolName: ToolName.updateWorld,
    noun: 'world',
    patch: WorldPatch.omit({ plot_id: true, project_id: true }),
    describe: (world) => ({ label: world.name, result: { world_id: world.id, world_name: world.name } }),
    record: (saved, world) => saved.worlds.push(world),
  });
}
