// What the models are told, as the provider package sends it: the writer's brief on every step, an
// existing world for a new plot, and summaries rather than a whole library for an unnamed revision.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TranscriptMessage } from '../../protocol/messages.ts';
import { type FakeProviderServer, startFakeOpenAI } from '../llm/test-support/index.ts';
import type { ScriptedResponse } from '../llm/test-support/scripted-server.ts';
import { openRepository, type Repository } from '../storage/index.ts';
import { AgentName, ToolName } from './contract.ts';
import { createTurnRunner } from './index.ts';
import { fakeProviderModel } from './test-support/fake-provider-model.ts';
import { recordingEvents } from './test-support/recording-events.ts';
import { sampleAuthor, sampleHero, samplePlot, sampleVillain, sampleWorld } from './test-support/samples.ts';
import { systemPrompt, wireMessages } from './test-support/wire-turn.ts';

let fake: FakeProviderServer;
let repo: Repository;
let turns = 0;
beforeAll(async () => {
  fake = await startFakeOpenAI();
  repo = await openRepository(':memory:');
});
afterAll(async () => {
  await repo.close();
  await fake.close();
});

const userMessage = (content: string, index: number): TranscriptMessage => ({
  id: `m${index}`,
  turn_id: `t${index}`,
  role: 'user',
  agent: null,
  content,
  status: 'complete',
  chunk_count: 0,
  created_at: '2026-11-28T00:00:00Z',
  client_message_id: null,
});

async function turn(
  sessionId: string,
  content: string,
  history: TranscriptMessage[],
  ...script: ScriptedResponse[]
) {
  const resolved = fakeProviderModel('openai', fake.baseURL);
  const before = fake.requests.length;
  fake.script(...script);
  await createTurnRunner({ artifacts: repo.artifacts, scenes: repo.scenes, maxRetries: 0 })({
    sessionId,
    owner: `session:${sessionId}`,
    turnId: `turn-${++turns}`,
    content,
    model: resolved.model,
    modelId: resolved.id,
    history,
    signal: new AbortController().signal,
    events: recordingEvents(),
  });
  return fake.requests.slice(before);
}

const route = (step: Record<string, unknown>): ScriptedResponse => ({
  kind: 'reply',
  text: ['On it.'],
  toolCalls: [{ name: ToolName.route, args: { steps: [step] } }],
});

describe('the prompts specialists receive', () => {
  it("carry the writer's earlier terms (audience, point of view, tense, length) as a brief", async () => {
    await repo.sessions.ensureSession('brief');
    const history = [
      userMessage('A young-adult fantasy, first person, present tense, under 80,000 words, no romance.', 1),
      userMessage('Make it set in a desert city.', 2),
    ];
    const requests = await turn(
      'brief',
      'Now write the plot',
      history,
      route({ agent: AgentName.plot, task: 'The plot' }),
      { kind: 'reply', text: ['A plot.'], toolCalls: [{ name: ToolName.savePlot, args: { ...samplePlot } }] },
    );
    const prompt = requests[1]?.promptText ?? '';
    expect(prompt).toMatch(
      /<brief>[\s\S]*first person, present tense, under 80,000 words, no romance[\s\S]*<\/brief>/,
    );
    expect(prompt).toContain('desert city');
    expect(prompt).toContain('<request>\nNow write the plot\n</request>');
  });

  it("set a new plot in the session's existing world", async () => {
    await repo.sessions.ensureSession('world-first');
    await repo.artifacts.create('worlds', sampleWorld, {
      owner: 'session:world-first',
      session_id: 'world-first',
    });
    const requests = await turn(
      'world-first',
      'A plot in my world',
      [],
      route({ agent: AgentName.plot, task: 'The plot' }),
      { kind: 'reply', text: ['A plot.'], toolCalls: [{ name: ToolName.savePlot, args: { ...samplePlot } }] },
    );
    expect(requests[1]?.promptText).toContain(sampleWorld.overview);
  });

  it('give a revision with no named target summaries of the candidates, and the one it revises in full once read', async () => {
    await repo.sessions.ensureSession('small-cast');
    const links = { owner: 'session:small-cast', session_id: 'small-cast' };
    const cast = [];
    for (let i = 0; i < 3; i++) {
      cast.push(
        await repo.artifacts.create(
          'characters',
          { ...sampleHero, name: `Person ${i}`, backstory: `A long backstory number ${i}. `.repeat(40) },
          links,
        ),
      );
    }
    const target = cast[1];
    const requests = await turn(
      'small-cast',
      'Make Person 1 braver',
      [],
      route({ agent: AgentName.characters, task: 'Make Person 1 braver', mode: 'revise' }),
      {
        kind: 'reply',
        toolCalls: [{ name: ToolName.getArtifact, args: { kind: 'characters', id: target?.id } }],
      },
      {
        kind: 'reply',
        text: ['Braver now.'],
        toolCalls: [
          { name: ToolName.updateCharacter, args: { id: target?.id, changes: { description: 'Brave.' } } },
        ],
      },
    );
    // Three candidates, not fifty, and still only summaries: every id, no backstory in full.
    const first = requests[1]?.promptText ?? '';
    for (const character of cast) expect(first).toContain(character.id);
    expect(first).not.toContain('A long backstory number 1. A long backstory');
    expect(first).toContain('get_artifact');
    // The one it revises reaches the model in full as get_artifact's result, before the update.
    expect(requests[2]?.promptText).not.toContain('A long backstory number 0. A long backstory');
    expect(JSON.stringify(requests[2]?.body.messages)).toContain(
      'A long backstory number 1. A long backstory',
    );
    expect(await repo.artifacts.get('characters', target?.id ?? '')).toMatchObject({ description: 'Brave.' });
  });
});

