import type { LanguageModelV3CallOptions } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { AgentName, type ArtifactSummary, ToolName, writeArtifactCatalog } from '../../../agents/contract.ts';
import { createOfflineModel } from '../index.ts';
import { readParts } from '../test-support/read-parts.ts';
import { readExistingPlots } from './existing-work.ts';
import { readIntent } from './intent.ts';

const SESSION: ArtifactSummary[] = [
  { kind: 'plots', id: 'p1', label: 'Murder at the Fish Market', detail: 'Mystery' },
  { kind: 'worlds', id: 'w1', label: 'Saltcombe', detail: 'Seaside village' },
  { kind: 'characters', id: 'c1', label: 'Frankie Greaves', detail: 'protagonist' },
  { kind: 'characters', id: 'c2', label: 'Imogen Blackwood', detail: 'antagonist' },
  { kind: 'characters', id: 'c3', label: 'Marcus Lockhart', detail: 'mentor' },
  { kind: 'authors', id: 'a1', label: 'Anders Lindqvist', detail: 'A. A. Penrose' },
];
const PLOT_ONLY = SESSION.slice(0, 1);

async function route(content: string, catalog: ArtifactSummary[]) {
  const options: LanguageModelV3CallOptions = {
    prompt: [
      { role: 'system', content: `You route requests.\n${writeArtifactCatalog(catalog)}` },
      { role: 'user', content: [{ type: 'text', text: content }] },
    ],
    tools: [{ type: 'function', name: ToolName.route, inputSchema: { type: 'object' } }],
  };
  const parts = await readParts((await createOfflineModel({ delayMs: 0 }).doStream(options)).stream);
  const call = parts.find((p) => p.type === 'tool-call');
  const text = parts.map((p) => (p.type === 'text-delta' ? p.delta : '')).join('');
  const input = call?.type === 'tool-call' ? JSON.parse(call.input) : { steps: [] };
  return { text, steps: input.steps as { agent: string; mode: string; target_id?: string; task: string }[] };
}

const shape = (steps: { agent: string; mode: string; target?: { id: string } }[]) =>
  steps.map((s) => [s.agent, s.mode, s.target?.id]);

describe('references to the work a session already has', () => {
  it('routes "an author persona for this book" to the author alone, building on the existing plot', async () => {
    const { steps, text } = await route('Create an author persona for this book', PLOT_ONLY);
    expect(steps.map((s) => [s.agent, s.mode])).toEqual([[AgentName.author, 'create']]);
    expect(text).toContain('"Murder at the Fish Market"');
  });

  it.each([
    ['Give me characters for this story', [[AgentName.characters, 'create', undefined]]],
    ['Add a world for it', [[AgentName.world, 'create', undefined]]],
    ['Build the world for the novel', [[AgentName.world, 'create', undefined]]],
    ['Write an author bio for my plot', [[AgentName.author, 'create', undefined]]],
    [
      'Now create three characters and a world for this mystery',
      [
        [AgentName.world, 'create', undefined],
        [AgentName.characters, 'create', undefined],
      ],
    ],
  ])('"%s" with a plot in the session writes no new plot', (request, expected) => {
    expect(shape(readIntent(request, PLOT_ONLY))).toEqual(expected);
  });

  it.each([
    ["Write the villain's backstory", [[AgentName.characters, 'revise', 'c2']]],
    ['Make the protagonist older', [[AgentName.characters, 'revise', 'c1']]],
    ['Give the mentor a secret', [[AgentName.characters, 'revise', 'c3']]],
    ['Make the villain a kinder character', [[AgentName.characters, 'revise', 'c2']]],
    ['Rename the world to Gull Harbour', [[AgentName.world, 'revise', 'w1']]],
    ['Change the title to The Salt Road', [[AgentName.plot, 'revise', 'p1']]],
    ['Make the plot darker', [[AgentName.plot, 'revise', 'p1']]],
    ['Make it darker', [[AgentName.plot, 'revise', 'p1']]],
    ["Make the author's style lighter", [[AgentName.author, 'revise', 'a1']]],
  ])('"%s" revises the right artifact', (request, expected) => {
    expect(shape(readIntent(request, SESSION))).toEqual(expected);
  });

  it.each([
    ['Write another fantasy novel', [[AgentName.plot, 'create', undefined]]],
    ['Add a villain', [[AgentName.characters, 'create', undefined]]],
    ['Create two more characters', [[AgentName.characters, 'create', undefined]]],
    [
      'Create a new fantasy novel and a world for it',
      [
        [AgentName.plot, 'create', undefined],
        [AgentName.world, 'create', undefined],
      ],
    ],
  ])('"%s" still makes something new', (request, expected) => {
    expect(shape(readIntent(request, SESSION))).toEqual(expected);
  });

  it('creates a plot for "this book" when the session has none yet', () => {
    expect(shape(readIntent('Create an author persona for this book', []))).toEqual([
      [AgentName.plot, 'create', undefined],
      [AgentName.author, 'create', undefined],
    ]);
  });

  it('tells the plot writer which plots the session has, so the same request gives a new story', async () => {
    const { steps } = await route('Write another fantasy novel', SESSION);
    expect(readExistingPlots(steps[0]?.task ?? '')).toEqual(['Murder at the Fish Market']);
    const first = await route('Write a fantasy novel', []);
    expect(readExistingPlots(first.steps[0]?.task ?? '')).toEqual([]);
  });

  it('speaks to the writer in its own words rather than echoing "give me"', async () => {
    const { text } = await route('Give me five characters for this story', PLOT_ONLY);
    expect(text).toContain("I'll create five characters");
    expect(text).not.toContain('give me');
  });
});
