// Interrupted work has a way on: retry runs the request again, resume carries on with the steps left.
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../protocol/errors.ts';
import type { ActivityEvent, TranscriptMessage } from '../../protocol/messages.ts';
import { AgentError } from '../agents/errors.ts';
import type { TurnInput, TurnRunner } from '../agents/turn.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import { remainingSteps, unfinishedTurnRecords } from './interrupted-turns.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const PLAN = {
  steps: [
    { agent: 'PlotGeneratorAgent' as const, task: 'Write the plot', mode: 'create' as const },
    { agent: 'WorldBuildingAgent' as const, task: 'Build its world', mode: 'create' as const },
    { agent: 'CharactersAgent' as const, task: 'Make three characters', mode: 'create' as const },
  ],
};

/** Runs the plan's steps, each saving once; the step named in `failAt` fails its first `failures` runs. */
function workflowRunner(failAt: string, failures = 1) {
  const inputs: TurnInput[] = [];
  let failed = 0;
  const runner: TurnRunner = async (input) => {
    inputs.push(input);
    const route = input.route ?? PLAN;
    input.events.text('Planning. ');
    input.events.routed?.(route);
    for (const [index, step] of route.steps.entries()) {
      input.events.switchAgent(step.agent, `Routing to ${step.agent}`);
      input.events.text(`Writing ${step.agent}. `);
      if (step.agent === failAt && failed < failures) {
        failed += 1;
        throw new AgentError(ErrorCode.PROVIDER_ERROR, 'The provider failed', {});
      }
      input.events.tool({
        tool_call_id: `${input.turnId}-${index}`,
        tool_name: 'save_plot',
        status: 'completed',
        message: 'Saved',
        progress: 1,
        result: { plot_id: `p-${index}` },
      });
    }
    return { message: 'Done', results: { agents_used: route.steps.map((s) => s.agent) } };
  };
  return { runner, inputs };
}

describe('retry and resume', () => {
  it('offers to resume a failed turn with the step that had not saved, and resumes it exactly once', async () => {
    const { runner, inputs } = workflowRunner('WorldBuildingAgent');
    server = await startTestServer({ runTurn: runner });
    const client = await server.connect('resume-failed');
    client.say('A story with its world and cast');
    const failed = await client.waitFor('completion');
    expect(failed.status).toBe('failed');
    expect(failed.results.next_agent).toBe('WorldBuildingAgent');

    const resume = { type: 'resume', turn_id: failed.turn_id, client_message_id: 'resume-1' };
    client.send(resume);
    const receipt = await client.waitFor('user_message', (m) => m.client_message_id === 'resume-1');
    expect(receipt.content).toBe('A story with its world and cast');
    client.send(resume);
    const repeat = await client.waitForCount('user_message', 3).then(() => client.ofType('user_message')[2]);
    expect(repeat?.message_id).toBe(receipt.message_id);
    const done = await client.waitFor('completion', (c) => c.turn_id === receipt.turn_id);
    expect(done.status).toBe('completed');
    expect(inputs).toHaveLength(2);
    expect(inputs[1]?.route?.steps.map((s) => s.agent)).toEqual(['WorldBuildingAgent', 'CharactersAgent']);
  });

  it('retries a turn from the start, routing again', async () => {
    const { runner, inputs } = workflowRunner('PlotGeneratorAgent');
    server = await startTestServer({ runTurn: runner });
    const client = await server.connect('retry-failed');
    client.say('A plot');
    const failed = await client.waitFor('completion');
    expect(failed.results.next_agent).toBe('PlotGeneratorAgent');
    client.send({ type: 'retry', turn_id: failed.turn_id });
    const done = await client.waitFor('completion', (c) => c.turn_id !== failed.turn_id);
    expect(done.status).toBe('completed');
    expect(inputs[1]?.route).toBeUndefined();
    expect(inputs[1]?.content).toBe('A plot');
  });

  it('refuses unknown turns, running turns and turns with nothing left, with stable codes', async () => {
    const { runner } = workflowRunner('none');
    server = await startTestServer({ runTurn: runner });
    const client = await server.connect('resume-refused');
    client.send({ type: 'resume', turn_id: 'turn_missing' });
    expect((await client.waitFor('error')).error_code).toBe(ErrorCode.TURN_NOT_FOUND);
    client.say('A story');
    const done = await client.waitFor('completion');
    client.send({ type: 'resume', turn_id: done.turn_id });
    expect((await client.waitFor('error', (e) => e.error_code !== ErrorCode.TURN_NOT_FOUND)).error_code).toBe(
      ErrorCode.NOTHING_TO_RESUME,
    );
    client.send({ type: 'retry' });
    expect(
      (await client.waitFor('error', (e) => e.error_code === ErrorCode.INVALID_MESSAGE)).message,
    ).toMatch(/turn_id/);
  });
});

describe('interrupted turn records', () => {
  const at = '2026-01-01T00:00:00.000Z';
  const user = (turn: string): TranscriptMessage => ({
    id: `m-${turn}`,
    turn_id: turn,
    role: 'user',
    agent: null,
    content: 'x',
    status: 'complete',
    chunk_count: 0,
    created_at: at,
    client_message_id: null,
  });
  const activity: ActivityEvent[] = [
    {
      type: 'completion',
      message: 'ok',
      results: { agents_used: [] },
      timestamp: at,
      turn_id: 't1',
      status: 'completed',
    },
    {
      type: 'tool_execution',
      tool_name: 'route_request',
      status: 'completed',
      message: 'Planned',
      progress: 1,
      timestamp: at,
      turn_id: 't2',
      tool_call_id: 'route_t2',
      agent: 'OrchestratorAgent',
      result: { steps: PLAN.steps },
    },
    {
      type: 'agent_switch',
      from_agent: null,
      to_agent: 'PlotGeneratorAgent',
      reason: 'r',
      timestamp: at,
      turn_id: 't2',
    },
    {
      type: 'tool_execution',
      tool_name: 'save_plot',
      status: 'completed',
      message: 'Saved',
      progress: 1,
      timestamp: at,
      turn_id: 't2',
      tool_call_id: 'c1',
      agent: 'PlotGeneratorAgent',
      result: { plot_id: 'p1' },
    },
  ];

  it('continues after the last step that saved', () => {
    expect(remainingSteps(activity, 't2')?.map((s) => s.agent)).toEqual([
      'WorldBuildingAgent',
      'CharactersAgent',
    ]);
    expect(remainingSteps(activity, 't1')).toBeUndefined();
  });

  it('ends every turn after the last finished one: started ones can resume, waiting ones never ran', () => {
    const records = unfinishedTurnRecords([user('t1'), user('t2'), user('t3')], activity, at);
    expect(records.map((r) => [r.turn_id, r.status, r.results.next_agent])).toEqual([
      ['t2', 'interrupted', 'WorldBuildingAgent'],
      ['t3', 'interrupted', undefined],
    ]);
    expect(records[1]?.message).toMatch(/before this request could start/);
  });
});
