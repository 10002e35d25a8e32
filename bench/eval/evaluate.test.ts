// `pnpm eval`'s scoring, and one run of it over the real OpenAI provider package against a fake server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createModelRegistry } from '../../server/llm/index.ts';
import { type FakeProviderServer, startFakeOpenAI } from '../../server/llm/test-support/index.ts';
import { evaluate } from './evaluate.ts';
import { premiseCoverage, stockNames, summarize } from './metrics.ts';

describe('the evaluation scores', () => {
  it('measures premise coverage by the words kept, case-insensitively', () => {
    expect(premiseCoverage('A HEIST above the Storm', ['heist', 'storm', 'pilot', 'float'])).toBe(0.5);
  });

  it('counts stock names as whole words only', () => {
    const found = stockNames('Elara met Kael; Elaras and Kaelin do not count. A chosen one, again: Elara.');
    expect(Object.fromEntries(found)).toEqual({ Elara: 2, Kael: 1, 'chosen one': 1 });
  });
});

describe('an evaluation run', () => {
  let fake: FakeProviderServer;
  beforeAll(async () => {
    fake = await startFakeOpenAI();
  });
  afterAll(() => fake.close());

  it('reports save success, coverage, stock names and tokens per turn, failed turns included', async () => {
    const route = {
      kind: 'reply' as const,
      text: ['On it.'],
      toolCalls: [
        { name: 'route_request', args: { steps: [{ agent: 'PlotGeneratorAgent', task: 'The plot' }] } },
      ],
    };
    const plot = {
      title: 'Storm Heist',
      logline: 'Elara, a pilot, flies the getaway from a floating city.',
      summary: 'A heist in a city powered by storms.',
      genre: 'Thriller',
    };
    fake.script(
      route,
      { kind: 'reply', text: ['Storm Heist.'], toolCalls: [{ name: 'save_plot', args: plot }] },
      route,
      { kind: 'reply', text: ['Only prose.'] },
      { kind: 'reply', text: ['Still only prose.'] },
    );
    const model = createModelRegistry({
      env: { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake.baseURL },
      offlineDelayMs: 0,
    }).resolve('openai:gpt-4.1');
    if (!model) throw new Error('no model');
    const scores = await evaluate({
      model,
      premises: [
        { id: 'heist', request: 'A storm heist', mustKeep: ['heist', 'storm', 'pilot', 'float'] },
        { id: 'none', request: 'Anything', mustKeep: ['salt'] },
      ],
    });
    expect(scores[0]).toMatchObject({ premise: 'heist', saved: true, coverage: 1, stockNameHits: 1 });
    expect(scores[0]?.inputTokens).toBeGreaterThan(0);
    expect(scores[1]).toMatchObject({
      premise: 'none',
      saved: false,
      error: expect.stringMatching(/could not save/),
    });
    // A failed turn still reports what it used.
    expect(scores[1]?.inputTokens).toBeGreaterThan(0);
    expect(summarize(scores)).toMatchObject({ turns: 2, saveSuccess: 0.5, stockNamesPerTurn: 0.5 });
  });
});
