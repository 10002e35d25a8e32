// save_author: stores the author persona the AuthorGeneratorAgent just introduced.
import type { Tool } from 'ai';
import { AuthorInput } from '../../../protocol/artifacts.ts';
import { ToolName } from '../contract.ts';
import { createSaveTool } from './save-artifact.ts';
import type { ToolContext } from './tool-context.ts';

export function createSaveAuthorTool(context: ToolContext): Tool {
  return createSaveTool(context, {
    toolName: ToolName.saveAuthor,
    noun: 'author',
    description:
      'Save the author persona you just introduced to the library. Call it once, after the prose, with ' +
      'the same name, pen name, biography, writing style and genres.',
    input: AuthorInput,
    create: (artifacts, author, links) => artifacts.create('authors', author, links),
    describe: (author) => ({
      label: author.name,
      result: { author_id: author.id, author_name: author.name },
    }),
    record: (saved, author) => saved.authors.push(author),
  });
}
