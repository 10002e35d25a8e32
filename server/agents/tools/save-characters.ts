// save_characters: stores a whole cast at once — all of it or none of it.
import { type Tool, tool } from 'ai';
import { z } from 'zod';
import { type Character, CharacterInput } from '../../../protocol/artifacts.ts';
import { ToolName } from '../contract.ts';
import { reportToolRun, type ToolContext } from './tool-context.ts';
import { parseToolInput, schemaForModel } from './tool-input.ts';

export const SaveCharactersArgs = z.object({ characters: z.array(CharacterInput).min(1).max(12) });

export function createSaveCharactersTool(context: ToolContext): Tool {
  return tool({
    description:
      'Save the characters you just introduced to the library, all in one call, after the prose: each with ' +
      'name, role, description, backstory, motivations, arc and relationships to the others by name.',
    inputSchema: schemaForModel(SaveCharactersArgs),
    execute: (input, { toolCallId, abortSignal }) =>
      reportToolRun(
        context,
        {
          toolCallId,
          toolName: ToolName.saveCharacters,
          startMessage: 'Preparing characters...',
          abortSignal,
          once: true,
        },
        async (progress) => {
          const { characters } = parseToolInput(SaveCharactersArgs, input, ToolName.saveCharacters);
          progress(`Saving ${characters.length} characters to database...`, 0.5);
          const saved = await createAllOrNone(context, characters);
          context.saved.characters.push(...saved);
          return {
            message: `Characters saved: ${saved.map((c) => c.name).join(', ')}`,
            result: { character_ids: saved.map((c) => c.id), names: saved.map((c) => c.name) },
          };
        },
      ),
  });
}

/** The store has no transaction across artifacts, so a failure part-way removes what was already written. */
async function createAllOrNone(context: ToolContext, characters: CharacterInput[]): Promise<Character[]> {
  const saved: Character[] = [];
  try {
    for (const character of characters)
      saved.push(await context.artifacts.create('characters', character, context.links));
    return saved;
  } catch (error) {
    await Promise.allSettled(saved.map((c) => context.artifacts.delete('characters', c.id)));
    throw error;
  }
}
