// The closing lines of a plot summary: the story bible as plain prose a reader can use, and parsed back for later steps.

import { fits, isPronoun, type Pronoun, pronounInProse } from '../prose/gender.ts';
import { listInProse } from '../prose/wording.ts';
import type { GenreVocabulary } from './genres/index.ts';
import {
  CAST_ORDER,
  type CastMember,
  type CoreRole,
  createStoryBible,
  fillCalling,
  member,
  type StoryBible,
} from './story-bible.ts';

/**
 * Cast:
 * - Dain Thorne (protagonist, he): an apprentice mage who failed the final trial
 * Setting: Saltcombe (a seaside village) — the harbour; the cliff path; the lighthouse on the point.
 * Heart of the story: dragons and magic.
 */
export function writeBibleLines(bible: StoryBible): string {
  const realm = bible.realmNote ? `${bible.realm} (${bible.realmNote})` : bible.realm;
  // Blank lines between the blocks so Markdown renders the cast as a list and the rest as paragraphs.
  return [
    [
      'Cast:',
      ...bible.cast.map((c) => `- ${c.name} (${c.role}, ${c.pronoun}): ${c.calling}${known(c, bible)}`),
    ].join('\n'),
    `Setting: ${realm} — ${bible.places.join('; ')}.`,
    `Heart of the story: ${listInProse(bible.motifs)}.`,
  ].join('\n\n');
}

const KNOWN_AS = '; known as ';

/** The antagonist carries the epithet the plot gave them, so every later step calls them the same. */
function known(person: CastMember, bible: StoryBible): string {
  return person.role === 'antagonist' ? `${KNOWN_AS}${bible.epithet}` : '';
}

const CAST_ITEM = /^- (.+?) \((\w+)(?:, (\w+))?\)(?:: (.+))?$/gm;
/** The single-line cast of plots written before pronouns were recorded: "Cast: A (protagonist); B (ally)." */
const OLD_CAST_LINE = /^Cast: (.+?)\.\s*$/m;
const SETTING_LINE = /^Setting: (.+?)(?: \((.+?)\))? — (.+?)\.\s*$/m;
const HEART_LINE = /^Heart of the story: (.+?)\.\s*$/m;

interface ParsedMember {
  name: string;
  epithet: string | undefined;
  role: CoreRole;
  pronoun: Pronoun | undefined;
  calling: string | undefined;
}

function parseCast(summary: string): ParsedMember[] {
  const members: ParsedMember[] = [];
  const add = (name: string, role: string, pronoun?: string, written?: string) => {
    if (!CAST_ORDER.includes(role as CoreRole)) return;
    const [calling, epithet] = (written ?? '').split(KNOWN_AS);
    members.push({
      name,
      epithet: epithet?.trim() || undefined,
      role: role as CoreRole,
      pronoun: pronoun && isPronoun(pronoun) ? pronoun : undefined,
      calling: calling?.trim() || undefined,
    });
  };
  for (const match of summary.matchAll(CAST_ITEM)) {
    if (match[1] && match[2]) add(match[1], match[2], match[3], match[4]);
  }
  if (members.length > 0) return members;
  for (const entry of OLD_CAST_LINE.exec(summary)?.[1]?.split(';') ?? []) {
    const match = /^\s*(.+?) \((\w+)\)\s*$/.exec(entry);
    if (match?.[1] && match[2]) add(match[1], match[2]);
  }
  return members;
}

const ROLE_CALLINGS: Record<CoreRole, (genre: GenreVocabulary) => string[]> = {
  protagonist: (g) => g.heroRoles,
  antagonist: (g) => g.villainRoles,
  ally: (g) => g.allyRoles,
  mentor: (g) => g.mentorRoles,
  rival: (g) => g.rivalRoles,
  confidant: (g) => g.allyRoles,
};

/** A pronoun for someone a plot named without one: from how the plot's prose speaks of them, else from the role. */
function guessPronoun(summary: string, first: string): Pronoun {
  const sentences = summary.split(/(?<=[.!?])\s+/).filter((s) => s.includes(first));
  return pronounInProse(sentences.join(' ')) ?? 'they';
}

/** Recovers the bible from a plot summary this model wrote; undefined for plots written elsewhere. */
export function readStoryBible(
  summary: string,
  genre: GenreVocabulary,
  seed: string,
): StoryBible | undefined {
  const parsed = parseCast(summary);
  const setting = SETTING_LINE.exec(summary);
  if (parsed.length === 0 || !setting?.[1] || !setting[3]) return undefined;
  const heart = HEART_LINE.exec(summary)?.[1] ?? '';
  const motifs = heart.split(/,\s*|\s+and\s+(?=[^,]*$)/).filter(Boolean);
  const fresh = createStoryBible(genre, seed, motifs);
  const cast = parsed.map((p): CastMember => {
    const first = p.name.split(' ')[0] ?? p.name;
    const pronoun = p.pronoun ?? guessPronoun(summary, first);
    // A plot without callings gets the genre's, but never one that contradicts the character's gender.
    const options = [member(fresh, p.role).calling, ...ROLE_CALLINGS[p.role](genre)];
    const calling = p.calling ?? fillCalling(options.find((c) => fits(c, pronoun)) ?? 'a stranger', pronoun);
    return { name: p.name, first, role: p.role, pronoun, calling };
  });
  const villain = cast.find((c) => c.role === 'antagonist');
  const written = parsed.find((p) => p.role === 'antagonist')?.epithet;
  const epithet =
    written ??
    (!villain || fits(fresh.epithet, villain.pronoun)
      ? fresh.epithet
      : (genre.villainEpithets.find((e) => fits(e, villain.pronoun)) ?? 'the one no one suspected'));
  const places = setting[3].split(';').map((p) => p.trim());
  return {
    ...fresh,
    realm: setting[1],
    realmNote: setting[2],
    places: [places[0] ?? fresh.places[0], places[1] ?? fresh.places[1], places[2] ?? fresh.places[2]],
    cast,
    epithet,
  };
}
