// The shared shape of the save_* tools for one artifact: validate what the model wrote, store it, report it.
import { type Tool, tool } from 'ai';
import type { z } from 'zod';
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
  record(saved: SavedArtifacts, artifact: Saved): void;
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
          spec.record(context.saved, saved);
          const { label, result } = spec.describe(saved);
          return { message: `${capitalize(spec.noun)} saved: ${label}`, result };
        },
      ),
  });
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
