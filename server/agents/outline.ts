// OutlineAgent: plans the book from its plot in acts, chapters and scenes, and saves the outline in the same call.
import type { ArtifactStore } from '../storage/repository.ts';
import { AgentName, ToolName } from './contract.ts';
import { createSpecialist, type SpecialistAgent, type SpecialistDefinition } from './specialist.ts';
import { createSaveOutlineTool, createUpdateOutlineTool } from './tools/save-outline.ts';

export const OUTLINE: SpecialistDefinition = {
  name: AgentName.outline,
  description:
    'Plans the book from its plot: acts, chapters and scenes with setting, cast, goal and word targets.',
  noun: 'outline',
  maxOutputTokens: 16_000,
  role: [
    'You are the OutlineAgent of BooksWriter: you plan a novel from its plot, world and cast.',
    'An outline has acts; each act has chapters; each chapter has scenes. Every scene has a title, a summary,',
    'its setting (a place of the world), its cast (characters by name), the goal of its point-of-view',
    'character, what has changed by its end, and a word target. Each scene is caused by the one before.',
    'Follow the plot’s acts and beats in order. When the writer asks for a number of chapters or a length,',
    'write exactly that many chapters, and word targets that add up to that length.',
  ],
  createTool: { name: ToolName.saveOutline, make: createSaveOutlineTool },
  reviseTool: { name: ToolName.updateOutline, make: createUpdateOutlineTool },
};

export function createOutlineAgent(deps: { artifacts: ArtifactStore }): SpecialistAgent {
  return createSpecialist(OUTLINE, deps);
}
