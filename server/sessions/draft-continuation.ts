// A book draft cut off by a restart goes on by itself: the session's last turn, resumed from its drafting step.
import { AgentName } from '../agents/contract.ts';
import { remainingSteps } from './interrupted-turns.ts';
import type { LiveSession } from './live-session.ts';
import type { TurnAction } from './turn-actions.ts';

/** The resume of the session's last turn, when it was a book draft that a restart left with scenes to write. */
export function draftToContinue(session: LiveSession): TurnAction | undefined {
  const last = session.messages.findLast((m) => m.role === 'user');
  if (!last || session.generating) return undefined;
  const steps = remainingSteps(session.activity, last.turn_id);
  if (!steps?.some((step) => step.agent === AgentName.drafting)) return undefined;
  // The same id on every start: a second restart before it runs does not queue it twice.
  return { type: 'resume', turn_id: last.turn_id, client_message_id: `continue-${last.turn_id}` };
}
