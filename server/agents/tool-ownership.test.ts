// Agent tools see only their writer's library: a scripted model makes the agents search, read and link across owners.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerMessage } from '../../protocol/messages.ts';
import { type FakeProviderServer, startFakeOpenAI } from '../llm/test-support/index.ts';
import { OWNER_COOKIE } from '../ownership.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import type { TestClient } from '../test-support/ws-client.ts';
import { AgentName, ToolName } from './contract.ts';

let fake: FakeProviderServer;
let server: TestServer;
beforeAll(async () => {
  fake = await startFakeOpenAI();
  server = await startTestServer({
    // New sessions start offline; the scripted model is chosen per message.
    env: { BOOKSWRITER_MODEL: 'offline:bookswriter-offline' },
    modelEnv: { OPENAI_COMPATIBLE_BASE_URL: fake.baseURL, OPENAI_COMPATIBLE_MODELS: 'scripted' },
  });
});
afterAll(async () => {
  await server.close();
  await fake.close();
});

async function newOwnerCookie(): Promise<string> {
  const response = await fetch(`${server.url}/api/health`);
  await response.body?.cancel();
  const token = new RegExp(`^${OWNER_COOKIE}=([^;]+)`).exec(response.headers.get('set-cookie') ?? '')?.[1];
  if (!token) throw new Error('no owner cookie');
  return `${OWNER_COOKIE}=${token}`;
}

/** Runs one turn on the offline model and returns the id of the plot it saved. */
async function plotMadeIn(
  sessionId: string,
  cookie?: string,
  request = 'Create a fantasy novel about the dragon riders of Vael',
): Promise<string> {
  const client = await server.connect(sessionId, cookie ? { Cookie: cookie } : {});
  client.say(request);
  const completion = await client.waitFor('completion', undefined, 30_000);
  await client.close();
  const plotId = completion.results.plot_id;
  if (typeof plotId !== 'string') throw new Error('the turn saved no plot');
  return plotId;
}

function toolResults(client: TestClient, toolName: string): Array<Record<string, unknown>> {
  return client.received.flatMap((m: ServerMessage) =>
    m.type === 'tool_execution' && m.tool_name === toolName && m.status === 'completed' && m.result
      ? [m.result]
      : [],
  );
}

describe("agent tools and another owner's work", () => {
  it('search, read and revise only what the session owner may see over REST, nothing of anyone else', async () => {
    const alice = await newOwnerCookie();
    const bob = await newOwnerCookie();
    const alicePlot = await plotMadeIn('tools-alice', alice);
    const plainPlot = await plotMadeIn('tools-plain');
    const titleOf = async (id: string, cookie?: string) => {
      const response = await fetch(`${server.url}/api/plots/${id}`, {
        headers: cookie ? { Cookie: cookie } : {},
      });
      return ((await response.json()) as { title?: string }).title;
    };
    const aliceTitle = (await titleOf(alicePlot, alice)) ?? '';
    expect(aliceTitle.length).toBeGreaterThan(0);
    // Bob has two plots of his own, so a revision that names none of them reads the library first.
    const bobPlots = [
      await plotMadeIn('tools-bob', bob, 'Create a science fiction novel about salvage crews on Titan'),
      await plotMadeIn('tools-bob', bob, 'Create a cozy mystery novel set in a seaside bakery'),
    ];

    fake.script(
      {
        kind: 'reply',
        text: ['Looking through your library.'],
        toolCalls: [
          {
            name: ToolName.route,
            args: {
              steps: [
                {
                  agent: AgentName.plot,
                  task: 'Revise the dragon plot',
                  mode: 'revise',
                  target_id: alicePlot,
                },
              ],
            },
          },
        ],
      },
      {
        kind: 'reply',
        toolCalls: [
          { name: ToolName.searchLibrary, args: { query: '', kind: 'plots' } },
          { name: ToolName.getArtifact, args: { kind: 'plots', id: alicePlot } },
          { name: ToolName.getArtifact, args: { kind: 'plots', id: plainPlot } },
        ],
      },
      {
        kind: 'reply',
        text: ['# A plot of my own'],
        toolCalls: [{ name: ToolName.updatePlot, args: { id: bobPlots[1], changes: { title: 'Mine' } } }],
      },
    );
    const client = await server.connect('tools-bob', { Cookie: bob });
    client.send({ type: 'model_switch', model: 'local:scripted', timestamp: new Date().toISOString() });
    await client.waitFor('model_switched');
    client.say('Find the dragon plot and build on it');
    await client.waitFor('completion', undefined, 30_000);
    await client.close();

    const [search] = toolResults(client, ToolName.searchLibrary);
    const found = (search?.matches as Array<{ id: string }> | undefined)?.map((match) => match.id);
    expect(found?.sort()).toEqual([...bobPlots].sort());
    expect(toolResults(client, ToolName.getArtifact)).toEqual([
      { found: false, kind: 'plots', id: alicePlot },
      { found: false, kind: 'plots', id: plainPlot },
    ]);

    // Nothing of Alice's reached Bob's socket or the model working for him, and her plot is unchanged.
    const everythingBobSaw = JSON.stringify(client.received);
    expect(everythingBobSaw).not.toContain(aliceTitle);
    for (const request of fake.requests) expect(request.promptText).not.toContain(aliceTitle);
    expect(await titleOf(alicePlot, alice)).toBe(aliceTitle);
    expect(await titleOf(alicePlot, bob)).toBeUndefined();
  }, 60_000);
});