describe('what the agents are told to do', () => {
  it('tell the orchestrator to restate what the writer asked and invent nothing', async () => {
    await repo.sessions.ensureSession('restate');
    const requests = await turn(
      'restate',
      'A ghost story for children',
      [],
      route({ agent: AgentName.plot, task: 'The plot' }),
      {
        kind: 'reply',
        text: ['A plot.'],
        toolCalls: [{ name: ToolName.savePlot, args: { ...samplePlot } }],
      },
    );
    const system = systemPrompt(requests[0]);
    expect(system).toMatch(/restating what they asked for/);
    expect(system).toMatch(/invent nothing they did not say \(no titles, names or plot points\)/);
    expect(system).toMatch(
      /carrying every detail the writer gave[\s\S]*adding no names, places or events of your own/,
    );
  });

  it('tell every specialist to take names from the cultures of the setting and avoid stock names and beats unless asked', async () => {
    await repo.sessions.ensureSession('stock');
    const requests = await turn(
      'stock',
      'A whole book: plot, world, cast and author',
      [],
      {
        kind: 'reply',
        text: ['On it.'],
        toolCalls: [
          {
            name: ToolName.route,
            args: {
              steps: [
                { agent: AgentName.plot, task: 'The plot' },
                { agent: AgentName.world, task: 'The world' },
                { agent: AgentName.characters, task: 'Two characters' },
                { agent: AgentName.author, task: 'The author' },
              ],
            },
          },
        ],
      },
      { kind: 'reply', text: ['A plot.'], toolCalls: [{ name: ToolName.savePlot, args: { ...samplePlot } }] },
      {
        kind: 'reply',
        text: ['A world.'],
        toolCalls: [{ name: ToolName.saveWorld, args: { ...sampleWorld } }],
      },
      {
        kind: 'reply',
        text: ['A cast.'],
        toolCalls: [{ name: ToolName.saveCharacters, args: { characters: [sampleHero, sampleVillain] } }],
      },
      {
        kind: 'reply',
        text: ['An author.'],
        toolCalls: [{ name: ToolName.saveAuthor, args: { ...sampleAuthor } }],
      },
    );
    expect(requests.slice(1).map((request) => request.toolNames[0])).toEqual([
      ToolName.savePlot,
      ToolName.saveWorld,
      ToolName.saveCharacters,
      ToolName.saveAuthor,
    ]);
    for (const request of requests.slice(1)) {
      const system = systemPrompt(request);
      expect(system).toContain("Derive names from the setting's cultures and languages.");
      expect(system).toMatch(/a chosen one, a prophecy, a dead mentor[\s\S]*unless the writer asks for them/);
    }
  });

  it('tell the plot step that each beat is caused by the one before it and turns on a choice', async () => {
    await repo.sessions.ensureSession('beats');
    const requests = await turn(
      'beats',
      'A heist plot',
      [],
      route({ agent: AgentName.plot, task: 'The plot' }),
      {
        kind: 'reply',
        text: ['A plot.'],
        toolCalls: [{ name: ToolName.savePlot, args: { ...samplePlot } }],
      },
    );
    expect(systemPrompt(requests[1])).toMatch(
      /Each beat is caused by the one before it \(because of it, not merely after it\) and turns on a choice/,
    );
  });

  it('tell the plot step an existing world is saved already, and set the story in it', async () => {
    await repo.sessions.ensureSession('world-told');
    await repo.artifacts.create('worlds', sampleWorld, {
      owner: 'session:world-told',
      session_id: 'world-told',
    });
    const requests = await turn(
      'world-told',
      'A plot',
      [],
      route({ agent: AgentName.plot, task: 'The plot' }),
      {
        kind: 'reply',
        text: ['A plot.'],
        toolCalls: [{ name: ToolName.savePlot, args: { ...samplePlot } }],
      },
    );
    expect(systemPrompt(requests[1])).toMatch(
      /When the context holds a world, the story happens in that world, already saved/,
    );
    const [context] = wireMessages(requests[1])[1]?.parts ?? [];
    expect(context).toContain(`"name": "${sampleWorld.name}"`);
  });

  it('explain existing characters as already saved, so only new ones are made', async () => {
    await repo.sessions.ensureSession('more-cast');
    const links = { owner: 'session:more-cast', session_id: 'more-cast' };
    const plot = await repo.artifacts.create('plots', samplePlot, links);
    const hero = await repo.artifacts.create('characters', sampleHero, { ...links, plot_id: plot.id });
    const requests = await turn(
      'more-cast',
      'Add a villain',
      [],
      route({ agent: AgentName.characters, task: 'One villain' }),
      {
        kind: 'reply',
        text: ['A villain.'],
        toolCalls: [{ name: ToolName.saveCharacters, args: { characters: [sampleVillain] } }],
      },
    );
    const [context] = wireMessages(requests[1])[1]?.parts ?? [];
    expect(context).toContain('"existing_characters"');
    expect(context).toContain(hero.id);
    expect(systemPrompt(requests[1])).toMatch(
      /existing_characters\) are already saved in the library[\s\S]*existing_characters are people the story already has, so create only new ones/,
    );
  });
});
