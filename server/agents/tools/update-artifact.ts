// The shared shape of the update_* tools: validate a partial patch, check the target, apply it in place.
import { type Tool, tool } from 'ai';
import { z } from 'zod';
import type { ArtifactByKind, ArtifactKind } from '../../../protocol/artifacts.ts';
import { ErrorCode } from '../../../protocol/errors.ts';
import { AgentError } from '../errors.ts';
import { reportToolRun, type SavedArtifacts, type ToolContext } from './tool-context.ts';
import { parsePatch, parseToolInput, schemaForModel } from './tool-input.ts';

export interface UpdateToolSpec<K extends ArtifactKind> {
  kind: K;
  toolName: string;
  /** "plot", "world", … as the writer reads it. */
  noun: string;
  /** The kind's patch schema without its link fields: links are the workflow's business, not the model's. */
  patch: z.ZodObject;
  describe(artifact: ArtifactByKind[K]): { label: string; result: Record<string, unknown> };
  record(saved: SavedArtifacts, artifact: ArtifactByKind[K]): void;
}

export function createUpdateTool<K extends ArtifactKind>(
  context: ToolContext,
  spec: UpdateToolSpec<K>,
): Tool {
  const args = z.object({ id: z.string().min(1), changes: z.record(z.string(), z.unknown()) });
  const argsForModel = z.object({ id: z.string().min(1), changes: spec.patch });
  return tool({
    description:
      `Revise an existing ${spec.noun} in place. Pass its id and only the fields that change, ` +
      `rewritten in full. Call it once, after telling the writer what you changed.`,
    inputSchema: schemaForModel(argsForModel),
    execute: (input, { toolCallId, abortSignal }) =>
      reportToolRun(
        context,
        {
          toolCallId,
          toolName: spec.toolName,
          startMessage: `Preparing ${spec.noun} changes...`,
          abortSignal,
        },
        async (progress) => {
          const { id, changes } = parseToolInput(args, input, spec.toolName);
          const patch = parsePatch(spec.patch, changes, spec.toolName);
          // The store is the owner's view: another owner's id reads as missing.
          const existing = await context.artifacts.get(spec.kind, id);
          if (!existing) {
            throw new AgentError(ErrorCode.NOT_FOUND, `No ${spec.noun} with id ${id} in this library`, {
              tool_name: spec.toolName,
              id,
            });
          }
          progress(`Updating ${spec.noun} in database...`, 0.5);
          const updated = await context.artifacts.update(spec.kind, id, patch as Partial<ArtifactByKind[K]>);
          if (!updated)
            throw new AgentError(ErrorCode.NOT_FOUND, `The ${spec.noun} ${id} was deleted meanwhile`);
          spec.record(context.saved, updated);
          const { label, result } = spec.describe(updated);
          return {
            message: `${capitalize(spec.noun)} updated: ${label}`,
            result: { ...result, updated_fields: Object.keys(patch) },
          };
        },
      ),
  });
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
