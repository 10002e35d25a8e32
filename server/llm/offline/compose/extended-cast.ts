// Characters beyond the six a plot names: a larger cast asked for ("eight characters") gets distinct extra roles.

import { createRandom } from '../../../random/seeded-random.ts';
import type { Pronoun } from '../prose/gender.ts';
import { fill } from '../prose/wording.ts';
import type { GenreVocabulary } from './genres/index.ts';
import { CAST_ORDER, type CastMember, type ExtraRole, fillCalling, type StoryBible } from './story-bible.ts';

/** In the order a growing cast adds them: each fills a place in the story the core six leave open. */
export const EXTRA_ROLES: readonly ExtraRole[] = ['lieutenant', 'witness', 'elder', 'outsider'];

/** The largest cast the offline model writes: the plot's six and every extra role. */
export const LARGEST_CAST = CAST_ORDER.length + EXTRA_ROLES.length;

const CALLINGS: Record<ExtraRole, string[]> = {
  lieutenant: [
    "{villainFirst}'s right hand, loyal until loyalty costs too much",
    'the enforcer who does what {villainFirst} will not be seen to do',
  ],
  witness: [
    'the one person who saw what happened at {place1}, and who has told no one',
    'a witness who keeps changing {his} story, for reasons of {his} own',
  ],
  elder: [
    'the oldest soul in {realm}, who remembers how the trouble began',
    'a keeper of old records who knows which ones were burned',
  ],
  outsider: [
    'a newcomer to {realm} with no stake in its quarrels, or so {he} claims',
    'a stranger passing through {place2} who arrived the same day the trouble did',
  ],
};

/** The extra people a cast of more than six needs, with names no one in the bible already has. */
export function extendCast(
  bible: StoryBible,
  genre: GenreVocabulary,
  taken: readonly string[],
): CastMember[] {
  const rng = createRandom(`extras|${bible.realm}|${bible.cast.map((c) => c.name).join('|')}`);
  const inUse = new Set(
    [...bible.cast, ...taken.map((name) => ({ name }))].flatMap((c) => c.name.split(/\s+/)),
  );
  const villain = bible.cast.find((c) => c.role === 'antagonist');
  const slots = {
    villainFirst: villain?.first ?? 'the enemy',
    place1: bible.places[0],
    place2: bible.places[1],
    realm: bible.realm,
  };
  const pronouns: Pronoun[] = rng.next() < 0.5 ? ['she', 'he', 'he', 'she'] : ['he', 'she', 'she', 'he'];
  return EXTRA_ROLES.map((role, i) => {
    const pronoun = pronouns[i] ?? 'they';
    const firsts = genre.firstNames[pronoun].filter((n) => !inUse.has(n));
    const first = firsts.length > 0 ? rng.pick(firsts) : `${rng.pick(genre.firstNames[pronoun])}`;
    inUse.add(first);
    const surnames = genre.surnames.filter((n) => !inUse.has(n));
    const surname = surnames.length > 0 ? rng.pick(surnames) : '';
    if (surname) inUse.add(surname);
    // The callings imply no gender of their own, so any fits the pronoun drawn.
    const calling = fillCalling(fill(rng.pick(CALLINGS[role]), slots), pronoun);
    return { name: `${first} ${surname}`.trim(), first, role, pronoun, calling };
  });
}
