import { describe, expect, it } from 'vitest';
import { fits, pronounInProse } from '../prose/gender.ts';
import { readStoryContext } from '../understand/context.ts';
import { composeCharacters } from './characters-composer.ts';
import { GENRES } from './genres/index.ts';
import { composePlot } from './plot-composer.ts';
import { composeWorld } from './world-composer.ts';

const REQUESTS = GENRES.flatMap((genre) =>
  [1, 2, 3, 4, 5, 6].map((i) => `A ${genre.label.toLowerCase()} novel, draft ${i}`),
);

describe('every character keeps one gender, from plot to cast', () => {
  it.each(REQUESTS)('"%s": names from the matching pool, roles that fit, pronouns that agree', (request) => {
    const { plot, bible, genre } = composePlot(request, '');
    for (const person of bible.cast) {
      expect(genre.firstNames[person.pronoun]).toContain(person.first);
      expect(fits(person.calling, person.pronoun)).toBe(true);
      expect(plot.summary).toContain(
        `- ${person.name} (${person.role}, ${person.pronoun}): ${person.calling}`,
      );
    }
    const story = readStoryContext({ plot }, 'Create the characters', '');
    expect(story.bible.cast).toEqual(bible.cast);
    for (const character of composeCharacters(story, 6, [])) {
      const person = bible.cast.find((c) => c.name === character.name);
      const said = pronounInProse(
        `${character.backstory} ${character.description.split('. ').slice(1).join('. ')}`,
      );
      expect([character.name, said]).toEqual([person?.name, person?.pronoun]);
    }
  });

  it.each(REQUESTS)('"%s": no beat names the same person twice where a pronoun belongs', (request) => {
    const { plot, bible } = composePlot(request, '');
    for (const beat of plot.acts.flatMap((a) => a.beats ?? [])) {
      for (const person of bible.cast) {
        const said = beat.description.split(new RegExp(`\\b${person.first}\\b`)).length - 1;
        expect(said, `${beat.description}`).toBeLessThanOrEqual(1);
      }
    }
  });

  it('matches a gendered role to its name: a daughter is never Martin, a widow never Elias', () => {
    for (const request of REQUESTS) {
      const { bible } = composePlot(request, '');
      for (const person of bible.cast) {
        if (/\b(daughter|widow|sister|queen)\b/.test(person.calling)) expect(person.pronoun).toBe('she');
        if (/\b(son|priest|king|widower)\b/.test(person.calling)) expect(person.pronoun).toBe('he');
      }
    }
  });

  it('writes the history of a world with the hero’s own pronoun', () => {
    const { plot, bible } = composePlot('Create a fantasy novel with dragons and magic', '');
    const hero = bible.cast.find((c) => c.role === 'protagonist');
    const world = composeWorld(readStoryContext({ plot }, 'Build the world', ''), 'Build the world');
    const his = { he: 'his', she: 'her', they: 'their' }[hero?.pronoun ?? 'they'];
    expect(world.history).toContain(`without knowing the part ${his} family played`);
  });
});
