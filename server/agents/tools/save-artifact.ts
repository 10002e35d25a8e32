// The shared shape of the save_* tools for one artifact: validate what the model wrote, store it, report it.
import { type Tool, tool } from 'ai';
import type { z } from 'zod';
import type { ArtifactKind } from '../../../protocol/artifacts.ts';
import type { KindDefinition } from '../../../protocol/kind-definition.ts';
import type { ArtifactLinks, ArtifactStore } from '../../storage/repository.ts';
import { reportToolRun, type SavedArtifacts, type ToolContext } from './tool-context.ts';
import { parseToolInput, schemaForModel } from './tool-input.ts';

export interface SaveToolSpec<Input extends z.ZodType, Saved> {
  toolName: string;
  /** "plot", "world", … as the writer reads it. */
  noun: string;
  /** What the model is told the tool is for and what to pass it. */
  description: string;
  input: Input;
  create(artifacts: ArtifactStore, input: z.output<Input>, links: ArtifactLinks): Promise<Saved>;
  describe(saved: Saved): { label: string; result: Record<string, unknown> };
  /** Keeps what was saved for the turn's completion; a kind the completion does not list keeps nothing. */
  record?(saved: SavedArtifacts, artifact: Saved): void;
}

export function createSaveTool<Input extends z.ZodType, Saved>(
  context: ToolContext,
  spec: SaveToolSpec<Input, Saved>,
): Tool {
  return tool({
    description: spec.description,
    inputSchema: schemaForModel(spec.input),
    execute: (input, { toolCallId, abortSignal }) =>
      reportToolRun(
        context,
        {
          toolCallId,
          toolName: spec.toolName,
          startMessage: `Preparing ${spec.noun}...`,
          abortSignal,
          once: true,
        },
        async (progress) => {
          const artifact = parseToolInput(spec.input, input, spec.toolName);
          progress(`Saving ${spec.noun} to database...`, 0.5);
          const saved = await spec.create(context.artifacts, artifact, context.links);
          spec.record?.(context.saved, saved);
          const { label, result } = spec.describe(saved);
          return { message: `${capitalize(spec.noun)} saved: ${label}`, result };
        },
      ),
  });
}

/**
 * The save tool of any registered kind, from its definition alone: the kind's schema is the tool's
 * input, its label field names what was saved, and the result carries the new id.
 */
export function createKindSaveTool(
  context: ToolContext,
  definition: KindDefinition,
  tool: { toolName: string; description: string },
): Tool {
  return createSaveTool(context, {
    ...tool,
    noun: definition.names.one,
    input: definition.input,
    create: (artifacts, input, links) =>
      artifacts.create(definition.kind as ArtifactKind, input as never, links) as Promise<
        Record<string, unknown>
      >,
    describe: (item) => {
      const label = String(item[definition.label]);
      return { label, result: { id: item.id, [definition.label]: label } };
    },
  });
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
