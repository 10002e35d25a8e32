import { describe, expect, it } from 'vitest';
import { ownedArtifacts } from '../storage/owned-artifacts.ts';
import { createCharactersAgent } from './characters.ts';
import { ToolName } from './contract.ts';
import type { SpecialistStep } from './specialist.ts';
import { specialistStep } from './test-support/agent-inputs.ts';
import { recordingEvents } from './test-support/recording-events.ts';
import { sampleCharacters, sampleHero, samplePlot, sampleWorld } from './test-support/samples.ts';
import { scriptedModel } from './test-support/scripted-model.ts';
import { sessionRepositoryPerTest } from './test-support/session-repository.ts';

const repo = sessionRepositoryPerTest();

function step(overrides: Partial<SpecialistStep>): SpecialistStep {
  return specialistStep({ request: 'Three characters', task: 'Create three characters', ...overrides });
}

const count = async () => (await repo.artifacts.list('characters', { limit: 50, offset: 0 })).total;

describe('CharactersAgent', () => {
  it('saves the whole cast linked to its plot and world', async () => {
    const plot = await repo.artifacts.create('plots', samplePlot, { owner: 'session:s1', session_id: 's1' });
    const world = await repo.artifacts.create('worlds', sampleWorld, {
      owner: 'session:s1',
      session_id: 's1',
      plot_id: plot.id,
    });
    const model = scriptedModel({
      text: ['## Aria Vell\n...'],
      toolCalls: [{ name: ToolName.saveCharacters, input: { characters: sampleCharacters } }],
    });
    const events = recordingEvents();
    const saved = await createCharactersAgent({ artifacts: repo.artifacts }).run(
      step({
        model,
        events,
        links: { owner: 'session:s1', session_id: 's1', plot_id: plot.id, world_id: world.id },
      }),
    );
    expect(saved.characters.map((c) => [c.name, c.plot_id, c.world_id])).toEqual([
      ['Aria Vell', plot.id, world.id],
      ['Malgrim', plot.id, world.id],
    ]);
    expect(events.tools().at(-1)).toMatchObject({
      status: 'completed',
      result: { character_ids: saved.characters.map((c) => c.id) },
    });
  });

  it('saves none of the cast when one character is invalid, even after one repair round', async () => {
    const broken = [...sampleCharacters, { name: 'Nameless', role: '', description: 'x' }];
    const call = { toolCalls: [{ name: ToolName.saveCharacters, input: { characters: broken } }] };
    const model = scriptedModel(call, call);
    const events = recordingEvents();
    await expect(
      createCharactersAgent({ artifacts: repo.artifacts }).run(step({ model, events })),
    ).rejects.toMatchObject({
      code: 'PROVIDER_BAD_OUTPUT',
      message: expect.stringContaining('characters.2.role'),
    });
    expect(events.tools().at(-1)).toMatchObject({ status: 'failed', tool_name: ToolName.saveCharacters });
    expect(await count()).toBe(0);
  });

  it('removes the characters already written when a later write fails', async () => {
    // The arguments are valid; the store fails on the second write, as a full disk would.
    const model = scriptedModel({
      toolCalls: [{ name: ToolName.saveCharacters, input: { characters: sampleCharacters } }],
    });
    const store = repo.artifacts;
    let writes = 0;
    const failingSecond = {
      ...store,
      create: (async (kind, input, links) => {
        writes += 1;
        if (writes === 2) throw new Error('disk full');
        return store.create(kind, input, links);
      }) as typeof store.create,
    };
    await expect(
      createCharactersAgent({ artifacts: failingSecond }).run(step({ model })),
    ).rejects.toMatchObject({
      code: 'AGENT_FAILED',
    });
    expect(await count()).toBe(0);
  });

  it('revises one character without duplicating it', async () => {
    const [hero, villain] = await Promise.all(
      sampleCharacters.map((c) =>
        repo.artifacts.create('characters', c, { owner: 'session:s1', session_id: 's1' }),
      ),
    );
    const model = scriptedModel({
      text: ['Malgrim now grieves.'],
      toolCalls: [
        {
          name: ToolName.updateCharacter,
          input: { id: villain?.id, changes: { backstory: 'He lost his family to dragonfire.' } },
        },
      ],
    });
    await createCharactersAgent({ artifacts: repo.artifacts }).run(
      step({ model, mode: 'revise', context: { target: villain } }),
    );
    expect(await count()).toBe(2);
    expect(await repo.artifacts.get('characters', villain?.id ?? '')).toMatchObject({
      name: 'Malgrim',
      description: 'The Ash King.',
      backstory: 'He lost his family to dragonfire.',
    });
    expect(await repo.artifacts.get('characters', hero?.id ?? '')).toMatchObject({ backstory: '' });
  });

  it("refuses to update another owner's character, as if it did not exist", async () => {
    await repo.sessions.ensureSession('other');
    const theirs = await repo.artifacts.create('characters', sampleHero, {
      owner: 'session:other',
      session_id: 'other',
    });
    // A revision with no named target reads first; the other owner's character reads as missing.
    const model = scriptedModel(
      { toolCalls: [{ name: ToolName.getArtifact, input: { kind: 'characters', id: theirs.id } }] },
      {
        toolCalls: [
          { name: ToolName.updateCharacter, input: { id: theirs.id, changes: { name: 'Stolen' } } },
        ],
      },
    );
    // Turns run on the session owner's view of the library (see createTurnRunner).
    const mine = ownedArtifacts(repo.artifacts, 'session:s1');
    await expect(
      createCharactersAgent({ artifacts: mine }).run(step({ model, mode: 'revise' })),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await repo.artifacts.get('characters', theirs.id)).toMatchObject({ name: 'Aria Vell' });
  });
});
