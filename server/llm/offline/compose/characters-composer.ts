// Composes a cast for the story in context: protagonist, antagonist and allies, bound to each other by relationships.
import type { CharacterInput } from '../../../../protocol/artifacts.ts';
import { createRandom } from '../../../random/seeded-random.ts';
import { personSlots, pronounSlots } from '../prose/gender.ts';
import { capitalize, fill } from '../prose/wording.ts';
import type { StoryContext } from '../understand/context.ts';
import { extendCast } from './extended-cast.ts';
import { relationship } from './relationships.ts';
import type { CastMember, CastRole } from './story-bible.ts';

export { requestedCastSize } from '../understand/cast-size.ts';

export type ComposedCharacter = CharacterInput & {
  backstory: string;
  arc: string;
  motivations: string[];
  relationships: { name: string; relationship: string }[];
};

const TRAITS = [
  'quick to laugh and slow to trust',
  'patient in a way that unsettles people',
  'stubborn past the point of wisdom',
  'generous with everyone but {himself}',
  'sharp-eyed and sharper-tongued',
  'calm on the surface and restless underneath',
];

/** One line a role: what the character is to the story, so no two descriptions end the same way. */
const HOOKS: Record<CastRole, string> = {
  protagonist: 'Everything {he} think{s} {he} know{s} about {motif} is about to be tested.',
  antagonist: '{He} want{s} {motif} for {himself}, and {has} all the patience in the world.',
  ally: '{He} {is} the first to stand beside {heroFirst}, and the last to admit why.',
  mentor: '{He} know{s} more about {motif} than {he} will ever say aloud.',
  rival: '{He} and {heroFirst} want the same thing, and only one of them can have it.',
  confidant: '{He} hear{s} everyone’s secrets in {place1}, and keep{s} most of them.',
  lieutenant: '{He} follow{s} orders {he} no longer believe{s} in, and count{s} the cost in silence.',
  witness: 'What {he} saw could end the story in a day, if anyone thought to ask {him}.',
  elder: '{He} remember{s} {motif} from before anyone else cared about it.',
  outsider: '{He} see{s} {realm} more clearly than anyone born there, and trust{s} no one in it.',
};

const MOTIVES: Record<CastRole, string[]> = {
  protagonist: [
    'Protect the people of {realm}',
    'Prove {he} {is} more than {his} past',
    'Uncover the truth about {motif}',
  ],
  antagonist: [
    'Control {motif} at any cost',
    'Remake {realm} in {his} own image',
    'Never again be powerless',
  ],
  ally: [
    'Repay an old debt to {heroFirst}',
    'Find a place to belong',
    'Keep {heroFirst} alive long enough to win',
  ],
  mentor: ['Atone for a mistake made long ago', 'Pass on what {he} know{s} before it is lost'],
  rival: ['Win on {his} own terms', 'Earn the respect {he} {was} denied'],
  confidant: ['Keep the group together', 'Protect a secret of {his} own'],
  lieutenant: ['Stay useful enough to stay alive', 'Get out before the end comes'],
  witness: ['Stay out of it', 'Tell the truth to someone {he} can trust'],
  elder: ['See the old wrong put right', 'Pass on what {he} remember{s} before it is too late'],
  outsider: ['Finish {his} business and leave', 'Find out why {realm} feels so familiar'],
};

const ARCS: Record<CastRole, string> = {
  protagonist:
    'From reluctance to resolve: {first} stops waiting for someone else to act, and learns that the truth about {motif} is worth what it costs.',
  antagonist:
    'From conviction to ruin: {first} believes to the end that control is the only safety, and is undone by it.',
  ally: 'From self-interest to loyalty: {first} stops running and stands with {heroFirst} when it matters most.',
  mentor: 'From guilt to sacrifice: {first} finally tells the truth and pays for the old mistake.',
  rival: 'From opposition to alliance: {first} learns that winning alone is not winning at all.',
  confidant: 'From the margins to the centre: {first} steps forward and holds the group together.',
  lieutenant: 'From obedience to defiance: {first} refuses one order, and it changes everything.',
  witness: 'From silence to testimony: {first} finally says what {he} saw, whatever it costs.',
  elder: 'From memory to action: {first} stops telling old stories and helps end this one.',
  outsider: 'From bystander to ally: {first} chooses a side {he} swore to stay out of.',
};

const BACKSTORIES: Record<CastRole, string> = {
  protagonist:
    'Raised in {realm}, {first} was always the one who noticed what others missed. A loss in childhood, tied to {motif}, left a question {he} {has} never stopped asking.',
  antagonist:
    '{first} learned early that the world rewards those who take what they want. What began as a wish to be safe became a need to control everything and everyone.',
  ally: '{first} grew up on the edges of {realm}, living on wit and favours, until {heroFirst} gave {him} a reason to stay.',
  mentor:
    'Once the best at what {he} did, {first} made one mistake that still haunts {him}, and {has} lived quietly near {place3} ever since.',
  rival:
    '{first} grew up alongside {heroFirst}, always measured against {heroHim}, and {has} never forgiven the comparison.',
  confidant: '{first} has known every secret in {place1} for years, and kept most of them.',
  lieutenant:
    '{first} owed everything to the wrong person at the wrong time, and has been paying ever since.',
  witness: '{first} was in the wrong place at the right moment, and has wished otherwise ever since.',
  elder: '{first} has lived in {realm} longer than anyone, and has outlived most of {his} secrets.',
  outsider: '{first} arrived in {realm} with a borrowed name and a reason {he} keeps to {himself}.',
};

export function composeCharacters(
  story: StoryContext,
  count: number,
  taken: readonly string[],
): ComposedCharacter[] {
  const { bible } = story;
  const rng = createRandom(`cast|${story.title ?? ''}|${bible.realm}|${count}`);
  const people = [...bible.cast, ...extendCast(bible, story.genre, taken)];
  const cast = people.filter((c) => !taken.includes(c.name)).slice(0, count);
  const hero = bible.cast.find((c) => c.role === 'protagonist') ?? cast[0];
  // The plot has introduced it already: "a talking cat" is "the talking cat" from here on.
  const motif = (bible.motifs[0] ?? 'the old secret').replace(/^(?:a|an)\s+/i, 'the ');
  const slotsFor = (person: CastMember): Record<string, string> => ({
    first: person.first,
    heroFirst: hero?.first ?? person.first,
    ...pronounSlots('hero', hero?.pronoun ?? person.pronoun),
    motif,
    realm: bible.realm,
    place1: bible.places[0],
    place2: bible.places[1],
    place3: bible.places[2],
    ...personSlots(person.pronoun),
  });
  const fillFor = (template: string, person: CastMember) => fill(template, slotsFor(person));
  const traits = rng.sample(TRAITS, TRAITS.length);

  return cast.map((person, i) => ({
    name: person.name,
    role: story.genre.key === 'romance' && person.role === 'rival' ? 'love interest' : person.role,
    description: [
      `${person.name} is ${person.calling}.`,
      fillFor(`{He} {is} ${traits[i % traits.length] ?? TRAITS[0]}.`, person),
      fillFor(HOOKS[person.role], person),
    ].join(' '),
    backstory: fillFor(BACKSTORIES[person.role], person),
    motivations: MOTIVES[person.role].map((m) => capitalize(fillFor(m, person))),
    arc: fillFor(ARCS[person.role], person),
    relationships: cast
      .filter((other) => other !== person)
      .map((other) => ({ name: other.name, relationship: relationship(person, other) })),
  }));
}
