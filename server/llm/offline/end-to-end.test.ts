import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AgentName } from '../../agents/contract.ts';
import { createTurnRunner } from '../../agents/index.ts';
import { recordingEvents } from '../../agents/test-support/recording-events.ts';
import type { TurnInput } from '../../agents/turn.ts';
import { openRepository, type Repository } from '../../storage/index.ts';
import { createOfflineModel } from './index.ts';

let repo: Repository;
beforeEach(async () => {
  repo = await openRepository(':memory:');
  await repo.sessions.ensureSession('s1');
});
afterEach(() => repo.close());

function turn(content: string, overrides: Partial<TurnInput> = {}): TurnInput {
  return {
    sessionId: 's1',
    owner: 'session:s1',
    turnId: 't1',
    content,
    model: createOfflineModel({ delayMs: 0 }),
    modelId: 'offline:bookswriter-offline',
    history: [],
    signal: new AbortController().signal,
    events: recordingEvents(),
    ...overrides,
  };
}

describe('the turn runner on the offline model, with a real SQLite library', () => {
  it('turns the protocol document example into an orchestrator hand-off and a saved plot', async () => {
    const events = recordingEvents();
    const outcome = await createTurnRunner({ artifacts: repo.artifacts, scenes: repo.scenes })(
      turn('Create a fantasy novel with dragons and magic', { events }),
    );
    expect(outcome.message).toBe('Plot generation completed successfully');
    expect(outcome.results.agents_used).toEqual([AgentName.orchestrator, AgentName.plot]);
    const plot = await repo.artifacts.get('plots', outcome.results.plot_id ?? '');
    expect(plot?.title).toBe(outcome.results.title);
    expect(plot?.summary).toMatch(/dragon/i);
    expect(events.switches()).toEqual([
      { to: AgentName.plot, reason: 'Routing request to plot generation specialist' },
    ]);
    expect(events.written()).toContain("I'll help you create a fantasy novel");
    expect(events.written()).toContain(`# ${plot?.title}`);
    expect(events.tools().map((t) => t.status)).toEqual(['executing', 'executing', 'completed']);
  });

  it('writes a plot, its world and three linked characters for a multi-part request', async () => {
    const outcome = await createTurnRunner({ artifacts: repo.artifacts, scenes: repo.scenes })(
      turn('Create a fantasy novel with its world and three main characters'),
    );
    const { plot_id, world_id, character_ids } = outcome.results;
    expect(outcome.results.agents_used).toEqual([
      AgentName.orchestrator,
      AgentName.plot,
      AgentName.world,
      AgentName.characters,
    ]);
    const plot = await repo.artifacts.get('plots', plot_id ?? '');
    const world = await repo.artifacts.get('worlds', world_id ?? '');
    expect(world?.plot_id).toBe(plot_id);
    expect(character_ids?.length).toBeGreaterThanOrEqual(3);
    for (const id of character_ids ?? []) {
      const character = await repo.artifacts.get('characters', id);
      expect(character).toMatchObject({ plot_id, world_id });
      expect(plot?.summary).toContain(character?.name ?? '?');
    }
  });

  it('revises the villain in a follow-up instead of adding a character', async () => {
    const run = createTurnRunner({ artifacts: repo.artifacts, scenes: repo.scenes });
    const first = await run(turn('Write a fantasy novel with its characters'));
    const before = await repo.artifacts.list('characters', {
      owner: 'session:s1',
      session_id: 's1',
      limit: 50,
      offset: 0,
    });
    const villain = before.items.find((c) => c.role === 'antagonist');
    const outcome = await run(turn('Make the villain more sympathetic'));
    expect(first.results.character_ids?.length).toBe(before.total);
    expect(outcome.results.character_ids).toEqual([villain?.id]);
    expect(
      (
        await repo.artifacts.list('characters', {
          owner: 'session:s1',
          session_id: 's1',
          limit: 50,
          offset: 0,
        })
      ).total,
    ).toBe(before.total);
    const after = await repo.artifacts.get('characters', villain?.id ?? '');
    expect(after?.name).toBe(villain?.name);
    expect(after?.backstory).not.toBe(villain?.backstory);
    expect(after?.motivations).not.toEqual(villain?.motivations);
  });

  it('builds a world for the plot a session already has', async () => {
    const run = createTurnRunner({ artifacts: repo.artifacts, scenes: repo.scenes });
    const first = await run(turn('Write a science fiction novel about a lost colony ship'));
    const outcome = await run(turn('Now build the world for it'));
    const world = await repo.artifacts.get('worlds', outcome.results.world_id ?? '');
    expect(world?.plot_id).toBe(first.results.plot_id);
    expect(world?.overview).toContain(first.results.title ?? '?');
  });

  it('stops when aborted mid-plot and saves nothing', async () => {
    const controller = new AbortController();
    let chunks = 0;
    const events = recordingEvents((event) => {
      if (event.kind === 'switch') chunks = 0;
      if (event.kind === 'text' && ++chunks === 5) controller.abort();
    });
    await expect(
      createTurnRunner({ artifacts: repo.artifacts, scenes: repo.scenes })(
        turn('Create a fantasy novel with dragons and magic', {
          events,
          signal: controller.signal,
          model: createOfflineModel({ delayMs: 1 }),
        }),
      ),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect((await repo.artifacts.list('plots', { limit: 10, offset: 0 })).total).toBe(0);
  });
});
