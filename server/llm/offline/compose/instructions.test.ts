import { describe, expect, it } from 'vitest';
import { AuthorPatch, CharacterPatch, PlotPatch, WorldPatch } from '../../../../protocol/artifacts.ts';
import { type RevisedKind, readStoryContext } from '../understand/context.ts';
import { composeAuthor } from './author-composer.ts';
import { composeCharacters } from './characters-composer.ts';
import { composePlot } from './plot-composer.ts';
import { composeRevision } from './revise-composer.ts';
import { composeWorld } from './world-composer.ts';

const REQUEST = 'Write a fantasy novel about a young mage who discovers a forbidden library';
const plot = { id: 'p1', ...composePlot(REQUEST, '').plot };
const story = readStoryContext({ plot }, REQUEST, '');
const world = { id: 'w1', ...composeWorld(story, REQUEST) };
const [hero, villain] = composeCharacters(story, 2, []).map((c, i) => ({ id: `c${i}`, ...c }));
const author = { id: 'a1', ...composeAuthor(story, REQUEST) };
const ITEMS: Record<RevisedKind, Record<string, unknown>> = {
  plots: plot,
  worlds: world,
  characters: villain ?? {},
  authors: author,
};
const PATCHES = { plots: PlotPatch, worlds: WorldPatch, characters: CharacterPatch, authors: AuthorPatch };

/** Words about the act of revising that belong in the chat, never in the work. */
const BOILERPLATE =
  /\b(?:revised|revision|revising|the writer|your request|as requested|this telling|this version|now turns on|added at)\b/i;

type Visible = (changes: Record<string, unknown>) => boolean;
const text = (value: unknown) => JSON.stringify(value ?? '');

const CASES: [RevisedKind, string, string[], Visible][] = [
  ['plots', 'Make the plot darker', ['acts', 'tone'], (c) => /dark/i.test(text(c.tone))],
  ['plots', 'Make it lighter and more hopeful', ['acts', 'tone'], (c) => /hopeful/i.test(text(c.tone))],
  ['plots', 'Add a twist', ['acts'], (c) => text(c.acts).includes('The Hidden Hand')],
  ['plots', 'Give it a happy ending', ['acts'], (c) => text(c.acts).includes('Home Again')],
  [
    'plots',
    'I want a tragic ending where the hero dies',
    ['acts'],
    (c) => text(c.acts).includes('does not live'),
  ],
  ['plots', 'Make the ending bittersweet', ['acts'], (c) => text(c.acts).includes('What Was Kept')],
  ['plots', 'Leave the ending open', ['acts'], (c) => text(c.acts).includes('The Door Left Open')],
  ['plots', 'Add a subplot', ['acts'], (c) => text(c.acts).includes('A Second Front')],
  ['plots', 'Add the theme of grief', ['themes'], (c) => text(c.themes).includes('Grief')],
  ['plots', 'Make it for young adult readers', ['target_audience'], (c) => /young adult/i.test(text(c))],
  // A new title is also the name the summary calls the story by.
  ['plots', 'Change the title to The Salt Road', ['summary', 'title'], (c) => c.title === 'The Salt Road'],
  ['plots', 'Set it in Venice', ['acts', 'summary'], (c) => text(c.summary).includes('in Venice')],
  [
    'plots',
    'Make it darker and rename it to Ashfall',
    ['acts', 'summary', 'title', 'tone'],
    (c) => c.title === 'Ashfall' && /dark/i.test(text(c.tone)),
  ],
  ['worlds', 'Make the world darker', ['overview'], (c) => /famine, war and fear/i.test(text(c.overview))],
  ['worlds', 'Make the world warmer and kinder', ['overview'], (c) => /festivals/i.test(text(c.overview))],
  [
    'worlds',
    'Add a floating market to the world',
    ['unique_elements'],
    (c) => text(c.unique_elements).includes('A floating market'),
  ],
  [
    'worlds',
    'Make magic cost memories',
    ['magic_or_technology'],
    (c) => text(c.magic_or_technology).includes('costs memories'),
  ],
  // Every section that named the world names it anew.
  [
    'worlds',
    'Rename the world to Gull Harbour',
    ['geography', 'name', 'overview', 'politics'],
    (c) => c.name === 'Gull Harbour' && !text(c).includes(String(world.name)),
  ],
  ['characters', 'Make the villain older', ['arc', 'description'], (c) => /late fifties/.test(text(c))],
  ['characters', 'Make the villain younger', ['arc', 'description'], (c) => /twenty/.test(text(c))],
  [
    'characters',
    'Make the villain more sympathetic',
    ['arc', 'backstory', 'motivations'],
    (c) => /lost/.test(text(c)),
  ],
  [
    'characters',
    'Make the villain more menacing',
    ['arc', 'description'],
    (c) => /reasoned with/.test(text(c)),
  ],
  ['characters', 'Give the villain a secret', ['arc', 'backstory'], (c) => /bargain/.test(text(c.backstory))],
  ['characters', 'Make the villain braver', ['arc', 'description'], (c) => /afraid and going/.test(text(c))],
  ['characters', 'Give the villain more depth', ['arc', 'description'], (c) => /contradiction/.test(text(c))],
  [
    'authors',
    'Make the style more lyrical',
    ['writing_style'],
    (c) => /^Lyrical/.test(String(c.writing_style)),
  ],
  ['authors', 'Make the prose sparer', ['writing_style'], (c) => /^Spare/.test(String(c.writing_style))],
  [
    'authors',
    'Make her writing funnier',
    ['writing_style'],
    (c) => /^Quick, funny/.test(String(c.writing_style)),
  ],
  [
    'authors',
    'Change the pen name to "R. J. Holloway"',
    ['biography', 'pen_name'],
    (c) => c.pen_name === 'R. J. Holloway' && text(c.biography).includes('Writing as R. J. Holloway'),
  ],
];

