// Composes an author persona suited to the story in context (or to the genre the request names).
import type { AuthorInput } from '../../../../protocol/artifacts.ts';
import { createRandom } from '../../../random/seeded-random.ts';
import { PRONOUNS, type Pronoun, pronounForms } from '../prose/gender.ts';
import { capitalize, fill, listInProse } from '../prose/wording.ts';
import type { StoryContext } from '../understand/context.ts';

export type ComposedAuthor = AuthorInput & { pen_name: string; genres: string[] };

const FIRST: Record<Pronoun, string[]> = {
  she: ['Elena', 'Ingrid', 'Celia', 'Margot', 'Priya', 'Astrid'],
  he: ['Marcus', 'Tobias', 'Desmond', 'Julian', 'Felix', 'Anders'],
  they: ['Rowan', 'Sasha', 'Jules'],
};
const LAST = [
  'Marsh',
  'Calder',
  'Whitlock',
  'Ferreira',
  'Lindqvist',
  'Okoye',
  'Harrow',
  'Penrose',
  'Castell',
  'Aldana',
];
const PLACES = [
  'a coastal town in Cornwall',
  'Montreal',
  'the outskirts of Lisbon',
  'a farm in Vermont',
  'Edinburgh',
  'Cape Town',
];
/** What a writer of the genre publishes: "mysteries", "science fiction". */
const BOOKS: Partial<Record<string, string>> = {
  mystery: 'mysteries',
  thriller: 'thrillers',
  romance: 'romance novels',
  literary: 'literary fiction',
};

const HABITS = [
  'write{s} before dawn with a pot of black tea',
  'draft{s} every novel longhand in green ink',
  'walk{s} ten miles a day to untangle plots',
  'keep{s} a wall of index cards for every book',
];

export function composeAuthor(story: StoryContext, request: string): ComposedAuthor {
  const { genre } = story;
  const rng = createRandom(`author|${story.title ?? ''}|${genre.key}|${request}`);
  const pronoun = rng.pick(PRONOUNS);
  const { He: he, S: s } = pronounForms(pronoun);
  const first = rng.pick(FIRST[pronoun]);
  const last = rng.pick(LAST);
  const penFirst = rng.pick(
    Object.values(FIRST)
      .flat()
      .filter((f) => f !== first),
  );
  const pen_name = `${penFirst.charAt(0)}. ${first.charAt(0)}. ${rng.pick(LAST.filter((l) => l !== last))}`;
  const background = rng.pick(genre.author.backgrounds);
  const style = rng.pick(genre.author.styles);
  const motifs = listInProse(story.bible.motifs);
  const kind = BOOKS[genre.key] ?? genre.label.toLowerCase();
  const plotSubgenre = story.plot?.subgenre ?? '';
  const plotTone = story.plot?.tone ?? '';
  return {
    name: `${first} ${last}`,
    pen_name,
    biography: [
      `${first} ${last} is ${background} who grew up in ${rng.pick(PLACES)} and came to ${kind} late, and hungry.`,
      `Writing as ${pen_name}, ${he} publish${s ? 'es' : ''} ${kind} for ${rng.pick(genre.audiences).toLowerCase()}.`,
      story.title
        ? `${story.title}, a story of ${motifs}, is the book ${first} was born to write.`
        : `Every one of ${first}'s books comes back, sooner or later, to ${motifs}.`,
      `${capitalize(he)} ${fill(rng.pick(HABITS), { s })}, and answer${s} every reader letter by hand.`,
    ].join(' '),
    writing_style: `${style}. Favours ${(plotTone || rng.pick(genre.tones)).toLowerCase()} moods, vivid settings like ${story.bible.places[0]}, and characters who pay for their choices.`,
    genres: [
      genre.label,
      ...(plotSubgenre ? [plotSubgenre] : []),
      ...rng.sample(
        genre.subgenres.filter((s) => s !== plotSubgenre),
        plotSubgenre ? 1 : 2,
      ),
    ],
  };
}
