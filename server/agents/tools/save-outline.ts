// save_outline and update_outline: store the project's one outline, keeping what the writer locked.
import { type Tool, tool } from 'ai';
import type { Outline } from '../../../protocol/artifacts.ts';
import { ErrorCode } from '../../../protocol/errors.ts';
import { lengthMismatch, OutlineDraft, settleOutline } from '../../manuscript/outline-shape.ts';
import { ToolName } from '../contract.ts';
import { AgentError } from '../errors.ts';
import { reportToolRun, type ToolContext } from './tool-context.ts';
import { parseToolInput, schemaForModel } from './tool-input.ts';

/** The outline of the book this step works on: the project's, or the session's when it has no project yet. */
export async function currentOutline(
  context: Pick<ToolContext, 'artifacts' | 'links'>,
): Promise<Outline | undefined> {
  const { project_id, session_id } = context.links;
  const scope = project_id ? { project_id } : session_id ? { session_id } : undefined;
  if (!scope) return undefined;
  const page = await context.artifacts.list('outlines', { ...scope, limit: 1, offset: 0 });
  return page.items[0];
}

function outlineTool(context: ToolContext, toolName: string, description: string): Tool {
  return tool({
    description,
    inputSchema: schemaForModel(OutlineDraft),
    execute: (input, { toolCallId, abortSignal }) =>
      reportToolRun(
        context,
        { toolCallId, toolName, startMessage: 'Preparing outline...', abortSignal, once: true },
        async (progress) => {
          const draft = parseToolInput(OutlineDraft, input, toolName);
          const mismatch = lengthMismatch(draft, context.length ?? {});
          if (mismatch)
            throw new AgentError(ErrorCode.PROVIDER_BAD_OUTPUT, mismatch, { tool_name: toolName });
          const previous = await currentOutline(context);
          const settled = settleOutline(draft, previous, context.length ?? {});
          progress('Saving outline to database...', 0.5);
          const saved = previous
            ? await context.artifacts.update('outlines', previous.id, settled)
            : await context.artifacts.create('outlines', settled, context.links);
          if (!saved) throw new AgentError(ErrorCode.NOT_FOUND, 'The outline was deleted meanwhile');
          context.saved.outlines.push(saved);
          const chapters = saved.acts.reduce((sum, act) => sum + act.chapters.length, 0);
          const words = saved.acts
            .flatMap((act) => act.chapters.flatMap((chapter) => chapter.scenes))
            .reduce((sum, scene) => sum + scene.word_target, 0);
          return {
            message: `Outline saved: ${saved.title} (${chapters} chapters, ${words.toLocaleString('en')} words planned)`,
            result: { outline_id: saved.id, title: saved.title, chapters, word_target: words },
          };
        },
      ),
  });
}

export function createSaveOutlineTool(context: ToolContext): Tool {
  return outlineTool(
    context,
    ToolName.saveOutline,
    'Save the outline you just described: acts, each with its chapters, each with its scenes (title, ' +
      'summary, setting, cast by name, goal, what changes, word_target). Call it once, after the prose.',
  );
}

export function createUpdateOutlineTool(context: ToolContext): Tool {
  return outlineTool(
    context,
    ToolName.updateOutline,
    'Save the revised outline in full: every act, chapter and scene, changed as asked and the rest as it ' +
      'was. Nodes the writer locked are kept as they are whatever you send. Call it once.',
  );
}
