// update_author: revises an author persona of the session in place.
import type { Tool } from 'ai';
import { AuthorPatch } from '../../../protocol/artifacts.ts';
import { ToolName } from '../contract.ts';
import type { ToolContext } from './tool-context.ts';
import { createUpdateTool } from './update-artifact.ts';

export function createUpdateAuthorTool(context: ToolContext): Tool {
  return createUpdateTool(context, {
    kind: 'authors',
    toolName: ToolName.updateAuthor,
    noun: 'author',
    patch: AuthorPatch.omit({ project_id: true }),
    describe: (author) => ({
      label: author.name,
      result: { author_id: author.id, author_name: author.name },
    }),
    record: (saved, author) => saved.authors.push(author),
  });
}
