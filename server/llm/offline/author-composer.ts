// Composes an author persona suited to the story in context (or to the genre the request names).
import type { AuthorInput } from '../../../protocol/artifacts.ts';
import type { StoryContext } from './context-reading.ts';
import { createRandom } from './seeded-random.ts';

export type ComposedAuthor = AuthorInput & { pen_name: string; genres: string[] };

const FIRST = [
  'Elena',
  'Marcus',
  'Ingrid',
  'Tobias',
  'Celia',
  'Rowan',
  'Margot',
  'Desmond',
  'Priya',
  'Julian',
  'Astrid',
  'Felix',
];
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
const HABITS = [
  'writes before dawn with a pot of black tea',
  'drafts every novel longhand in green ink',
  'walks ten miles a day to untangle plots',
  'keeps a wall of index cards for every book',
];

export function composeAuthor(story: StoryContext, request: string): ComposedAuthor {
  const { genre } = story;
  const rng = createRandom(`author|${story.title ?? ''}|${genre.key}|${request}`);
  const first = rng.pick(FIRST);
  const last = rng.pick(LAST);
  const penFirst = rng.pick(FIRST.filter((f) => f !== first));
  const pen_name = `${penFirst.charAt(0)}. ${first.charAt(0)}. ${rng.pick(LAST.filter((l) => l !== last))}`;
  const background = rng.pick(genre.author.backgrounds);
  const style = rng.pick(genre.author.styles);
  const book = story.title ? `${story.title}, ` : '';
  return {
    name: `${first} ${last}`,
    pen_name,
    biography: [
      `${first} ${last} is ${background} who grew up in ${rng.pick(PLACES)} and came to ${genre.label.toLowerCase()} late, and hungry.`,
      `Writing as ${pen_name}, ${first} publishes ${genre.label.toLowerCase()} for ${rng.pick(genre.audiences).toLowerCase()}; ${book ? `${book}a story of ${story.bible.motifs.join(' and ')}, is the book ${first} was born to write` : `the next book is always about ${story.bible.motifs.join(' and ')}`}.`,
      `${first} ${rng.pick(HABITS)}, and answers every reader letter by hand.`,
    ].join(' '),
    writing_style: `${style}. Favours ${rng.pick(genre.tones).toLowerCase()} moods, vivid settings like ${story.bible.places[0]}, and characters who pay for their choices.`,
    genres: [genre.label, ...rng.sample(genre.subgenres, 2)],
  };
}
