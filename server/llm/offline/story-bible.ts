// The story bible: cast, places and motifs of one story, made from a seed and written into the plot so later steps reuse it.
import type { GenreVocabulary } from './genres/index.ts';
import { createRandom } from './seeded-random.ts';
import { listInProse } from './wording.ts';

export type CastRole = 'protagonist' | 'antagonist' | 'ally' | 'mentor' | 'rival' | 'confidant';

export interface CastMember {
  name: string;
  first: string;
  role: CastRole;
  /** Who they are, e.g. "an apprentice mage who failed the final trial". */
  calling: string;
}

export interface StoryBible {
  realm: string;
  places: [string, string, string];
  cast: CastMember[];
  motifs: string[];
  /** Follows the antagonist's name, e.g. "the Ash King". */
  epithet: string;
}

export const CAST_ORDER: readonly CastRole[] = [
  'protagonist',
  'antagonist',
  'ally',
  'mentor',
  'rival',
  'confidant',
];

export function createStoryBible(genre: GenreVocabulary, seed: string, motifs: string[]): StoryBible {
  const rng = createRandom(`bible|${seed}`);
  const firsts = rng.sample(genre.firstNames, CAST_ORDER.length);
  const surnames = rng.sample(genre.surnames, CAST_ORDER.length);
  const [ally, confidant] = rng.sample(genre.allyRoles, 2);
  const callings: Record<CastRole, string> = {
    protagonist: rng.pick(genre.heroRoles),
    antagonist: rng.pick(genre.villainRoles),
    ally: ally ?? rng.pick(genre.allyRoles),
    mentor: rng.pick(genre.mentorRoles),
    rival: rng.pick(genre.rivalRoles),
    confidant: confidant ?? rng.pick(genre.allyRoles),
  };
  const places = rng.sample(genre.places, 3);
  return {
    realm: rng.pick(genre.realms),
    places: [places[0] ?? 'the city', places[1] ?? 'the coast', places[2] ?? 'the old town'],
    cast: CAST_ORDER.map((role, i) => {
      const first = firsts[i] ?? `Nameless${i}`;
      return { name: `${first} ${surnames[i] ?? ''}`.trim(), first, role, calling: callings[role] };
    }),
    motifs,
    epithet: rng.pick(genre.villainEpithets),
  };
}

export function member(bible: StoryBible, role: CastRole): CastMember {
  return bible.cast.find((c) => c.role === role) ?? (bible.cast[0] as CastMember);
}

/** The closing lines of a plot summary; plain prose a reader can use, and what `readStoryBible` parses back. */
export function writeBibleLines(bible: StoryBible): string {
  const cast = bible.cast.map((c) => `${c.name} (${c.role})`).join('; ');
  return [
    `Cast: ${cast}.`,
    `Setting: ${bible.realm} — ${bible.places.join('; ')}.`,
    `Heart of the story: ${listInProse(bible.motifs)}.`,
  ].join('\n');
}

const CAST_LINE = /Cast: (.+?)\.\s*$/m;
const SETTING_LINE = /Setting: (.+?) — (.+?)\.\s*$/m;
const HEART_LINE = /Heart of the story: (.+?)\.\s*$/m;

/** Recovers the bible from a plot summary this model wrote; undefined for plots written elsewhere. */
export function readStoryBible(
  summary: string,
  genre: GenreVocabulary,
  seed: string,
): StoryBible | undefined {
  const cast = CAST_LINE.exec(summary)?.[1];
  const setting = SETTING_LINE.exec(summary);
  if (!cast || !setting?.[1] || !setting[2]) return undefined;
  const motifs = (HEART_LINE.exec(summary)?.[1] ?? '').split(/,\s*|\s+and\s+/).filter(Boolean);
  const fresh = createStoryBible(genre, seed, motifs);
  const members: CastMember[] = [];
  for (const entry of cast.split(';')) {
    const match = /^\s*(.+?) \((\w+)\)\s*$/.exec(entry);
    const role = match?.[2] as CastRole | undefined;
    if (!match?.[1] || !role || !CAST_ORDER.includes(role)) continue;
    members.push({
      name: match[1],
      first: match[1].split(' ')[0] ?? match[1],
      role,
      calling: member(fresh, role).calling,
    });
  }
  const places = setting[2].split(';').map((p) => p.trim());
  return {
    ...fresh,
    realm: setting[1],
    places: [places[0] ?? fresh.places[0], places[1] ?? fresh.places[1], places[2] ?? fresh.places[2]],
    cast: members.length > 0 ? members : fresh.cast,
  };
}

/** The slots every template may use. */
export function bibleSlots(bible: StoryBible): Record<string, string> {
  const slots: Record<string, string> = {
    realm: bible.realm,
    place1: bible.places[0],
    place2: bible.places[1],
    place3: bible.places[2],
    elements: listInProse(bible.motifs),
    elementA: bible.motifs[0] ?? '',
    elementB: bible.motifs[1] ?? bible.motifs[0] ?? '',
    epithet: bible.epithet,
  };
  const keys: Record<CastRole, string> = {
    protagonist: 'hero',
    antagonist: 'villain',
    ally: 'ally',
    mentor: 'mentor',
    rival: 'rival',
    confidant: 'confidant',
  };
  for (const role of CAST_ORDER) {
    const person = member(bible, role);
    slots[keys[role]] = person.name;
    slots[`${keys[role]}First`] = person.first;
  }
  return slots;
}
