// What an interrupted turn left behind: the workflow steps still to run, and the record of turns a restart cut off.
import type { ActivityEvent, Completion, TranscriptMessage } from '../../protocol/messages.ts';
import type { RouteArgs } from '../agents/contract.ts';
import type { LiveSession } from './live-session.ts';
import type { WriteBehind } from './write-behind.ts';

/** The tool name under which a turn's routing decision is recorded in its activity. */
export const ROUTE_TOOL = 'route_request';

export type RouteSteps = RouteArgs['steps'];

/** The recorded activity event of a turn's routing decision, so a later `resume` knows the plan. */
export function routeEvent(
  turnId: string,
  agent: string,
  route: RouteArgs,
  timestamp: string,
): ActivityEvent {
  const count = route.steps.length;
  return {
    type: 'tool_execution',
    tool_name: ROUTE_TOOL,
    status: 'completed',
    message: `Planned ${count} step${count === 1 ? '' : 's'}`,
    progress: 1,
    timestamp,
    turn_id: turnId,
    tool_call_id: `route_${turnId}`,
    agent,
    result: { steps: route.steps },
  };
}

function isSave(event: ActivityEvent): boolean {
  return (
    event.type === 'tool_execution' &&
    event.status === 'completed' &&
    event.result !== undefined &&
    /^(save|update)_/.test(event.tool_name)
  );
}

/**
 * The steps of the turn's workflow that had not saved anything when it ended: the step cut off
 * before its save runs again, one that had saved is kept and the next one follows. Undefined when
 * the turn never got as far as routing (only `retry` helps), empty when every step had saved.
 */
export function remainingSteps(activity: readonly ActivityEvent[], turnId: string): RouteSteps | undefined {
  let steps: RouteSteps | undefined;
  let started = -1;
  let savedCurrent = false;
  for (const event of activity) {
    if (event.turn_id !== turnId) continue;
    if (event.type === 'tool_execution' && event.tool_name === ROUTE_TOOL && event.status === 'completed') {
      const recorded = event.result?.steps;
      steps = Array.isArray(recorded) ? (recorded as RouteSteps) : undefined;
    } else if (steps && event.type === 'agent_switch' && steps.some((s) => s.agent === event.to_agent)) {
      started += 1;
      savedCurrent = false;
    } else if (steps && started >= 0 && isSave(event)) {
      savedCurrent = true;
    }
  }
  if (!steps) return undefined;
  const from = started < 0 ? 0 : savedCurrent ? started + 1 : started;
  return steps.slice(from);
}

/**
 * Completions for the turns a crash or restart left without one, newest session state first: a
 * turn that had started is `interrupted` mid-way, one still waiting never started. Turns run in
 * order, so only those after the last finished turn can be missing their end.
 */
export function unfinishedTurnRecords(
  messages: readonly TranscriptMessage[],
  activity: readonly ActivityEvent[],
  now: string,
): Completion[] {
  const finished = new Set(activity.flatMap((e) => (e.type === 'completion' ? [e.turn_id] : [])));
  const started = new Set(activity.map((e) => e.turn_id));
  const turns = messages.filter((m) => m.role === 'user');
  let lastFinished = -1;
  turns.forEach((m, index) => {
    if (finished.has(m.turn_id)) lastFinished = index;
  });
  return turns.slice(lastFinished + 1).map((m) => {
    const ran = started.has(m.turn_id);
    const agents = [
      ...new Set(
        activity.flatMap((e) => (e.type === 'agent_switch' && e.turn_id === m.turn_id ? [e.to_agent] : [])),
      ),
    ];
    const next = ran ? remainingSteps(activity, m.turn_id)?.[0]?.agent : undefined;
    return {
      type: 'completion',
      message: ran
        ? 'The server restarted while this request was being worked on'
        : 'The server restarted before this request could start',
      results: { agents_used: agents, ...(next ? { next_agent: next } : {}) },
      timestamp: now,
      turn_id: m.turn_id,
      status: 'interrupted',
    };
  });
}

/** Gives every turn a freshly loaded session left unfinished its end, kept so it is said once. */
export function recordUnfinishedTurns(
  session: LiveSession,
  writer: Pick<WriteBehind, 'appendActivity'>,
  now: string,
): void {
  for (const completion of unfinishedTurnRecords(session.messages, session.activity, now)) {
    session.recordActivity(completion);
    writer.appendActivity(session.id, completion);
  }
}
