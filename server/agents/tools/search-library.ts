// search_library: lets an agent look up plots, worlds, characters and authors already in the library.
import { type Tool, tool } from 'ai';
import { z } from 'zod';
import { ARTIFACT_KINDS, type ArtifactByKind, type ArtifactKind } from '../../../protocol/artifacts.ts';
import { ToolName } from '../contract.ts';
import { reportToolRun, type ToolContext } from './tool-context.ts';
import { parseToolInput, schemaForModel } from './tool-input.ts';

const SearchLibraryArgs = z.object({
  query: z.string().trim().max(200).default(''),
  kind: z.enum(ARTIFACT_KINDS).optional(),
  /** Only this session's artifacts, or the whole library. */
  this_session_only: z.boolean().default(false),
  limit: z.number().int().min(1).max(20).default(10),
});

function summarizeArtifact(
  kind: ArtifactKind,
  artifact: ArtifactByKind[ArtifactKind],
): Record<string, unknown> {
  const label = 'title' in artifact ? artifact.title : artifact.name;
  const detail =
    'genre' in artifact
      ? artifact.genre
      : 'role' in artifact
        ? artifact.role
        : 'type' in artifact
          ? artifact.type
          : '';
  return { kind, id: artifact.id, label, detail };
}

export function createSearchLibraryTool(context: ToolContext): Tool {
  return tool({
    description:
      'Search the library for existing plots, worlds, characters or authors by words in their text. ' +
      'Returns ids and titles; use get_artifact for the full record.',
    inputSchema: schemaForModel(SearchLibraryArgs),
    execute: (input, { toolCallId, abortSignal }) =>
      reportToolRun(
        context,
        {
          toolCallId,
          toolName: ToolName.searchLibrary,
          startMessage: 'Searching the library...',
          abortSignal,
        },
        async () => {
          const args = parseToolInput(SearchLibraryArgs, input, ToolName.searchLibrary);
          const kinds = args.kind ? [args.kind] : ARTIFACT_KINDS;
          const matches: Record<string, unknown>[] = [];
          for (const kind of kinds) {
            const page = await context.artifacts.list(kind, {
              q: args.query || undefined,
              session_id: args.this_session_only ? context.sessionId : undefined,
              limit: args.limit,
              offset: 0,
            });
            for (const item of page.items) matches.push(summarizeArtifact(kind, item));
          }
          const found = matches.slice(0, args.limit);
          return { message: `Found ${found.length} in the library`, result: { matches: found } };
        },
      ),
  });
}
