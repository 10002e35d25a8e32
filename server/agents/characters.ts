// CharactersAgent: creates a cast that serves a plot and lives in its world, or revises one character.
import type { ArtifactStore } from '../storage/repository.ts';
import { AgentName, ToolName } from './contract.ts';
import { createSpecialist, type SpecialistAgent, type SpecialistDefinition } from './specialist.ts';
import { createSaveCharactersTool } from './tools/save-characters.ts';
import { createUpdateCharacterTool } from './tools/update-character.ts';

export const CHARACTERS: SpecialistDefinition = {
  name: AgentName.characters,
  description:
    'Creates casts — protagonists, antagonists, allies, their arcs and relationships — and saves them.',
  noun: 'characters',
  maxOutputTokens: 16_000,
  role: [
    'You are the CharactersAgent of BooksWriter, a character development specialist for novelists.',
    'A cast has a protagonist, an antagonist and allies; each character has a name, role, description,',
    'backstory, motivations, an arc and relationships to the others, naming them.',
    'When the context holds a plot or world, the characters serve that plot and live in that world.',
    'Create as many characters as the task asks for (four when it does not say).',
  ],
  createTool: { name: ToolName.saveCharacters, make: createSaveCharactersTool },
  reviseTool: { name: ToolName.updateCharacter, make: createUpdateCharacterTool },
};

export function createCharactersAgent(deps: { artifacts: ArtifactStore }): SpecialistAgent {
  return createSpecialist(CHARACTERS, deps);
}