describe('every revision follows its instruction and nothing else', () => {
  it.each(CASES)('%s: "%s" changes exactly %j, visibly', (kind, instruction, fields, visible) => {
    const item = ITEMS[kind];
    const { changes } = composeRevision(
      kind,
      item,
      instruction,
      `Revise it as the writer asked: ${instruction}`,
    );
    expect(Object.keys(changes).sort()).toEqual(fields);
    expect(visible(changes)).toBe(true);
    expect(() => PATCHES[kind].parse(changes)).not.toThrow();
    for (const [key, value] of Object.entries(changes)) expect(value, key).not.toEqual(item[key]);
    // Text a revision adds to a field is kept after what was there, never in its place.
    const renamed = ['name', 'title', 'pen_name'].some((key) => key in changes);
    for (const key of ['description', 'backstory', 'overview', 'magic_or_technology'])
      if (key in changes && !renamed) expect(String(changes[key]).startsWith(String(item[key]))).toBe(true);
    expect(text(changes)).not.toMatch(BOILERPLATE);
  });

  it('keeps every act the instruction did not touch as it was', () => {
    const { changes } = composeRevision('plots', plot, 'Give it a happy ending', '');
    const acts = PlotPatch.parse(changes).acts ?? [];
    expect(acts.slice(0, 2)).toEqual(plot.acts.slice(0, 2));
    expect(acts[2]?.beats.slice(0, -1)).toEqual(plot.acts[2]?.beats?.slice(0, -1));
  });

  it.each([
    ['plots', 'Make it better'],
    ['plots', 'Tweak the plot a little'],
    ['worlds', 'Improve the world'],
    ['characters', 'Change the villain'],
    ['authors', 'Update the author'],
  ] as [RevisedKind, string][])(
    '%s: "%s" changes nothing and says what it can do instead',
    (kind, instruction) => {
      const revision = composeRevision(
        kind,
        ITEMS[kind],
        instruction,
        `Revise it as the writer asked: ${instruction}`,
      );
      expect(revision.changes).toEqual({});
      expect(revision.notes.join(' ')).toMatch(/^I can't tell what to change in .+ What I can change: /);
    },
  );

  it('never writes its own notes into the work', () => {
    for (const [kind, instruction] of CASES) {
      const { changes, notes } = composeRevision(kind, ITEMS[kind], instruction, '');
      for (const note of notes) expect(text(changes)).not.toContain(note);
    }
  });
});

it('has a hero to revise', () => {
  expect(hero?.name).toBeTruthy();
});
