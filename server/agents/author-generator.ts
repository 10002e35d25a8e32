// AuthorGeneratorAgent: invents the author persona a book is written under and saves it.
import type { ArtifactStore } from '../storage/repository.ts';
import { AgentName, ToolName } from './contract.ts';
import { createSpecialist, type SpecialistAgent, type SpecialistDefinition } from './specialist.ts';
import { createSaveAuthorTool } from './tools/save-author.ts';
import { createUpdateAuthorTool } from './tools/update-author.ts';

export const AUTHOR_GENERATOR: SpecialistDefinition = {
  name: AgentName.author,
  description: 'Invents author personas — name, pen name, biography, writing style — and saves them.',
  noun: 'author',
  maxOutputTokens: 6_000,
  role: [
    'You are the AuthorGeneratorAgent of BooksWriter, who invents author personas for novels.',
    'An author has a name, a pen name, a biography, a writing style and the genres they write.',
    'When the context holds a plot, invent the author best suited to write it.',
  ],
  createTool: { name: ToolName.saveAuthor, make: createSaveAuthorTool },
  reviseTool: { name: ToolName.updateAuthor, make: createUpdateAuthorTool },
};

export function createAuthorGeneratorAgent(deps: { artifacts: ArtifactStore }): SpecialistAgent {
  return createSpecialist(AUTHOR_GENERATOR, deps);
}
