import { describe, expect, it } from 'vitest';
import { CharacterInput, WorldInput } from '../../../../protocol/artifacts.ts';
import { plotProse } from '../prose/markdown.ts';
import { askedCastSize, requestedCastSize } from '../understand/cast-size.ts';
import { readStoryContext } from '../understand/context.ts';
import { describeExistingPlots } from '../understand/existing-work.ts';
import { extractMotifs } from '../understand/motifs.ts';
import { readSettingPhrase } from '../understand/settings.ts';
import { readStoryBible } from './bible-lines.ts';
import { composeCharacters } from './characters-composer.ts';
import { GENRES } from './genres/index.ts';
import { composePlot } from './plot-composer.ts';
import { composeWorld } from './world-composer.ts';

const COZY = 'Write a cozy mystery novel set in a seaside village';

describe('the details a writer gives shape the story', () => {
  it('sets a cozy mystery in the seaside village, with an amateur sleuth and a gentle tone', () => {
    const { plot, bible } = composePlot(COZY, COZY);
    expect(plot.genre).toBe('Mystery');
    expect(plot.subgenre).toBe('Cozy mystery');
    expect(plot.tone).toMatch(/gentle/i);
    expect(bible.realmNote).toBe('a seaside village');
    expect(plot.summary).toMatch(/Setting: \S.* \(a seaside village\) — /);
    expect(plot.summary).toContain(`is set in ${bible.realm}, a seaside village.`);
    const places = ['harbour', 'lighthouse', 'cliff', 'quay', 'lifeboat', 'smugglers', 'fish market'];
    for (const place of bible.places) expect(places.some((p) => place.includes(p))).toBe(true);
    expect(JSON.stringify(plot)).not.toMatch(/Blackwood Manor|Saint Aldric|hangs/);
    const hero = bible.cast.find((c) => c.role === 'protagonist');
    expect(hero?.calling).toMatch(/amateur sleuth|whodunit|teacher|baker/);
  });

  it('builds the world of that village: its type and its coast', () => {
    const { plot } = composePlot(COZY, COZY);
    const story = readStoryContext({ plot }, 'Build the world for it', 'Build the world');
    const world = WorldInput.parse(composeWorld(story, 'Build the world for it'));
    expect(world.type).toBe('Seaside village');
    expect(world.geography).toMatch(/harbour/);
    expect(world.overview).toContain('is a seaside village where');
  });

  it.each([
    ['A science fiction mystery set on Mars', 'Mars'],
    ['A noir thriller in 1920s Shanghai', '1920s Shanghai'],
    ['A fantasy novel set in the Scottish Highlands', 'the Scottish Highlands'],
  ])('reads the setting of "%s"', (request, realm) => {
    expect(composePlot(request, request).bible.realm).toBe(realm);
  });

  it('sets a story on Mars, with a Martian world rather than the genre’s English village', () => {
    const request = 'A science fiction mystery set on Mars with its world';
    const { plot } = composePlot(request, request);
    expect(plot.summary).toContain(`${plot.title} is set on Mars.`);
    const world = composeWorld(readStoryContext({ plot }, request, 'Build the world'), request);
    expect(world.name).toBe('Mars');
    expect(JSON.stringify(world)).not.toMatch(/parish|telegram|fishing/i);
    expect(world.economy).toMatch(/water|oxygen/i);
  });

  it('never takes motifs from the note on the session’s other plots', () => {
    const task = `Write a thriller plot for this request: A thriller with five characters ${describeExistingPlots(['Murder Comes to Mars'])}`;
    const { bible } = composePlot('A thriller with five characters', task);
    expect(bible.motifs.join(' ')).not.toMatch(/mars|"/i);
  });

  it.each([
    'Create a fantasy novel with dragons and magic',
    'A novel in which a family falls apart',
    'Write a story focused on Lyra',
    'A romance about two rival bakers',
    'Invent a story in three acts',
  ])('finds no setting in "%s"', (request) => {
    expect(readSettingPhrase(request)).toBeUndefined();
  });

  it('honours tone words: grimdark fantasy, slow-burn romance', () => {
    const grim = composePlot('A grimdark fantasy about a mercenary war', '').plot;
    expect([grim.subgenre, grim.tone]).toEqual(['Grimdark fantasy', 'Grim, brutal and morally grey']);
    const slow = composePlot('A slow-burn romance between two lighthouse keepers', '').plot;
    expect(slow.subgenre).toBe('Slow-burn romance');
  });

  it('weaves a named element in once per beat at most, and never after a stray article', () => {
    const { plot } = composePlot('Create a fantasy novel with dragons and magic', '');
    const prose = plotProse(composePlot('Create a fantasy novel with dragons and magic', ''));
    expect(prose.match(/dragons and magic/g)?.length ?? 0).toBeLessThanOrEqual(3);
    expect(prose).not.toMatch(/\b(a|an|the) dragons and magic\b/i);
    expect(JSON.stringify(plot)).toMatch(/dragon/i);
    expect(extractMotifs('a cozy mystery with a talking cat')).toEqual(['a talking cat']);
    const cat = composePlot('A cozy mystery with a talking cat', '');
    expect(JSON.stringify(cat.plot)).not.toMatch(/\b(a|the) a talking cat/);
  });

  it('gives every genre titles without placeholders or doubled articles', () => {
    for (const genre of GENRES) {
      for (const i of [1, 2, 3, 4, 5]) {
        const { plot } = composePlot(`A ${genre.label.toLowerCase()} novel, take ${i}`, '');
        expect(plot.title).not.toMatch(/[{}]|\bthe the\b|\bClue in the Murder\b/i);
        expect(plot.title.charAt(0)).toMatch(/[A-Z0-9]/);
      }
    }
  });
});

describe('counts', () => {
  it.each([
    ['five characters', 5],
    ['three main characters', 3],
    ['a cast of four', 4],
    ['5 well-drawn characters', 5],
    ['a single character', 1],
    ['a cast of characters', undefined],
    ['eight characters', 8],
  ])('reads "%s" as %s', (text, count) => {
    expect(askedCastSize(text)).toBe(count);
  });

  it('writes as many characters as asked, up to ten distinct roles', () => {
    const { plot } = composePlot('A fantasy novel', '');
    const story = readStoryContext({ plot }, 'Give me five characters', '');
    expect(CharacterInput.array().parse(composeCharacters(story, 5, []))).toHaveLength(5);
    expect(requestedCastSize('eight characters')).toBe(8);
    expect(requestedCastSize('12 characters')).toBe(10);
  });
});

describe('variation within a session', () => {
  it('gives the same request a new plot once the session holds the first, and stays deterministic', () => {
    const request = 'Write a fantasy novel';
    const first = composePlot(request, `Write a fantasy plot for this request: ${request}`);
    const task = `Write a fantasy plot for this request: ${request} ${describeExistingPlots([first.plot.title])}`;
    const second = composePlot(request, task);
    expect(second.plot.title).not.toBe(first.plot.title);
    expect(second.bible.cast.map((c) => c.name)).not.toEqual(first.bible.cast.map((c) => c.name));
    expect(composePlot(request, task).plot).toEqual(second.plot);
  });

  it('gives a new story new people when the session names the ones in use', () => {
    const request = 'Write a fantasy novel';
    const first = composePlot(request, '');
    const names = first.bible.cast.map((c) => c.name);
    const second = composePlot(request, describeExistingPlots([first.plot.title], names));
    const before = new Set(names.flatMap((n) => n.split(' ')));
    for (const person of second.bible.cast) expect(before.has(person.first), person.name).toBe(false);
    // Ten fantasy surnames: the four the first cast left free all go to the second.
    const reused = second.bible.cast.filter((p) => before.has(p.name.split(' ')[1] ?? ''));
    expect(reused.length).toBeLessThanOrEqual(2);
  });

  it('reads back the bible it wrote, names, pronouns, callings and setting intact', () => {
    const { plot, bible, genre } = composePlot(COZY, COZY);
    expect(readStoryBible(plot.summary, genre, 'any seed')).toEqual(bible);
  });
});
