import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AgentName, type ArtifactSummary, ToolName } from '../../../agents/contract.ts';
import { createTurnRunner } from '../../../agents/index.ts';
import { recordingEvents } from '../../../agents/test-support/recording-events.ts';
import { openRepository, type Repository } from '../../../storage/index.ts';
import { castToRevise, composeCastRevision } from '../compose/cast-revision.ts';
import { createOfflineModel } from '../index.ts';
import { readStepContext } from './context.ts';
import { readIntent } from './intent.ts';
import { meansWholeCast } from './whole-cast.ts';

const CATALOG: ArtifactSummary[] = [
  { kind: 'plots', id: 'p1', label: 'Murder at the Fish Market', detail: 'Mystery' },
  { kind: 'characters', id: 'c1', label: 'Frankie Greaves', detail: 'protagonist' },
  { kind: 'characters', id: 'c2', label: 'Imogen Blackwood', detail: 'antagonist' },
];

const person = (id: string, name: string, role: string, plot_id: string) => ({
  id,
  name,
  role,
  plot_id,
  description: `${name} is ${role === 'antagonist' ? 'a charming newcomer' : 'a baker'}. She is sharp-eyed.`,
  backstory: `${name.split(' ')[0]} grew up by the sea.`,
  motivations: ['Find the truth'],
  arc: 'From doubt to resolve.',
  relationships: [],
});

describe('whole-cast revisions', () => {
  it.each([
    'make the characters more sympathetic',
    'make everyone older',
    'give all the characters secrets',
    'Give each of them a darker past',
  ])('routes "%s" to one revision of the whole cast', (text) => {
    expect(meansWholeCast(text)).toBe(true);
    expect(readIntent(text, CATALOG)).toEqual([
      { agent: AgentName.characters, mode: 'revise', wholeCast: true },
    ]);
  });

  it.each(['add two more characters', 'make the villain older', 'create characters for this story'])(
    'leaves "%s" to its usual meaning',
    (text) => {
      expect(readIntent(text, CATALOG).some((step) => step.wholeCast)).toBe(false);
    },
  );

  it('revises only the cast of the plot in context, one update_character call a person', () => {
    const cast = castToRevise(
      readStepContext({
        plot: { id: 'p1', title: 'Murder at the Fish Market' },
        candidates: [
          person('c1', 'Frankie Greaves', 'protagonist', 'p1'),
          person('c2', 'Imogen Blackwood', 'antagonist', 'p1'),
          person('c9', 'Other Story', 'ally', 'p2'),
        ],
      }),
    );
    expect(cast.map((c) => c.id)).toEqual(['c1', 'c2']);
    const reply = composeCastRevision(cast, 'Make everyone older', 'Revise every character');
    expect(reply.toolCalls.map((c) => c.toolName)).toEqual([
      ToolName.updateCharacter,
      ToolName.updateCharacter,
    ]);
    expect(reply.toolCalls.map((c) => (c.input as { id: string }).id)).toEqual(['c1', 'c2']);
    expect(reply.text).toContain('Frankie Greaves, revised');
    expect(reply.text).toContain('Imogen Blackwood, revised');
  });
});

describe('a whole-cast revision through the agents, with a real SQLite library', () => {
  let repo: Repository;
  beforeEach(async () => {
    repo = await openRepository(':memory:');
    await repo.sessions.ensureSession('s1');
  });
  afterEach(() => repo.close());

  const run = (content: string, turnId: string) =>
    createTurnRunner({ artifacts: repo.artifacts, scenes: repo.scenes })({
      sessionId: 's1',
      owner: 'session:s1',
      turnId,
      content,
      model: createOfflineModel({ delayMs: 0 }),
      modelId: 'offline:bookswriter-offline',
      history: [],
      signal: new AbortController().signal,
      events: recordingEvents(),
    });

  it('makes every character of the story older, each one saved', async () => {
    const first = await run('Create a mystery novel with three main characters', 't1');
    const ids = first.results.character_ids ?? [];
    expect(ids).toHaveLength(3);
    const before = await Promise.all(ids.map((id) => repo.artifacts.get('characters', id)));

    const outcome = await run('Make everyone older', 't2');
    expect(outcome.results.agents_used).toEqual([AgentName.orchestrator, AgentName.characters]);
    expect([...(outcome.results.character_ids ?? [])].sort()).toEqual([...ids].sort());
    const after = await Promise.all(ids.map((id) => repo.artifacts.get('characters', id)));
    after.forEach((character, i) => {
      expect(character?.description).not.toBe(before[i]?.description);
      expect(character?.description).toMatch(/late (fifties|sixties|forties)|older/i);
    });
  });
});
