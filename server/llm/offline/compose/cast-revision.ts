// Revises a whole cast at once: one update_character call a character, and prose that says what changed for each.
import { ToolName } from '../../../agents/contract.ts';
import { revisionProse } from '../prose/markdown.ts';
import type { ComposedReply } from '../stream/stream-writer.ts';
import { type CharacterInContext, revisable, type StepContext } from '../understand/context.ts';
import { composeRevision } from './revise-composer.ts';

/**
 * The characters a whole-cast revision covers: the cast of the plot in context when there is one, so the
 * people of the session's other stories are left alone; else every character offered.
 */
export function castToRevise(context: StepContext): CharacterInContext[] {
  const all = revisable('characters', context);
  const plotId = context.plot?.id;
  const ofPlot = plotId ? all.filter((c) => c.plot_id === plotId) : [];
  return ofPlot.length > 0 ? ofPlot : all;
}

/** Every update_character call is executed in the same step, so each person is revised and reported on. */
export function composeCastRevision(
  cast: CharacterInContext[],
  request: string,
  task: string,
): ComposedReply {
  const revisions = cast.map((character) => composeRevision('characters', character, request, task));
  const changed = revisions.filter((revision) => Object.keys(revision.changes).length > 0);
  if (changed.length === 0) return { text: revisions[0]?.notes.join(' ') ?? '', toolCalls: [] };
  const opening =
    changed.length === 1
      ? 'The cast has one character so far, so the change is theirs alone.'
      : `I've revised all ${changed.length} characters in the same direction; here is what changed for each.`;
  return {
    text: [opening, ...changed.map(revisionProse)].join('\n\n'),
    toolCalls: changed.map((revision) => ({
      toolName: ToolName.updateCharacter,
      input: { id: revision.id, changes: revision.changes },
    })),
  };
}
