// update_character: revises one character of the session in place (a softer villain, a new name).
import type { Tool } from 'ai';
import { CharacterPatch } from '../../../protocol/artifacts.ts';
import { ToolName } from '../contract.ts';
import type { ToolContext } from './tool-context.ts';
import { createUpdateTool } from './update-artifact.ts';

export function createUpdateCharacterTool(context: ToolContext): Tool {
  return createUpdateTool(context, {
    kind: 'characters',
    toolName: ToolName.updateCharacter,
    noun: 'character',
    patch: CharacterPatch.omit({ plot_id: true, world_id: true, project_id: true }),
    describe: (character) => ({
      label: character.name,
      result: { character_id: character.id, name: character.name },
    }),
    record: (saved, character) => saved.characters.push(character),
  });
}
