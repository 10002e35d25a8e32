import { describe, expect, it } from 'vitest';
import { PlotPatch, WorldPatch } from '../../../../protocol/artifacts.ts';
import { revisionProse } from '../prose/markdown.ts';
import { composePlot } from './plot-composer.ts';
import { composeRevision, readNewName } from './revise-composer.ts';

const villain = {
  id: 'c2',
  name: 'Imogen Blackwood',
  role: 'antagonist',
  description:
    'Imogen Blackwood is a charming newcomer with a past to hide. She is stubborn past the point of wisdom.',
  backstory: 'Imogen learned early that the world rewards those who take what they want.',
  motivations: ['Control the missing heirloom at any cost'],
  arc: 'From conviction to ruin.',
  relationships: [],
};
const mentor = {
  ...villain,
  id: 'c3',
  name: 'Marcus Lockhart',
  role: 'mentor',
  description:
    'Marcus Lockhart is a forensic pathologist with a dry wit. He is generous with everyone but himself.',
  backstory: 'Once the best at what he did, Marcus made one mistake that still haunts him.',
  arc: 'From guilt to sacrifice.',
};
const world = {
  id: 'w1',
  name: 'Saltcombe',
  type: 'Seaside village',
  overview: 'Saltcombe is a seaside village where a missing heirloom shapes every life.',
  geography: 'Saltcombe curls around a small harbour.',
  unique_elements: ['A tide that cuts the village off'],
};

const revise = (kind: Parameters<typeof composeRevision>[0], target: unknown, request: string) =>
  composeRevision(kind, target, request, `Revise it as the writer asked: ${request}`);

describe('revisions do the sensible thing to the right fields', () => {
  it('makes a character older in her own pronouns, changing description and arc only', () => {
    const { changes, notes } = revise('characters', villain, 'Make the villain older');
    expect(Object.keys(changes).sort()).toEqual(['arc', 'description']);
    expect(String(changes.description)).toContain('Now in her late fifties, Imogen');
    expect(String(changes.description)).toContain(villain.description);
    expect(notes.join(' ')).toContain("I've made Imogen Blackwood older: she is now in her late fifties");
  });

  it('gives the mentor a secret in his backstory and arc', () => {
    const { changes, notes } = revise('characters', mentor, 'Give the mentor a secret');
    expect(Object.keys(changes).sort()).toEqual(['arc', 'backstory']);
    expect(String(changes.backstory)).toMatch(/a bargain he has never confessed/);
    expect(notes.join(' ')).toMatch(/^I've given Marcus Lockhart a secret/);
  });

  it('writes a sympathetic villain with her pronouns, never repeating her name where "she" belongs', () => {
    const { changes } = revise('characters', villain, 'Make the villain more sympathetic');
    expect(String(changes.backstory)).toContain('she lost her family to the same cruelty she now deals in');
    expect(String(changes.backstory)).not.toMatch(/Imogen now deals/);
  });

  it("writes out a villain's backstory when asked", () => {
    const { changes } = revise('characters', villain, "Write the villain's backstory");
    expect(Object.keys(changes)).toEqual(['backstory']);
    expect(String(changes.backstory).startsWith(villain.backstory)).toBe(true);
    expect(String(changes.backstory).length).toBeGreaterThan(villain.backstory.length + 100);
  });

  it('renames a world, and every sentence that named it', () => {
    const { changes, notes } = revise('worlds', world, 'Rename the world to Gull Harbour');
    expect(WorldPatch.parse(changes)).toEqual({
      name: 'Gull Harbour',
      overview: 'Gull Harbour is a seaside village where a missing heirloom shapes every life.',
      geography: 'Gull Harbour curls around a small harbour.',
    });
    expect(notes[0]).toBe('The name is now **Gull Harbour** instead of Saltcombe.');
  });

  it('changes a title, and renames a character everywhere by first name too', () => {
    const plot = composePlot('Write a cozy mystery novel set in a seaside village', '').plot;
    const { changes } = revise('plots', { id: 'p1', ...plot }, 'Change the title to The Salt Road');
    expect(changes.title).toBe('The Salt Road');
    expect(String(changes.summary)).toContain('The Salt Road is set in');
    const { changes: renamed } = revise('characters', villain, 'Rename her to Ada Quill');
    expect(renamed).toMatchObject({
      name: 'Ada Quill',
      backstory: expect.stringMatching(/^Ada learned early/),
    });
  });

  it('makes a plot darker: its tone, its summary and its final beat', () => {
    const plot = composePlot('Create a fantasy novel with dragons and magic', '').plot;
    const { changes } = revise('plots', { id: 'p1', ...plot }, 'Make the plot darker');
    const patch = PlotPatch.parse(changes);
    expect(patch.tone).toBe('Dark and unrelenting');
    expect(patch.acts?.at(-1)?.beats.at(-1)?.name).toBe('What Remains');
    expect(patch.acts?.at(-1)?.beats).toHaveLength(plot.acts.at(-1)?.beats?.length ?? 0);
  });

  it('tells the writer what changed in sentences, not a dump of fields', () => {
    const prose = revisionProse(revise('characters', villain, 'Make the villain more sympathetic'));
    expect(prose).toContain('## Imogen Blackwood, revised');
    expect(prose).toContain("I've made Imogen Blackwood more sympathetic");
    expect(prose).not.toMatch(/motivations:|backstory:|\["/);
  });

  it.each([
    ['Rename the world to Gull Harbour', 'Gull Harbour'],
    ['Change the title to The Salt Road', 'The Salt Road'],
    ['call it "Ashes of Emberfall"', 'Ashes of Emberfall'],
    ['Retitle it as A Crown of Ash and Dragon.', 'A Crown of Ash and Dragon'],
  ])('reads the new name in "%s"', (request, name) => {
    expect(readNewName(request)).toBe(name);
  });
});
