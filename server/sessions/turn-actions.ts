// Retry and resume: which request a new turn repeats, and which workflow steps a resumed turn runs.
import { ErrorCode } from '../../protocol/errors.ts';
import type { ResumeTurnMessage, RetryTurnMessage, UserMessageAccepted } from '../../protocol/messages.ts';
import type { HubError } from './hub-errors.ts';
import { type RouteSteps, remainingSteps } from './interrupted-turns.ts';
import type { LiveSession } from './live-session.ts';

export type TurnAction = RetryTurnMessage | ResumeTurnMessage;

/** A resend of something the session already has: answered with the original's receipt, not run again. */
export type Duplicate = { duplicateOf: UserMessageAccepted };

export function duplicateOf(session: LiveSession, clientId: string | undefined): Duplicate | undefined {
  const original = clientId ? session.findClientMessage(clientId) : undefined;
  if (!original) return undefined;
  const queued = session.queue.some((t) => t.turnId === original.turn_id);
  return { duplicateOf: session.receiptFor(original, queued) };
}

/** What the new turn runs: the original request, and for a resume the steps it had left. */
export interface RepeatPlan {
  content: string;
  route?: { steps: RouteSteps };
}

export function planRepeat(session: LiveSession, action: TurnAction): HubError | RepeatPlan {
  const request = session.messages.find((m) => m.role === 'user' && m.turn_id === action.turn_id);
  if (!request) {
    return {
      code: ErrorCode.TURN_NOT_FOUND,
      message: 'This session has no such request to run again',
      details: { turn_id: action.turn_id },
    };
  }
  const running = session.activeTurnId === action.turn_id;
  if (running || session.queue.some((t) => t.turnId === action.turn_id)) {
    return {
      code: ErrorCode.TURN_NOT_FINISHED,
      message: running ? 'This request is still being worked on' : 'This request is still waiting to run',
      details: { turn_id: action.turn_id },
    };
  }
  if (action.type === 'retry') return { content: request.content };
  const steps = remainingSteps(session.activity, action.turn_id);
  if (!steps || steps.length === 0) {
    return {
      code: ErrorCode.NOTHING_TO_RESUME,
      message: steps
        ? 'Every step of this request was saved; there is nothing left to resume'
        : 'This request stopped before its steps were planned; retry it instead',
      details: { turn_id: action.turn_id },
    };
  }
  return { content: request.content, route: { steps } };
}
