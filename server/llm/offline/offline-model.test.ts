import type { LanguageModelV3CallOptions } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import {
  AgentName,
  type ArtifactSummary,
  ToolName,
  writeArtifactCatalog,
  writePromptSections,
} from '../../agents/contract.ts';
import { createOfflineModel } from './index.ts';
import { readParts } from './test-support/read-parts.ts';

const tool = (name: string) => ({
  type: 'function' as const,
  name,
  inputSchema: { type: 'object' as const },
});

function orchestratorCall(content: string, catalog: ArtifactSummary[] = []): LanguageModelV3CallOptions {
  return {
    prompt: [
      { role: 'system', content: `You route requests.\n${writeArtifactCatalog(catalog)}` },
      { role: 'user', content: [{ type: 'text', text: content }] },
    ],
    tools: [tool(ToolName.route)],
  };
}

function specialistCall(
  tools: string[],
  request: string,
  context: Record<string, unknown> = {},
  mode: 'create' | 'revise' = 'create',
  task = request,
): LanguageModelV3CallOptions {
  return {
    prompt: [
      { role: 'system', content: 'You write.' },
      {
        role: 'user',
        content: [{ type: 'text', text: writePromptSections({ request, task, mode, context }) }],
      },
    ],
    tools: tools.map(tool),
  };
}

async function collect(options: LanguageModelV3CallOptions, delayMs = 0) {
  const { stream } = await createOfflineModel({ delayMs }).doStream(options);
  const parts = await readParts(stream);
  const text = parts.map((p) => (p.type === 'text-delta' ? p.delta : '')).join('');
  const calls = parts.flatMap((p) =>
    p.type === 'tool-call'
      ? [{ name: p.toolName, input: JSON.parse(p.input) as Record<string, unknown> }]
      : [],
  );
  return { parts, text, calls };
}

async function route(content: string, catalog: ArtifactSummary[] = []) {
  const { calls, text } = await collect(orchestratorCall(content, catalog));
  const steps = (calls[0]?.input.steps ?? []) as {
    agent: string;
    mode: string;
    target_id?: string;
    task: string;
  }[];
  return { steps, text };
}

describe('the offline model as a V3 language model', () => {
  it('identifies itself and streams proper parts: start, many small text deltas, a tool call, finish with usage', async () => {
    const model = createOfflineModel({ delayMs: 0 });
    expect([model.specificationVersion, model.provider, model.modelId]).toEqual([
      'v3',
      'offline',
      'bookswriter-offline',
    ]);
    const { parts } = await collect(orchestratorCall('Create a fantasy novel with dragons and magic'));
    const types = parts.map((p) => p.type);
    expect(types[0]).toBe('stream-start');
    expect(types.filter((t) => t === 'text-delta').length).toBeGreaterThan(5);
    expect(types.indexOf('text-start')).toBeLessThan(types.indexOf('text-delta'));
    expect(types.indexOf('text-end')).toBeLessThan(types.indexOf('tool-call'));
    const finish = parts.at(-1);
    expect(finish).toMatchObject({ type: 'finish', finishReason: { unified: 'tool-calls' } });
    expect(finish?.type === 'finish' && (finish.usage.outputTokens.total ?? 0) > 0).toBe(true);
  });

  it('answers doGenerate with the same content as the stream', async () => {
    const options = orchestratorCall('Create a fantasy novel with dragons and magic');
    const generated = await createOfflineModel({ delayMs: 0 }).doGenerate(options);
    const streamed = await collect(options);
    expect(generated.content[0]).toEqual({ type: 'text', text: streamed.text });
    expect(generated.content[1]).toMatchObject({ type: 'tool-call', toolName: ToolName.route });
  });

  it('stops with the abort reason when aborted mid-stream', async () => {
    const controller = new AbortController();
    const { stream } = await createOfflineModel({ delayMs: 1 }).doStream({
      ...specialistCall([ToolName.savePlot], 'A fantasy novel'),
      abortSignal: controller.signal,
    });
    const reader = stream.getReader();
    let deltas = 0;
    const reading = (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return 'finished';
        if (value.type === 'text-delta' && ++deltas === 3) controller.abort();
      }
    })();
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect(deltas).toBe(3);
  });

  it('refuses to start when already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      createOfflineModel({ delayMs: 0 }).doStream({
        ...orchestratorCall('hi'),
        abortSignal: controller.signal,
      }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('offline routing', () => {
  it('routes a novel to the plot generator alone', async () => {
    const { steps, text } = await route('Create a fantasy novel with dragons and magic');
    expect(steps.map((s) => [s.agent, s.mode])).toEqual([[AgentName.plot, 'create']]);
    expect(text).toContain("I'll help you create a fantasy novel with dragons and magic");
  });

  it.each([
    ['Build a world with a strange magic system', [AgentName.world]],
    ['Give me a cast of characters for a heist, with a villain', [AgentName.characters]],
    ['Invent an author persona with a pen name', [AgentName.author]],
    [
      'A fantasy novel with its world and three main characters',
      [AgentName.plot, AgentName.world, AgentName.characters],
    ],
    [
      'Characters, a world, and a plot for a space opera',
      [AgentName.plot, AgentName.world, AgentName.characters],
    ],
  ])('routes "%s" in workflow order', async (content, agents) => {
    expect((await route(content)).steps.map((s) => s.agent)).toEqual(agents);
  });

  it('answers a plain question without routing', async () => {
    const { steps, text } = await route('Hello, what can you do?');
    expect(steps).toEqual([]);
    expect(text).toContain('plot');
  });

  it('routes an edit of an existing character to a revision of that character', async () => {
    const catalog: ArtifactSummary[] = [
      { kind: 'plots', id: 'p1', label: 'Crown of Dragon and Ember', detail: 'Fantasy' },
      { kind: 'characters', id: 'c1', label: 'Dain Thorne', detail: 'protagonist' },
      { kind: 'characters', id: 'c2', label: 'Seren Stormcrest', detail: 'antagonist' },
      { kind: 'characters', id: 'c3', label: 'Maren Vell', detail: 'ally' },
    ];
    expect((await route('Make the villain more sympathetic', catalog)).steps).toMatchObject([
      { agent: AgentName.characters, mode: 'revise', target_id: 'c2' },
    ]);
    expect((await route('Give Maren a darker past', catalog)).steps).toMatchObject([
      { agent: AgentName.characters, mode: 'revise', target_id: 'c3' },
    ]);
    expect((await route('Make the plot darker', catalog)).steps).toMatchObject([
      { agent: AgentName.plot, mode: 'revise', target_id: 'p1' },
    ]);
  });

  it('creates rather than revises when the writer asks for something new', async () => {
    const catalog: ArtifactSummary[] = [{ kind: 'plots', id: 'p1', label: 'Old', detail: 'Fantasy' }];
    expect((await route('Write a new mystery novel', catalog)).steps).toMatchObject([
      { agent: AgentName.plot, mode: 'create' },
    ]);
  });
});
