import type { LanguageModelV3CallOptions } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { CharacterInput, PlotInput, WorldInput } from '../../../../protocol/artifacts.ts';
import { ToolName, writePromptSections } from '../../../agents/contract.ts';
import { createOfflineModel } from '../index.ts';
import { readParts } from '../test-support/read-parts.ts';

const tool = (name: string) => ({
  type: 'function' as const,
  name,
  inputSchema: { type: 'object' as const },
});

async function write(
  tools: string[],
  request: string,
  context: Record<string, unknown> = {},
  mode: 'create' | 'revise' = 'create',
  task = request,
) {
  const options: LanguageModelV3CallOptions = {
    prompt: [
      {
        role: 'user',
        content: [{ type: 'text', text: writePromptSections({ request, task, mode, context }) }],
      },
    ],
    tools: tools.map(tool),
  };
  const { stream } = await createOfflineModel({ delayMs: 0 }).doStream(options);
  const parts = await readParts(stream);
  const text = parts.map((p) => (p.type === 'text-delta' ? p.delta : '')).join('');
  const call = parts.find((p) => p.type === 'tool-call');
  const input = call?.type === 'tool-call' ? (JSON.parse(call.input) as Record<string, unknown>) : {};
  return { text, input, toolName: call?.type === 'tool-call' ? call.toolName : undefined };
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const SEED = 'Create a fantasy novel with dragons and magic';

describe('offline plots', () => {
  it('writes a valid, complete fantasy plot that uses dragons and magic, and streams the same content', async () => {
    const { text, input, toolName } = await write([ToolName.savePlot], SEED);
    expect(toolName).toBe(ToolName.savePlot);
    const plot = PlotInput.parse(input);
    expect(plot.genre).toBe('Fantasy');
    expect(`${plot.logline} ${plot.summary}`).toMatch(/dragon/i);
    expect(`${plot.logline} ${plot.summary}`).toMatch(/magic/i);
    expect(plot.acts).toHaveLength(3);
    for (const act of plot.acts) expect(act.beats.length).toBeGreaterThanOrEqual(3);
    expect(words(JSON.stringify(plot))).toBeGreaterThan(300);
    expect(text).toContain(`# ${plot.title}`);
    expect(text).toContain(plot.logline);
    for (const beat of plot.acts.flatMap((a) => a.beats)) expect(text).toContain(beat.name);
  });

  it('is deterministic: the same prompt gives the same plot, another prompt another one', async () => {
    const first = await write([ToolName.savePlot], SEED);
    const again = await write([ToolName.savePlot], SEED);
    const other = await write([ToolName.savePlot], 'Create a fantasy novel about a cursed forest');
    expect(again.text).toBe(first.text);
    expect(again.input).toEqual(first.input);
    expect(other.input.title).not.toBe(first.input.title);
  });

  it('writes a mystery like a mystery: a detective, a murder, clues and red herrings', async () => {
    const { input } = await write(
      [ToolName.savePlot],
      'Write a mystery novel about a murder at a seaside hotel',
    );
    const plot = PlotInput.parse(input);
    const all = JSON.stringify(plot).toLowerCase();
    expect(plot.genre).toBe('Mystery');
    for (const word of ['detective', 'murder', 'clue', 'red herring']) expect(all).toContain(word);
    expect(all).toContain('seaside hotel');
  });

  it.each([
    ['A science fiction story about a starship crew', 'Science Fiction', /ship|station|colony/i],
    ['A romance about two rival bakers', 'Romance', /love/i],
    ['A horror novel about a haunted house', 'Horror', /haunting|bargain|dark/i],
    ['A spy thriller about a stolen encryption key', 'Thriller', /agency|conspiracy/i],
    ['A novel about three sisters', 'Literary Fiction', /family/i],
  ])('gives "%s" the genre %s and its vocabulary', async (request, genre, vocabulary) => {
    const plot = PlotInput.parse((await write([ToolName.savePlot], request)).input);
    expect(plot.genre).toBe(genre);
    expect(JSON.stringify(plot)).toMatch(vocabulary);
  });
});

describe('offline worlds and casts follow the plot in context', () => {
  it('builds the world of the plot: its realm, places, villain and motifs', async () => {
    const plot = PlotInput.parse((await write([ToolName.savePlot], SEED)).input);
    const { input, text } = await write([ToolName.saveWorld], SEED, { plot }, 'create', 'Build the world');
    const world = WorldInput.parse(input);
    const setting = /Setting: (.+?) — (.+?)\./.exec(plot.summary);
    const places = setting?.[2]?.split('; ') ?? [];
    expect(world.name.toLowerCase()).toContain((setting?.[1] ?? '?').replace(/^the /i, '').toLowerCase());
    for (const place of places) expect(JSON.stringify(world)).toContain(place);
    expect(world.overview).toContain(plot.title);
    expect(world.magic_or_technology).toMatch(/dragon|magic/i);
    for (const field of [
      'geography',
      'politics',
      'cultures',
      'economy',
      'history',
      'languages',
      'religions',
    ] as const) {
      expect(world[field].length).toBeGreaterThan(60);
    }
    expect(world.unique_elements.length).toBeGreaterThanOrEqual(3);
    expect(words(JSON.stringify(world))).toBeGreaterThan(250);
    expect(text).toContain(`# ${world.name}`);
  });

  it('casts the plot: its protagonist and antagonist by name, allies, and relationships among them', async () => {
    const plot = PlotInput.parse((await write([ToolName.savePlot], SEED)).input);
    const { input, text } = await write(
      [ToolName.saveCharacters],
      SEED,
      { plot },
      'create',
      'Create 3 main characters',
    );
    const characters = CharacterInput.array().parse((input as { characters: unknown }).characters);
    expect(characters.map((c) => c.role)).toEqual(['protagonist', 'antagonist', 'ally']);
    for (const c of characters) {
      expect(plot.summary).toContain(`${c.name} (${c.role}, `);
      expect(text).toContain(c.name);
      const others = characters.filter((o) => o !== c).map((o) => o.name);
      expect(c.relationships.map((r) => r.name).sort()).toEqual(others.sort());
    }
    expect(words(JSON.stringify(characters))).toBeGreaterThan(250);
  });

  it('writes an author persona for the plot', async () => {
    const plot = PlotInput.parse((await write([ToolName.savePlot], SEED)).input);
    const { input } = await write([ToolName.saveAuthor], 'And an author for it', { plot });
    expect(input).toMatchObject({ genres: expect.arrayContaining(['Fantasy']) });
    expect(String(input.biography)).toContain(plot.title);
  });
});

describe('offline revisions', () => {
  const villain = {
    id: 'c2',
    name: 'Seren Stormcrest',
    role: 'antagonist',
    description: 'An archmage.',
    backstory: 'Rose from nothing.',
    motivations: ['Rule'],
    arc: 'Ruin.',
    relationships: [],
  };

  it('gives a villain made more sympathetic a sympathetic backstory and motives, as a patch', async () => {
    const { input, toolName, text } = await write(
      [ToolName.updateCharacter],
      'Make the villain more sympathetic',
      { target: villain },
      'revise',
    );
    expect(toolName).toBe(ToolName.updateCharacter);
    expect(input.id).toBe('c2');
    const changes = input.changes as Record<string, unknown>;
    expect(Object.keys(changes).sort()).toEqual(['arc', 'backstory', 'motivations']);
    expect(String(changes.backstory)).toMatch(/lost/);
    expect(String(changes.backstory)).toContain('Rose from nothing.');
    expect(text).toContain('Seren Stormcrest');
  });

  it('renames when asked, changing only the name', async () => {
    const { input } = await write(
      [ToolName.updateCharacter],
      'Rename the villain to Morwen Vale',
      { target: villain },
      'revise',
    );
    expect(input).toEqual({ id: 'c2', changes: { name: 'Morwen Vale' } });
  });

  it('picks the target among candidates by role when none is given', async () => {
    const hero = { ...villain, id: 'c1', name: 'Dain Thorne', role: 'protagonist' };
    const { input } = await write(
      [ToolName.updateCharacter],
      'Make the hero braver',
      { candidates: [hero, villain] },
      'revise',
    );
    expect(input.id).toBe('c1');
  });
});
