// What every tool is given, and the executing → completed/failed reporting every tool goes through.

import type { Author, Character, Outline, Plot, World } from '../../../protocol/artifacts.ts';
import { ErrorCode } from '../../../protocol/errors.ts';
import type { LengthAsk } from '../../manuscript/length-ask.ts';
import type { ArtifactLinks, ArtifactStore } from '../../storage/repository.ts';
import { AgentError, isAgentError } from '../errors.ts';
import type { TurnEvents } from '../turn.ts';

/** Artifacts a step saved or updated, in order, so the workflow can link and report them. */
export interface SavedArtifacts {
  plots: Plot[];
  worlds: World[];
  characters: Character[];
  authors: Author[];
  outlines: Outline[];
}

export function emptySaved(): SavedArtifacts {
  return { plots: [], worlds: [], characters: [], authors: [], outlines: [] };
}

export interface ToolContext {
  artifacts: ArtifactStore;
  sessionId: string;
  events: TurnEvents;
  /** Links new artifacts receive: the session and the plot/world this step builds on. */
  links: ArtifactLinks;
  saved: SavedArtifacts;
  /**
   * Set while a step's one save (or revision) is being written or once it is: a model that calls the
   * save tool twice, in one step or two, gets one artifact.
   */
  claim?: { taken: boolean };
  /** The length the writer asked for, which an outline must keep. */
  length?: LengthAsk;
}

export interface ToolRun {
  toolCallId: string;
  toolName: string;
  /** Shown while the arguments are checked, e.g. "Preparing plot...". */
  startMessage: string;
  abortSignal: AbortSignal | undefined;
  /** The step's one save: a second call is ignored (see `ToolContext.claim`). */
  once?: boolean;
}

export type ReportProgress = (message: string, progress: number) => void;

/**
 * Runs a tool's work between an `executing` event and a `completed` or `failed` one, so the writer
 * sees every tool start and end, and a stop before the write saves nothing.
 */
export async function reportToolRun<R extends Record<string, unknown>>(
  context: ToolContext,
  run: ToolRun,
  work: (progress: ReportProgress) => Promise<{ message: string; result: R }>,
): Promise<R> {
  let progress = 0;
  const report = (status: 'executing' | 'completed' | 'failed', message: string, result?: R) =>
    context.events.tool({
      tool_call_id: run.toolCallId,
      tool_name: run.toolName,
      status,
      message,
      progress,
      ...(result ? { result } : {}),
    });
  const claim = run.once ? context.claim : undefined;
  if (claim?.taken) {
    report('completed', 'Already saved; the repeated call was ignored');
    return { already_saved: true } as unknown as R;
  }
  // Taken before the first await, so a parallel second call sees it.
  if (claim) claim.taken = true;
  report('executing', run.startMessage);
  try {
    run.abortSignal?.throwIfAborted();
    const outcome = await work((message, fraction) => {
      run.abortSignal?.throwIfAborted();
      progress = fraction;
      report('executing', message);
    });
    progress = 1;
    report('completed', outcome.message, outcome.result);
    return outcome.result;
  } catch (error) {
    // A failed save leaves room for the repaired one.
    if (claim) claim.taken = false;
    const reason = run.abortSignal?.aborted ? 'Stopped before saving' : errorMessage(error);
    report('failed', reason);
    if (isAgentError(error) || run.abortSignal?.aborted) throw error;
    // Marked as an agent error so the failure, already reported, is not reported again upstream.
    throw new AgentError(ErrorCode.AGENT_FAILED, `${run.toolName} failed: ${reason}`, {
      tool_name: run.toolName,
    });
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
