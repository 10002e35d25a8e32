// save_author: stores the author persona the AuthorGeneratorAgent just introduced.
import { type Tool, tool } from 'ai';
import { AuthorInput } from '../../../protocol/artifacts.ts';
import { ToolName } from '../contract.ts';
import { reportToolRun, type ToolContext } from './tool-context.ts';
import { parseToolInput, schemaForModel } from './tool-input.ts';

export function createSaveAuthorTool(context: ToolContext): Tool {
  return tool({
    description:
      'Save the author persona you just introduced to the library. Call it once, after the prose, with ' +
      'the same name, pen name, biography, writing style and genres.',
    inputSchema: schemaForModel(AuthorInput),
    execute: (input, { toolCallId, abortSignal }) =>
      reportToolRun(
        context,
        { toolCallId, toolName: ToolName.saveAuthor, startMessage: 'Preparing author...', abortSignal },
        async (progress) => {
          const author = parseToolInput(AuthorInput, input, ToolName.saveAuthor);
          progress('Saving author to database...', 0.5);
          const saved = await context.artifacts.createAuthor(author, context.links);
          context.saved.authors.push(saved);
          return {
            message: `Author saved: ${saved.name}`,
            result: { author_id: saved.id, author_name: saved.name },
          };
        },
      ),
  });
}
