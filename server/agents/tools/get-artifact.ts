// get_artifact: lets an agent read one plot, world, character or author in full by id.
import { type Tool, tool } from 'ai';
import { z } from 'zod';
import { ARTIFACT_KINDS } from '../../../protocol/artifacts.ts';
import { ToolName } from '../contract.ts';
import { reportToolRun, type ToolContext } from './tool-context.ts';
import { parseToolInput, schemaForModel } from './tool-input.ts';

const GetArtifactArgs = z.object({ kind: z.enum(ARTIFACT_KINDS), id: z.string().min(1).max(128) });

export function createGetArtifactTool(context: ToolContext): Tool {
  return tool({
    description: 'Read one plot, world, character or author from the library in full, by kind and id.',
    inputSchema: schemaForModel(GetArtifactArgs),
    execute: (input, { toolCallId, abortSignal }) =>
      reportToolRun(
        context,
        {
          toolCallId,
          toolName: ToolName.getArtifact,
          startMessage: 'Reading from the library...',
          abortSignal,
        },
        async (): Promise<{ message: string; result: Record<string, unknown> }> => {
          const { kind, id } = parseToolInput(GetArtifactArgs, input, ToolName.getArtifact);
          const artifact = await context.artifacts.get(kind, id);
          // A missing id is an answer the model can act on, not a failure of the turn.
          if (!artifact) return { message: `No ${kind} with id ${id}`, result: { found: false, kind, id } };
          return { message: `Read ${kind} ${id}`, result: { found: true, kind, artifact } };
        },
      ),
  });
}
