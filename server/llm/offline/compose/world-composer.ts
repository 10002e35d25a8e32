// Composes the world a plot happens in: the plot's realm, places, villain and motifs across every world section.
import type { WorldInput } from '../../../../protocol/artifacts.ts';
import { createRandom } from '../../../random/seeded-random.ts';
import { capitalize, fill } from '../prose/wording.ts';
import type { StoryContext } from '../understand/context.ts';
import { isPlural } from '../understand/motifs.ts';
import { landOf } from '../understand/settings.ts';
import { bibleSlots, member } from './story-bible.ts';

export type ComposedWorld = WorldInput & { unique_elements: string[] };

export function composeWorld(story: StoryContext, request: string): ComposedWorld {
  const { genre, bible } = story;
  const rng = createRandom(`world|${story.title ?? ''}|${bible.realm}|${request}`);
  const slots = bibleSlots(bible);
  const villain = member(bible, 'antagonist');
  const hero = member(bible, 'protagonist');
  // A setting the writer named shapes the land; the genre still shapes its people, powers and past.
  const land = landOf(bible.realm, bible.realmNote);
  const type = land?.type || rng.pick(genre.world.types);
  const name = capitalize(bible.realm.replace(/^the /i, ''));
  const storyLine = story.title ? ` It is the world of ${story.title}: ${story.plot?.logline ?? ''}` : '';
  const section = (template: string, coda: string) =>
    `${capitalize(fill(template, slots))} ${fill(coda, slots)}`;
  // "dragons and magic shape", "a talking cat shapes".
  const shape = bible.motifs.length > 1 || isPlural(bible.motifs[0] ?? '') ? 'shape' : 'shapes';
  const opening = bible.realmNote
    ? `${name} is ${bible.realmNote} where ${slots.elements} ${shape} every life`
    : `${capitalize(bible.realm)} is a world where ${slots.elements} ${shape} every life`;

  return {
    name,
    type,
    overview: `${opening}, from the people of ${bible.places[0]} to the powers that rule it.${storyLine}`,
    geography: section(
      land?.geography || genre.world.geography,
      'Travellers between {place1} and {place3} learn to read the land as carefully as any map.',
    ),
    politics: section(
      land?.sections.politics ?? genre.world.politics,
      `${villain.name}, ${bible.epithet}, stands at the centre of the struggle for ${bible.realm}.`,
    ),
    cultures: section(
      land?.sections.cultures ?? genre.world.cultures,
      'Stories of {elements} are told to every child, and half of them are true.',
    ),
    economy: section(
      land?.sections.economy ?? genre.world.economy,
      'Whoever controls {elementA} controls the wealth that follows.',
    ),
    history: section(
      land?.sections.history ?? genre.world.history,
      `${hero.name} grew up on the legends of that time without knowing the part {heroHis} family played.`,
    ),
    magic_or_technology: section(
      land?.sections.power ?? genre.world.power,
      'Those who understand {elementA} are revered and feared in equal measure.',
    ),
    languages: section(
      genre.world.languages,
      'In {place2}, the oldest word for {elementA} is still spoken only in whispers.',
    ),
    religions: section(
      land?.sections.religions ?? genre.world.religions,
      'Some of the faithful believe {elementB} {elementBIs} a blessing; others, a judgement.',
    ),
    unique_elements: [
      ...rng.sample(genre.world.uniqueElements, 3),
      `${capitalize(bible.places[1])}, where ${slots.elementA} first came to light`,
    ],
  };
}
