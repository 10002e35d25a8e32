// Which tools a specialist is offered at each step of its call: search and get only where reading helps.
import type { PrepareStepFunction, ToolSet } from 'ai';
import { ToolName } from './contract.ts';

/**
 * Room for reading the target of an unnamed revision (and one more look) before the update; the loop
 * stops as soon as the artifact is saved.
 */
export const MAX_STEPS = 3;

/**
 * A create step has what it builds on in its context, and a revision with a named target has that
 * target in full: each is offered its save (or update) tool alone. A revision without a named target
 * has only summaries, so it reads first (search or get, and must call one), then may read once more
 * or update, and on its last step can only update.
 */
export function toolsForSteps(finish: string, readFirst: boolean): PrepareStepFunction<ToolSet> {
  return ({ stepNumber }) => {
    if (!readFirst) return { activeTools: [finish] };
    if (stepNumber === 0)
      return { activeTools: [ToolName.searchLibrary, ToolName.getArtifact], toolChoice: 'required' };
    if (stepNumber < MAX_STEPS - 1) return { activeTools: [ToolName.getArtifact, finish] };
    return { activeTools: [finish] };
  };
}
