// Composes the world a plot happens in: the plot's realm, places, villain and motifs across every world section.
import type { WorldInput } from '../../../protocol/artifacts.ts';
import type { StoryContext } from './context-reading.ts';
import { textField } from './context-reading.ts';
import { createRandom } from './seeded-random.ts';
import { bibleSlots, member } from './story-bible.ts';
import { capitalize, fill, listInProse } from './wording.ts';

export type ComposedWorld = WorldInput & { unique_elements: string[] };

export function composeWorld(story: StoryContext, request: string): ComposedWorld {
  const { genre, bible } = story;
  const rng = createRandom(`world|${story.title ?? ''}|${bible.realm}|${request}`);
  const slots = bibleSlots(bible);
  const villain = member(bible, 'antagonist');
  const hero = member(bible, 'protagonist');
  const type = rng.pick(genre.world.types);
  const elements = listInProse(bible.motifs);
  const storyLine = story.title
    ? ` It is the world of ${story.title}: ${textField(story.plot, 'logline')}`
    : '';
  const section = (template: string, coda: string) => `${capitalize(fill(template, slots))} ${coda}`;

  return {
    name: capitalize(bible.realm.replace(/^the /i, '')),
    type,
    overview: `${capitalize(bible.realm)} (${type}) is a world where ${elements} shape every life, from the people of ${bible.places[0]} to the powers that rule it.${storyLine}`,
    geography: section(
      genre.world.geography,
      `Travellers between ${bible.places[0]} and ${bible.places[2]} learn to read the land as carefully as any map.`,
    ),
    politics: section(
      genre.world.politics,
      `${villain.name}, ${bible.epithet}, stands at the centre of the struggle for ${bible.realm}.`,
    ),
    cultures: section(
      genre.world.cultures,
      `Stories of ${elements} are told to every child, and half of them are true.`,
    ),
    economy: section(
      genre.world.economy,
      `Whoever controls ${bible.motifs[0] ?? 'the old secrets'} controls the wealth that follows.`,
    ),
    history: section(
      genre.world.history,
      `${hero.name} grew up on the legends of that time without knowing the part their family played.`,
    ),
    magic_or_technology: section(
      genre.world.power,
      `Those who master ${bible.motifs[0] ?? 'it'} are revered and feared in equal measure.`,
    ),
    languages: section(
      genre.world.languages,
      `In ${bible.places[1]}, an old word for ${bible.motifs[0] ?? 'home'} is still spoken only in whispers.`,
    ),
    religions: section(
      genre.world.religions,
      `Some of the faithful believe ${elements} are a blessing; others, a judgement.`,
    ),
    unique_elements: [
      ...rng.sample(genre.world.uniqueElements, 3),
      `${capitalize(bible.places[1])}, where ${bible.motifs[0] ?? 'the old power'} was first found`,
    ],
  };
}
