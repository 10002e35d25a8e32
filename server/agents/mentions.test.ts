// "@Mara Quill" in a message brings that character, from anywhere in the writer's library, to every step.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeProviderServer, startFakeOpenAI } from '../llm/test-support/index.ts';
import { openRepository, type Repository } from '../storage/index.ts';
import { AgentName } from './contract.ts';
import { mentionedItems } from './mentions.ts';
import { routeTo, SAVE_PLOT, wireMessages, wireTurn } from './test-support/wire-turn.ts';

let fake: FakeProviderServer;
let repo: Repository;
beforeAll(async () => {
  fake = await startFakeOpenAI();
  repo = await openRepository(':memory:');
  await repo.sessions.ensureSession('elsewhere');
  await repo.artifacts.create(
    'characters',
    {
      role: 'ferry pilot',
      name: 'Mara Quill',
      description: 'A ferry pilot who never lies about the tide.',
    },
    { owner: 'session:mentions', session_id: 'elsewhere' },
  );
});
afterAll(async () => {
  await repo.close();
  await fake.close();
});

describe('@ mentions', () => {
  it('find the longest name after each @ in the writer’s own library, once each', async () => {
    const found = await mentionedItems(
      repo.artifacts,
      'A plot where @Mara Quill meets the ferryman, and @Mara Quill again',
    );
    expect(found.map((f) => [f.kind, f.item.name])).toEqual([['characters', 'Mara Quill']]);
    expect(await mentionedItems(repo.artifacts, 'email me @ home, or @Nobody Here')).toEqual([]);
  });

  it('reach the specialist as context it is told to use', async () => {
    const requests = await wireTurn(
      fake,
      repo,
      { sessionId: 'mentions', content: 'A plot where @Mara Quill smuggles salt' },
      routeTo({ agent: AgentName.plot, task: 'The plot' }),
      SAVE_PLOT,
    );
    const [context] = wireMessages(requests[1])[1]?.parts ?? [];
    expect(context).toContain('"mentioned"');
    expect(context).toContain('A ferry pilot who never lies about the tide.');
  });
});
