// Composes a cast for the story in context: protagonist, antagonist and allies, bound to each other by relationships.
import type { CharacterInput } from '../../../protocol/artifacts.ts';
import type { StoryContext } from './context-reading.ts';
import { createRandom } from './seeded-random.ts';
import { CAST_ORDER, type CastMember, type CastRole } from './story-bible.ts';
import { capitalize } from './wording.ts';

export type ComposedCharacter = CharacterInput & {
  backstory: string;
  arc: string;
  motivations: string[];
  relationships: { name: string; relationship: string }[];
};

const NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  a: 1,
  single: 1,
};
const DEFAULT_CAST = 4;

/** "three main characters", "5 characters", "a villain" → how many to write, 1 to 6. */
export function requestedCastSize(text: string): number {
  const match =
    /\b(\d+|one|two|three|four|five|six|a|single)\s+(?:main\s+|major\s+|key\s+|central\s+|new\s+)?(?:characters?|protagonists?|heroes|people|cast members?)\b/i.exec(
      text,
    );
  const raw = match?.[1]?.toLowerCase();
  const count = raw === undefined ? DEFAULT_CAST : (NUMBERS[raw] ?? Number.parseInt(raw, 10));
  return Math.min(Math.max(Number.isFinite(count) ? count : DEFAULT_CAST, 1), CAST_ORDER.length);
}

const TRAITS = [
  'quick to laugh and slow to trust',
  'patient in a way that unsettles people',
  'stubborn past the point of wisdom',
  'generous with everyone but themselves',
  'sharp-eyed and sharper-tongued',
  'calm on the surface and restless underneath',
];

const MOTIVES: Record<CastRole, string[]> = {
  protagonist: [
    'Protect the people of {place1}',
    'Prove they are more than their past',
    'Uncover the truth about {motif}',
  ],
  antagonist: [
    'Control {motif} at any cost',
    'Remake {realm} in their own image',
    'Never again be powerless',
  ],
  ally: ['Repay an old debt to {hero}', 'Find a place to belong', 'Keep {hero} alive long enough to win'],
  mentor: ['Atone for a mistake made long ago', 'Pass on what they know before it is lost'],
  rival: ['Win on their own terms', 'Earn the respect they were denied'],
  confidant: ['Keep the group together', 'Protect a secret of their own'],
};

const ARCS: Record<CastRole, string> = {
  protagonist:
    'From reluctance to resolve: {first} learns that power over {motif} means responsibility, and chooses mercy over vengeance.',
  antagonist:
    'From conviction to ruin: {first} believes to the end that control is the only safety, and is undone by it.',
  ally: 'From self-interest to loyalty: {first} stops running and stands with {heroFirst} when it matters most.',
  mentor: 'From guilt to sacrifice: {first} finally tells the truth and pays for the old mistake.',
  rival: 'From opposition to alliance: {first} learns that winning alone is not winning at all.',
  confidant: 'From the margins to the centre: {first} steps forward and holds the group together.',
};

const BACKSTORIES: Record<CastRole, string> = {
  protagonist:
    'Raised in {place1}, {first} was always the one who noticed what others missed. A loss in childhood, tied to {motif}, left a question {first} has never stopped asking.',
  antagonist:
    '{first} rose from nothing in {place2} and learned early that the world rewards the ruthless. What began as a wish to protect became a hunger to rule.',
  ally: '{first} grew up on the edges of {realm}, surviving on wit and favours, until {heroFirst} gave them a reason to stay.',
  mentor:
    'Once the most gifted of their generation, {first} failed the student who became {villainFirst}, and has lived quietly in {place3} ever since.',
  rival:
    '{first} trained beside {heroFirst} and was always measured against them, and has never forgiven the comparison.',
  confidant: '{first} has known every secret in {place1} for years, and kept most of them.',
};

function relationship(from: CastMember, to: CastMember): string {
  const pair = `${from.role}>${to.role}`;
  const table: Record<string, string> = {
    'protagonist>antagonist': `Sworn opponent; ${to.first} wants what ${from.first} has vowed to protect`,
    'protagonist>ally': `Closest companion; ${to.first} has saved ${from.first}'s life more than once`,
    'protagonist>mentor': `Teacher and guide, whose secrets ${from.first} is only beginning to learn`,
    'protagonist>rival': `Rival who becomes an uneasy ally, and perhaps more`,
    'protagonist>confidant': 'Trusted friend who keeps the group honest',
    'antagonist>protagonist': `Sees ${to.first} as the last obstacle, and as the person they might have been`,
    'antagonist>mentor': `Former student of ${to.first}; the betrayal runs both ways`,
    'antagonist>ally': `Considers ${to.first} the weak point in the hero's armour`,
    'antagonist>rival': `Tries to recruit ${to.first} with promises of recognition`,
    'ally>protagonist': `Would follow ${to.first} anywhere, though would never say so`,
    'ally>antagonist': `Lost someone to ${to.first} and wants a reckoning`,
    'mentor>protagonist': `Sees in ${to.first} a second chance to get it right`,
    'mentor>antagonist': `Once taught ${to.first}, and blames themself for what ${to.first} became`,
    'rival>protagonist': `Resents and admires ${to.first} in equal measure`,
  };
  return (
    table[pair] ??
    `Knows ${to.first} from ${pair.includes('confidant') ? 'long evenings of talk' : 'the road'}, and trusts them cautiously`
  );
}

export function composeCharacters(
  story: StoryContext,
  count: number,
  taken: readonly string[],
): ComposedCharacter[] {
  const { bible } = story;
  const rng = createRandom(`cast|${story.title ?? ''}|${bible.realm}|${count}`);
  const cast = bible.cast.filter((c) => !taken.includes(c.name)).slice(0, count);
  const hero = bible.cast.find((c) => c.role === 'protagonist') ?? cast[0];
  const villain = bible.cast.find((c) => c.role === 'antagonist');
  const motif = bible.motifs[0] ?? 'the old secret';
  const slotsFor = (person: CastMember): Record<string, string> => ({
    first: person.first,
    heroFirst: hero?.first ?? person.first,
    hero: hero?.name ?? person.name,
    villainFirst: villain?.first ?? 'the enemy',
    motif,
    realm: bible.realm,
    place1: bible.places[0],
    place2: bible.places[1],
    place3: bible.places[2],
  });
  const fillFor = (template: string, person: CastMember) =>
    template.replace(/\{(\w+)\}/g, (whole, key: string) => slotsFor(person)[key] ?? whole);

  return cast.map((person) => ({
    name: person.name,
    role: story.genre.key === 'romance' && person.role === 'rival' ? 'love interest' : person.role,
    description: `${person.name} is ${person.calling}: ${rng.pick(TRAITS)}. In ${story.title ?? 'the story'}, ${person.first} is bound up with ${motif} from the first chapter to the last.`,
    backstory: fillFor(BACKSTORIES[person.role], person),
    motivations: MOTIVES[person.role].map((m) => capitalize(fillFor(m, person))),
    arc: fillFor(ARCS[person.role], person),
    relationships: cast
      .filter((other) => other !== person)
      .map((other) => ({ name: other.name, relationship: relationship(person, other) })),
  }));
}
