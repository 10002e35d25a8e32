import type { LanguageModelV3CallOptions } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import {
  AgentName,
  type ArtifactSummary,
  ToolName,
  writeArtifactCatalog,
  writePromptSections,
} from '../../../agents/contract.ts';
import { createOfflineModel } from '../index.ts';
import { readParts } from '../test-support/read-parts.ts';

const LIBRARY: ArtifactSummary[] = [
  { kind: 'plots', id: 'p1', label: 'The Forbidden Library', detail: 'Fantasy' },
  { kind: 'characters', id: 'c1', label: 'Aldric Hale', detail: 'antagonist' },
  { kind: 'worlds', id: 'w1', label: 'Caer Myrrin', detail: 'High fantasy' },
];

async function run(options: LanguageModelV3CallOptions) {
  const parts = await readParts((await createOfflineModel({ delayMs: 0 }).doStream(options)).stream);
  const text = parts.map((p) => (p.type === 'text-delta' ? p.delta : '')).join('');
  const calls = parts.flatMap((p) => (p.type === 'tool-call' ? [p] : []));
  return { text, calls };
}

async function route(content: string, catalog: ArtifactSummary[] = LIBRARY) {
  const { text, calls } = await run({
    prompt: [
      { role: 'system', content: `You route requests.\n${writeArtifactCatalog(catalog)}` },
      { role: 'user', content: [{ type: 'text', text: content }] },
    ],
    tools: [{ type: 'function', name: ToolName.route, inputSchema: { type: 'object' } }],
  });
  const input = calls[0] ? JSON.parse(calls[0].input) : { steps: [] };
  return { text, steps: (input.steps as { agent: string; mode: string }[]).map((s) => [s.agent, s.mode]) };
}

describe('a request it cannot serve is answered plainly, never with something else', () => {
  it.each([
    ['Translate this into French', /can't translate/],
    ['Translate the plot into Spanish', /can't translate/],
    ['Make me an image of the dragon', /can't make images/],
    ['Create a cover for my book', /can't make images/],
    ['Draw the villain', /can't make images/],
    ['Make an audiobook of it', /can't make audio/],
    ['Publish my novel on Amazon', /can't publish/],
    ['Rate my plot out of ten', /can't critique/],
  ])('"%s" routes nothing and says what it cannot do', async (request, answer) => {
    for (const catalog of [LIBRARY, []]) {
      const { text, steps } = await route(request, catalog);
      expect(steps).toEqual([]);
      expect(text).toMatch(answer);
      expect(text).toContain('What I can do:');
    }
  });

  const DRAFTS = [
    'Write chapter 1',
    'Write the first chapter of my novel',
    'Draft chapter three',
    'Write the whole book',
    'Continue writing',
    'Write the opening scene',
  ];

  it.each(DRAFTS)(
    '"%s" with no book yet routes nothing and says there is nothing to write from',
    async (request) => {
      const { text, steps } = await route(request, []);
      expect(steps).toEqual([]);
      expect(text).toMatch(/no book here to work from yet, so I can't write or outline it/);
    },
  );

  it.each(DRAFTS)('"%s" with a plot outlines the book first, then drafts it', async (request) => {
    const { steps } = await route(request, LIBRARY);
    expect(steps).toEqual([
      [AgentName.outline, 'create'],
      [AgentName.drafting, 'create'],
    ]);
  });

  it('writes the plot, outlines it and drafts the chapter when a draft request carries its own premise', async () => {
    const { steps } = await route('Create a fantasy plot about a young mage, and then write chapter 1', []);
    expect(steps).toEqual([
      [AgentName.plot, 'create'],
      [AgentName.outline, 'create'],
      [AgentName.drafting, 'create'],
    ]);
  });

  it.each([
    'Create a mystery about a painting that changes every night',
    'Write a thriller about a photographer who sees a murder',
    'Write a romance about a translator who falls for her client',
    'Create a fantasy novel about a cartographer who draws maps of places that do not exist',
    'Write a story about a girl who publishes a secret newspaper',
  ])('still writes a plot for "%s"', async (request) => {
    expect((await route(request, [])).steps).toEqual([[AgentName.plot, 'create']]);
  });

  it.each([
    ['Make it better', 'The Forbidden Library'],
    ['Tweak the plot a little', 'The Forbidden Library'],
    ['Change Aldric Hale', 'Aldric Hale'],
  ])('"%s" is a revision it cannot read: nothing routed, its options named', async (request, label) => {
    const { text, steps } = await route(request);
    expect(steps).toEqual([]);
    expect(text).toContain(`I can't tell what to change in ${label} from that. What I can change:`);
  });

  it('routes the revisions it can read', async () => {
    expect((await route('Make the plot darker')).steps).toEqual([[AgentName.plot, 'revise']]);
    expect((await route('Make Aldric Hale older')).steps).toEqual([[AgentName.characters, 'revise']]);
  });

  it('as a specialist asked for a change it cannot read, says so and calls no tool', async () => {
    const target = { id: 'p1', title: 'The Forbidden Library', logline: 'A mage finds a library.' };
    const request = 'Make it better';
    const { text, calls } = await run({
      prompt: [
        {
          role: 'user',
          content: [
            {
              type: 'text',
              text: writePromptSections({ request, task: request, mode: 'revise', context: { target } }),
            },
          ],
        },
      ],
      tools: [ToolName.updatePlot, ToolName.savePlot].map((name) => ({
        type: 'function' as const,
        name,
        inputSchema: { type: 'object' as const },
      })),
    });
    expect(calls).toEqual([]);
    expect(text).toMatch(/^I can't tell what to change in The Forbidden Library/);
  });
});
