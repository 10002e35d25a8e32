// Search and get are offered only where reading helps, step by step, as the provider packages send the tools.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeProviderServer, startFakeGemini, startFakeOpenAI } from '../llm/test-support/index.ts';
import { openRepository, type Repository } from '../storage/index.ts';
import { AgentName, ToolName } from './contract.ts';
import { sampleHero, samplePlot, sampleVillain, sampleWorld } from './test-support/samples.ts';
import { routeTo, SAVE_PLOT, wireMessages, wireTurn } from './test-support/wire-turn.ts';

let openai: FakeProviderServer;
let gemini: FakeProviderServer;
let repo: Repository;
beforeAll(async () => {
  [openai, gemini] = await Promise.all([startFakeOpenAI(), startFakeGemini()]);
  repo = await openRepository(':memory:');
});
afterAll(async () => {
  await repo.close();
  await Promise.all([openai.close(), gemini.close()]);
});

async function sessionWithCast(sessionId: string) {
  await repo.sessions.ensureSession(sessionId);
  const links = { owner: `session:${sessionId}`, session_id: sessionId };
  const plot = await repo.artifacts.create('plots', samplePlot, links);
  const hero = await repo.artifacts.create('characters', sampleHero, { ...links, plot_id: plot.id });
  const villain = await repo.artifacts.create('characters', sampleVillain, { ...links, plot_id: plot.id });
  return { plot, hero, villain };
}

const update = (id: string | undefined) => ({
  kind: 'reply' as const,
  text: ['He grieves now.'],
  toolCalls: [{ name: ToolName.updateCharacter, args: { id, changes: { backstory: 'He lost a son.' } } }],
});

describe('the tools each specialist step is offered', () => {
  it('give a create step, its context already given, only its save tool', async () => {
    const requests = await wireTurn(
      openai,
      repo,
      { sessionId: 'tools-create', content: 'A plot and its world' },
      routeTo({ agent: AgentName.plot, task: 'The plot' }, { agent: AgentName.world, task: 'Its world' }),
      SAVE_PLOT,
      {
        kind: 'reply',
        text: ['A world.'],
        toolCalls: [{ name: ToolName.saveWorld, args: { ...sampleWorld } }],
      },
    );
    expect(requests.map((request) => request.toolNames)).toEqual([
      [ToolName.route],
      [ToolName.savePlot],
      [ToolName.saveWorld],
    ]);
  });

  it('give a revision of a named target only its update tool', async () => {
    const { villain } = await sessionWithCast('tools-named');
    const requests = await wireTurn(
      openai,
      repo,
      { sessionId: 'tools-named', content: 'Give Malgrim a loss' },
      routeTo({ agent: AgentName.characters, task: 'A loss', mode: 'revise', target_id: villain.id }),
      update(villain.id),
    );
    expect(requests.map((request) => request.toolNames)).toEqual([
      [ToolName.route],
      [ToolName.updateCharacter],
    ]);
    expect(await repo.artifacts.get('characters', villain.id)).toMatchObject({ backstory: 'He lost a son.' });
  });

  it.each(['openai', 'gemini'] as const)(
    'make a revision with no named target read first (search or get, required), then update (%s)',
    async (provider) => {
      const fake = provider === 'openai' ? openai : gemini;
      const { villain } = await sessionWithCast(`tools-unnamed-${provider}`);
      const requests = await wireTurn(
        fake,
        repo,
        { sessionId: `tools-unnamed-${provider}`, content: 'Give the villain a loss', provider },
        routeTo({ agent: AgentName.characters, task: 'A loss for the villain', mode: 'revise' }),
        {
          kind: 'reply',
          toolCalls: [{ name: ToolName.getArtifact, args: { kind: 'characters', id: villain.id } }],
        },
        update(villain.id),
      );
      expect(requests.map((request) => request.toolNames)).toEqual([
        [ToolName.route],
        [ToolName.searchLibrary, ToolName.getArtifact],
        [ToolName.updateCharacter, ToolName.getArtifact],
      ]);
      // The read is required: OpenAI's tool_choice, Gemini's function-calling mode.
      const choice =
        provider === 'openai'
          ? requests[1]?.body.tool_choice
          : (requests[1]?.body.toolConfig as { functionCallingConfig?: { mode?: string } } | undefined)
              ?.functionCallingConfig?.mode;
      expect(choice).toBe(provider === 'openai' ? 'required' : 'ANY');
      expect(await repo.artifacts.get('characters', villain.id)).toMatchObject({
        backstory: 'He lost a son.',
      });
    },
  );

  it('let a revision read at most twice: its last step can only update', async () => {
    const { hero, villain } = await sessionWithCast('tools-reads');
    const get = (id: string) => ({
      kind: 'reply' as const,
      toolCalls: [{ name: ToolName.getArtifact, args: { kind: 'characters', id } }],
    });
    const requests = await wireTurn(
      openai,
      repo,
      { sessionId: 'tools-reads', content: 'Give the villain a loss' },
      routeTo({ agent: AgentName.characters, task: 'A loss for the villain', mode: 'revise' }),
      get(hero.id),
      get(villain.id),
      update(villain.id),
    );
    expect(requests.slice(1).map((request) => request.toolNames)).toEqual([
      [ToolName.searchLibrary, ToolName.getArtifact],
      [ToolName.updateCharacter, ToolName.getArtifact],
      [ToolName.updateCharacter],
    ]);
  });

  it('carry what a revision read into the call that asks it again to update', async () => {
    const { villain } = await sessionWithCast('tools-forced');
    const requests = await wireTurn(
      openai,
      repo,
      { sessionId: 'tools-forced', content: 'Give the villain a loss' },
      routeTo({ agent: AgentName.characters, task: 'A loss for the villain', mode: 'revise' }),
      {
        kind: 'reply',
        toolCalls: [{ name: ToolName.getArtifact, args: { kind: 'characters', id: villain.id } }],
      },
      // Prose, but no update: the follow-up must call it.
      { kind: 'reply', text: ['Malgrim will have lost a son.'] },
      update(villain.id),
    );
    const forced = requests[3];
    expect(forced?.toolNames).toEqual([ToolName.updateCharacter]);
    expect(forced?.body.tool_choice).toEqual({
      type: 'function',
      function: { name: ToolName.updateCharacter },
    });
    const messages = wireMessages(forced);
    expect(messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'tool', 'assistant', 'user']);
    // The character read in full, then the prose, then the request to save it.
    expect(messages[3]?.parts.join('')).toContain(sampleVillain.backstory);
    expect(messages[4]?.parts.join('')).toContain('Malgrim will have lost a son.');
    expect(await repo.artifacts.get('characters', villain.id)).toMatchObject({ backstory: 'He lost a son.' });
  });
});
