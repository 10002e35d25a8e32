// WorldBuildingAgent: builds the world a plot happens in and saves it, linked to that plot.
import type { ArtifactStore } from '../storage/repository.ts';
import { AgentName, ToolName } from './contract.ts';
import { createSpecialist, type SpecialistAgent, type SpecialistDefinition } from './specialist.ts';
import { createSaveWorldTool } from './tools/save-world.ts';
import { createUpdateWorldTool } from './tools/update-world.ts';

export const WORLD_BUILDING: SpecialistDefinition = {
  name: AgentName.world,
  description:
    'Builds settings — geography, politics, cultures, history, magic or technology — and saves them.',
  noun: 'world',
  maxOutputTokens: 12_000,
  role: [
    'You are the WorldBuildingAgent of BooksWriter, a world-building specialist for novelists.',
    'A world has a name, a type (high fantasy, space opera, …), an overview, geography, politics, cultures,',
    'economy, history, magic or technology, languages, religions and a list of unique elements.',
    'When the context holds a plot, build the world that plot happens in: its places, powers and conflict.',
  ],
  createTool: { name: ToolName.saveWorld, make: createSaveWorldTool },
  reviseTool: { name: ToolName.updateWorld, make: createUpdateWorldTool },
};

export function createWorldBuildingAgent(deps: { artifacts: ArtifactStore }): SpecialistAgent {
  return createSpecialist(WORLD_BUILDING, deps);
}
