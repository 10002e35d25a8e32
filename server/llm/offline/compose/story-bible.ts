// The story bible: cast, places and motifs of one story, made from a seed and written into the plot so later steps reuse it.

import { createRandom, type Random } from '../../../random/seeded-random.ts';
import { fits, impliedPronoun, type Pronoun, pronounForms, pronounSlots } from '../prose/gender.ts';
import { fill } from '../prose/wording.ts';
import type { Flavour } from '../understand/flavours.ts';
import { motifSlots } from '../understand/motifs.ts';
import { type Setting, settingPreposition } from '../understand/settings.ts';
import type { GenreVocabulary } from './genres/index.ts';

/** The roles every story bible fills, in the plot's own cast list. */
export type CoreRole = 'protagonist' | 'antagonist' | 'ally' | 'mentor' | 'rival' | 'confidant';
/** Roles only a larger cast adds, beyond the six a plot names. */
export type ExtraRole = 'lieutenant' | 'witness' | 'elder' | 'outsider';
export type CastRole = CoreRole | ExtraRole;

export interface CastMember {
  name: string;
  first: string;
  role: CastRole;
  pronoun: Pronoun;
  /** Who they are, e.g. "an apprentice mage who failed the final trial". */
  calling: string;
}

export interface StoryBible {
  realm: string;
  /** How the writer described the realm when its name was invented for them: "a seaside village". */
  realmNote: string | undefined;
  places: [string, string, string];
  cast: CastMember[];
  motifs: string[];
  /** Follows the antagonist's name, e.g. "the Ash King". */
  epithet: string;
}

/** What the writer asked for beyond a genre: where the story is set and its flavour. */
export interface StoryDetails {
  setting?: Setting;
  flavour?: Flavour;
  /** Names the session's other stories already use: "Brenna Stormcrest" frees neither Brenna nor Stormcrest. */
  namesInUse?: string[];
  /** The lead the writer described: "a young mage", perhaps with a name and a pronoun. */
  lead?: Lead;
}

export interface Lead {
  calling: string | undefined;
  name: string | undefined;
  pronoun: Pronoun | undefined;
}

/** A pronoun for a name the writer gave: the genre's own name lists, else the common ending in -a. */
function pronounOfName(first: string, genre: GenreVocabulary): Pronoun | undefined {
  const listed = (Object.keys(genre.firstNames) as Pronoun[]).find((p) =>
    genre.firstNames[p].includes(first),
  );
  return listed ?? (/a$/i.test(first) ? 'she' : undefined);
}

export const CAST_ORDER: readonly CoreRole[] = [
  'protagonist',
  'antagonist',
  'ally',
  'mentor',
  'rival',
  'confidant',
];

/**
 * One in six they, two at most: enough that they/them characters turn up, without every cast having one. A cast
 * already leaning two or more one way gets the other, so six people are rarely all women or all men.
 */
function choosePronoun(rng: Random, calling: string, sofar: Pronoun[]): Pronoun {
  const implied = impliedPronoun(calling);
  if (implied) return implied;
  const roll = rng.next();
  if (roll < 1 / 6 && sofar.filter((p) => p === 'they').length < 2) return 'they';
  const lean = sofar.filter((p) => p === 'she').length - sofar.filter((p) => p === 'he').length;
  if (lean >= 2) return 'he';
  if (lean <= -2) return 'she';
  return roll < 7 / 12 ? 'she' : 'he';
}

/** A calling may say {his} or {he}: "a local constable out of {his} depth". */
export function fillCalling(calling: string, pronoun: Pronoun): string {
  const forms = pronounForms(pronoun);
  return fill(calling, { he: forms.He, him: forms.Him, his: forms.His });
}

function castCallings(rng: Random, genre: GenreVocabulary, flavour: Flavour | undefined) {
  const [ally, confidant] = rng.sample(genre.allyRoles, 2);
  return {
    protagonist: rng.pick(flavour?.heroRoles ?? genre.heroRoles),
    antagonist: rng.pick(flavour?.villainRoles ?? genre.villainRoles),
    ally: ally ?? rng.pick(genre.allyRoles),
    mentor: rng.pick(genre.mentorRoles),
    rival: rng.pick(flavour?.rivalRoles ?? genre.rivalRoles),
    confidant: confidant ?? rng.pick(genre.allyRoles),
  } satisfies Record<CoreRole, string>;
}

