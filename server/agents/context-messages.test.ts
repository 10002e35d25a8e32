// Library content and earlier output reach the models as user-role context, so each agent's system
// prompt is the same on every call (and cacheable by the provider), as the provider package sends it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeProviderServer, startFakeOpenAI } from '../llm/test-support/index.ts';
import { openRepository, type Repository } from '../storage/index.ts';
import { AgentName, ToolName } from './contract.ts';
import { samplePlot, sampleWorld } from './test-support/samples.ts';
import {
  ROUTE_TO_PLOT,
  routeTo,
  SAVE_PLOT,
  systemPrompt,
  wireMessages,
  wireTurn,
} from './test-support/wire-turn.ts';

let fake: FakeProviderServer;
let repo: Repository;
beforeAll(async () => {
  fake = await startFakeOpenAI();
  repo = await openRepository(':memory:');
});
afterAll(async () => {
  await repo.close();
  await fake.close();
});

const SAVE_WORLD = {
  kind: 'reply' as const,
  text: ['A world.'],
  toolCalls: [{ name: ToolName.saveWorld, args: { ...sampleWorld } }],
};

describe('context messages', () => {
  it("give the orchestrator the session's library before the writer's words, not in its system prompt", async () => {
    const empty = await wireTurn(
      fake,
      repo,
      { sessionId: 'ctx-empty', content: 'A heist plot' },
      ROUTE_TO_PLOT,
      SAVE_PLOT,
    );
    const links = { owner: 'session:ctx-full', session_id: 'ctx-full' };
    await repo.sessions.ensureSession('ctx-full');
    const plot = await repo.artifacts.create('plots', { ...samplePlot, title: 'The Glass Orchard' }, links);
    const full = await wireTurn(fake, repo, { sessionId: 'ctx-full', content: 'Rename the plot' }, routeTo());

    // The same system prompt for an empty library and a full one.
    expect(systemPrompt(full[0])).toBe(systemPrompt(empty[0]));
    expect(systemPrompt(full[0])).not.toContain(plot.id);
    expect(systemPrompt(full[0])).not.toContain('The Glass Orchard');

    const messages = wireMessages(full[0]);
    expect(messages.map((m) => m.role)).toEqual(['system', 'user']);
    const [library, words] = messages[1]?.parts ?? [];
    expect(library).toContain(plot.id);
    expect(library).toContain('The Glass Orchard');
    expect(words).toBe('Rename the plot');
    expect(wireMessages(empty[0])[1]?.parts[0]).toContain('library is empty');
  });

  it('give a specialist the artifacts it builds on as user-role context, its system prompt unchanged', async () => {
    // Turn 1: plot then world; the world step builds on the plot this turn wrote (earlier output).
    const first = await wireTurn(
      fake,
      repo,
      { sessionId: 'ctx-world', content: 'A plot and its world' },
      routeTo({ agent: AgentName.plot, task: 'The plot' }, { agent: AgentName.world, task: 'Its world' }),
      SAVE_PLOT,
      SAVE_WORLD,
    );
    // Turn 2, another session: a world for a different plot.
    await repo.sessions.ensureSession('ctx-other');
    await repo.artifacts.create(
      'plots',
      { ...samplePlot, title: 'Salt and Iron', logline: 'A smuggler crosses the salt flats.' },
      { owner: 'session:ctx-other', session_id: 'ctx-other' },
    );
    const second = await wireTurn(
      fake,
      repo,
      { sessionId: 'ctx-other', content: 'A world for it' },
      routeTo({ agent: AgentName.world, task: 'Its world' }),
      SAVE_WORLD,
    );
    const worldStep = first[2];
    expect(worldStep?.toolNames).toContain(ToolName.saveWorld);
    expect(systemPrompt(second[1])).toBe(systemPrompt(worldStep));
    expect(systemPrompt(worldStep)).not.toContain(samplePlot.logline);
    expect(systemPrompt(second[1])).not.toContain('Salt and Iron');

    const messages = wireMessages(worldStep);
    expect(messages.map((m) => m.role)).toEqual(['system', 'user']);
    const [context, ask] = messages[1]?.parts ?? [];
    expect(context).toMatch(/^<context>[\s\S]*A young mage must unite the last dragons/);
    expect(ask).toBe(
      '<request>\nA plot and its world\n</request>\n\n<task>\nIts world\n</task>\n\n<mode>\ncreate\n</mode>',
    );
    expect(wireMessages(second[1])[1]?.parts[0]).toContain('A smuggler crosses the salt flats.');
  });
});
