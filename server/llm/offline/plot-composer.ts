// Composes a plot from the writer's request: genre, motifs, cast and places woven into title, logline, summary and acts.
import type { PlotInput } from '../../../protocol/artifacts.ts';
import { detectGenre, type GenreVocabulary } from './genres/index.ts';
import { extractMotifs, titleNoun } from './motifs.ts';
import { createRandom } from './seeded-random.ts';
import { bibleSlots, createStoryBible, member, type StoryBible, writeBibleLines } from './story-bible.ts';
import { capitalize, fill, titleCase } from './wording.ts';

export interface ComposedPlot {
  plot: PlotInput & { acts: NonNullable<PlotInput['acts']>; themes: string[] };
  genre: GenreVocabulary;
  bible: StoryBible;
}

const ACT_NAMES = ['Act I', 'Act II', 'Act III'] as const;
const ACT_PURPOSE = [
  'sets the story in motion',
  'raises the stakes until everything breaks',
  'brings every thread to its reckoning',
] as const;

export function composePlot(request: string, task: string): ComposedPlot {
  const text = `${request}\n${task}`;
  const genre = detectGenre(text);
  const motifs = extractMotifs(request).length > 0 ? extractMotifs(request) : extractMotifs(task);
  const rng = createRandom(`plot|${genre.key}|${request}`);
  const bible = createStoryBible(genre, request, motifs.length > 0 ? motifs : genre.defaultElements);
  const slots = bibleSlots(bible);
  // Titles read "Death at Blackwood Manor", not "Death at the locked library": drop articles, capitalise.
  const asTitle = (place: string) => titleCase(place.replace(/^the\s+/i, ''));
  const title = fill(rng.pick(genre.titles), {
    ...slots,
    place1: asTitle(bible.places[0]),
    E: titleNoun(bible.motifs[0] ?? 'secret'),
  });

  const hero = member(bible, 'protagonist');
  const villain = member(bible, 'antagonist');
  const incident = fill(rng.pick(genre.incitingIncidents), slots);
  const stakes = fill(rng.pick(genre.stakes), slots);
  const themes = [...rng.sample(genre.themes, 2), `The wonder and danger of ${slots.elements}`];
  const acts = genre.acts.map((beats, i) => {
    const filled = beats.map((beat) => ({
      name: fill(beat.name, slots),
      description: fill(beat.description, slots),
    }));
    const first = filled[0];
    const last = filled.at(-1);
    return {
      name: `${ACT_NAMES[i]}: ${first?.name ?? ''}`,
      summary: `This act ${ACT_PURPOSE[i]}, from "${first?.name}" to "${last?.name}". ${first?.description} ${last?.description}`,
      beats: filled,
    };
  });

  const logline = `When ${incident}, ${hero.name}, ${hero.calling}, must stand against ${villain.name}, ${bible.epithet}, before it is too late.`;
  const summary = [
    `${capitalize(bible.realm)} is the stage of ${title}. ${capitalize(incident)}. ${hero.name} is ${hero.calling}; ${villain.name}, ${bible.epithet}, is ${villain.calling}.`,
    acts.map((act) => act.beats.map((b) => b.description).join(' ')).join('\n\n'),
    `${stakes} At its heart, ${title} is a story about ${(themes[0] ?? 'courage').toLowerCase()}, told through ${slots.elements}.`,
    writeBibleLines(bible),
  ].join('\n\n');

  return {
    genre,
    bible,
    plot: {
      title,
      logline,
      summary,
      genre: genre.label,
      subgenre: rng.pick(genre.subgenres),
      tone: rng.pick(genre.tones),
      themes,
      target_audience: rng.pick(genre.audiences),
      acts,
    },
  };
}
