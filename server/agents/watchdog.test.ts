// The no-progress watchdog through the whole server: a specialist writing its artifact as tool
// arguments for longer than the agent timeout is working, not stuck.
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../protocol/errors.ts';
import { startFakeAnthropic, startFakeOpenAI } from '../llm/test-support/index.ts';
import type { FakeProviderServer } from '../llm/test-support/scripted-server.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import { AgentName, ToolName } from './contract.ts';
import { samplePlot } from './test-support/samples.ts';

let server: TestServer | undefined;
let fake: FakeProviderServer | undefined;
afterEach(async () => {
  await server?.close();
  await fake?.close();
  server = undefined;
  fake = undefined;
});

// Scaled down from the real case (30 s timeout, 45 s of tool arguments): the arguments stream for
// about three times the timeout, in gaps far shorter than it.
const TIMEOUT_MS = 1_000;
const FRAMES = 30;
const GAP_MS = 100;

function script(provider: FakeProviderServer) {
  provider.script(
    {
      kind: 'reply',
      text: ['Writing your plot.'],
      toolCalls: [{ name: ToolName.route, args: { steps: [{ agent: AgentName.plot, task: 'The plot' }] } }],
    },
    {
      kind: 'reply',
      text: ['# ', samplePlot.title],
      toolCalls: [{ name: ToolName.savePlot, args: { ...samplePlot } }],
      argumentFragments: FRAMES,
      delayMs: GAP_MS,
    },
  );
}

describe.each([
  {
    name: 'OpenAI',
    start: startFakeOpenAI,
    env: (url: string) => ({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: url }),
    model: 'openai:gpt-4.1',
  },
  {
    name: 'Anthropic',
    start: startFakeAnthropic,
    env: (url: string) => ({ ANTHROPIC_API_KEY: 'sk-ant-test', ANTHROPIC_BASE_URL: url }),
    model: 'anthropic:claude-sonnet-4-5',
  },
])('the agent watchdog on $name', ({ name, start, env, model }) => {
  it('counts streamed tool arguments as progress: the turn ends saved, with no AGENT_TIMEOUT', async () => {
    fake = await start();
    script(fake);
    server = await startTestServer({
      env: { AGENT_TIMEOUT_MS: String(TIMEOUT_MS), BOOKSWRITER_MODEL: model },
      modelEnv: env(fake.baseURL),
    });
    const client = await server.connect(`watchdog-${name.toLowerCase()}`);
    client.say('Write me a plot');
    const completion = await client.waitFor('completion', () => true, 30_000);

    expect(client.ofType('error').map((e) => e.error_code)).not.toContain(ErrorCode.AGENT_TIMEOUT);
    expect(completion.status).toBe('completed');
    expect(completion.results.title).toBe(samplePlot.title);
    // The writer saw the arguments arrive, not a silent minute.
    const writing = client
      .ofType('tool_execution')
      .filter((e) => e.tool_name === ToolName.savePlot && e.message.startsWith('Writing the plot'));
    expect(writing.length).toBeGreaterThan(1);
    expect(writing.at(-1)?.message).toMatch(/characters so far/);
  });
});
