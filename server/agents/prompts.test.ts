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
import { sampleHero, samplePlot, sampleWorld } from './test-support/samples.ts';

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
  await createTurnRunner({ artifacts: repo.artifacts, maxRetries: 0 })({
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