export function createStoryBible(
  genre: GenreVocabulary,
  seed: string,
  motifs: string[],
  details: StoryDetails = {},
): StoryBible {
  const rng = createRandom(`bible|${seed}`);
  const callings = castCallings(rng, genre, details.flavour);
  const lead = details.lead;
  if (lead?.calling) callings.protagonist = lead.calling;
  const leadFirst = lead?.name?.split(/\s+/)[0];
  const taken = new Set((details.namesInUse ?? []).flatMap((name) => name.split(/\s+/)));
  // Fresh surnames first; a genre with too few to go round reuses some, never a first name.
  const freshSurnames = rng.sample(
    genre.surnames.filter((s) => !taken.has(s)),
    CAST_ORDER.length,
  );
  const surnames = [
    ...freshSurnames,
    ...rng.sample(
      genre.surnames.filter((s) => taken.has(s)),
      CAST_ORDER.length - freshSurnames.length,
    ),
  ];
  const used = new Set<string>();
  const chosen: Pronoun[] = [];
  if (leadFirst) used.add(leadFirst);
  const cast = CAST_ORDER.map((role, i): CastMember => {
    const given = role === 'protagonist' ? lead : undefined;
    const pronoun =
      given?.pronoun ??
      (leadFirst && given ? pronounOfName(leadFirst, genre) : undefined) ??
      choosePronoun(rng, callings[role], chosen);
    chosen.push(pronoun);
    const unused = genre.firstNames[pronoun].filter((n) => !used.has(n));
    const untaken = unused.filter((n) => !taken.has(n));
    const pool = untaken.length > 0 ? untaken : unused;
    const fallback = Object.values(genre.firstNames)
      .flat()
      .filter((n) => !used.has(n));
    const picked = rng.pick(pool.length > 0 ? pool : fallback.length > 0 ? fallback : ['Ren']);
    const first = (given && leadFirst) || picked;
    used.add(first);
    const name = given?.name?.includes(' ') ? given.name : `${first} ${surnames[i] ?? ''}`.trim();
    return { name, first, role, pronoun, calling: fillCalling(callings[role], pronoun) };
  });
  const villain = cast[1] as CastMember;
  const epithets = genre.villainEpithets.filter((e) => fits(e, villain.pronoun));
  const genrePlaces = rng.sample(genre.places, 3);
  const setting = details.setting;
  const place = (i: number) => setting?.places[i] || genrePlaces[i] || 'the old town';
  return {
    realm: setting?.realm ?? rng.pick(genre.realms),
    realmNote: setting?.descriptor,
    places: [place(0), place(1), place(2)],
    cast,
    motifs,
    epithet: rng.pick(epithets.length > 0 ? epithets : ['the one no one suspected']),
  };
}

export function member(bible: StoryBible, role: CastRole): CastMember {
  return bible.cast.find((c) => c.role === role) ?? (bible.cast[0] as CastMember);
}

/** "in Saltcombe, a seaside village" where the name was invented; "on Mars"; else "in" the realm. */
export function realmDescribed(bible: StoryBible): string {
  const where = bible.realmNote ? `${bible.realm}, ${bible.realmNote}` : bible.realm;
  return `${settingPreposition(bible.realm)} ${where}`;
}

/** The realm as a title may carry it: "the Kingdom of Aethermoor" → "Aethermoor". */
export function realmName(realm: string): string {
  return realm.replace(
    /^the\s+(?:kingdom|town|village|city|island|river town|station|generation ship)\s+of\s+/i,
    '',
  );
}

const ROLE_KEYS: Record<CoreRole, string> = {
  protagonist: 'hero',
  antagonist: 'villain',
  ally: 'ally',
  mentor: 'mentor',
  rival: 'rival',
  confidant: 'confidant',
};

/** The slots every template may use: people, their pronouns, places and motifs. */
export function bibleSlots(bible: StoryBible): Record<string, string> {
  const slots: Record<string, string> = {
    realm: bible.realm,
    place1: bible.places[0],
    place2: bible.places[1],
    place3: bible.places[2],
    ...motifSlots(bible.motifs),
    epithet: bible.epithet,
  };
  for (const role of CAST_ORDER) {
    const person = member(bible, role);
    const key = ROLE_KEYS[role];
    slots[key] = person.name;
    slots[`${key}First`] = person.first;
    Object.assign(slots, pronounSlots(key, person.pronoun));
  }
  return slots;
}
