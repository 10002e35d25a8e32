// The observer's one tool: after a scene is drafted, the model records the scene's state change through it.
import { type Tool, tool } from 'ai';
import { ObservedChange, type StateChange } from '../../protocol/story-state.ts';
import { parseToolInput, schemaForModel } from '../agents/tools/tool-input.ts';

export const OBSERVER_TOOL_NAME = 'record_state_change';

export const OBSERVER_TOOL_DESCRIPTION = [
  'Record what the scene you just read changes in the story, once, with every field that applies.',
  'Name characters only by the ids of the cast you were given. List who takes part and where (the dead,',
  'and people only mentioned, are not present); journeys made in the scene; injuries and deaths; who',
  'speaks and who acts; items carried, gained, lost, given (and to whom) or used, in story order; and',
  'facts characters learn (and from whom) or act on, worded the same way each time. Give the story clock',
  'as day and minute when the text says it, and mark a scene that happens entirely in the past as a',
  'flashback. For each entry copy the sentence that shows it.',
].join(' ');

/** The JSON schema the model is given for the tool's arguments. */
export function observerInputSchema() {
  return schemaForModel(ObservedChange);
}

/** The model's arguments as the scene's state change, or a PROVIDER_BAD_OUTPUT error naming what is wrong. */
export function parseObservation(input: unknown, sceneId: string): StateChange {
  return { ...parseToolInput(ObservedChange, input, OBSERVER_TOOL_NAME), scene_id: sceneId };
}

/** The tool for one scene: a valid call hands the change to `record`. */
export function createObserverTool(sceneId: string, record: (change: StateChange) => void): Tool {
  return tool({
    description: OBSERVER_TOOL_DESCRIPTION,
    inputSchema: observerInputSchema(),
    execute: async (input) => {
      const change = parseObservation(input, sceneId);
      record(change);
      return { recorded: true, scene_id: sceneId };
    },
  });
}
