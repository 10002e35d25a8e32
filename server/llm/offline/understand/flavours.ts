// Tone and subgenre words the writer uses ("cozy", "grimdark", "slow-burn"): how each one reshapes a genre's story.
import type { GenreKey } from '../compose/genres/index.ts';

export interface Flavour {
  /** The word as the writer would say it, for the prose. */
  word: string;
  match: RegExp;
  /** Only for these genres; any genre when absent. */
  genres?: GenreKey[];
  subgenre?: string;
  tone: string;
  themes?: string[];
  heroRoles?: string[];
  villainRoles?: string[];
  rivalRoles?: string[];
  stakes?: string[];
  titles?: string[];
}

/** Most specific first: "cozy" for a mystery is a whole subgenre; for any other genre, only a tone. */
const FLAVOURS: Flavour[] = [
  {
    word: 'cozy',
    match: /\bco[sz]y\b/i,
    genres: ['mystery'],
    subgenre: 'Cozy mystery',
    tone: 'Gentle, warm and wry',
    themes: ['Community and belonging', 'Curiosity as a kind of courage', 'The secrets neighbours keep'],
    heroRoles: [
      'a tea-room owner and amateur sleuth with a nose for gossip',
      'a retired schoolteacher turned amateur sleuth',
      'a bookshop owner who has read every whodunit ever written and is about to solve a real one',
      'a newly arrived baker with a talent for asking the right question',
    ],
    villainRoles: [
      'a charming newcomer with a past to hide',
      'a beloved neighbour with a secret worth killing for',
      'a rival shopkeeper who stands to gain everything',
    ],
    rivalRoles: ['a harried detective sergeant who wishes the amateurs would stay out of it'],
    stakes: [
      'Unless {hero} finds the killer, a good friend takes the blame, and {realm} never feels quite safe again.',
      'If the truth stays buried, {villain} walks free, and the whole of {realm} learns to lock its doors.',
    ],
    titles: [
      'Murder at {Place}',
      'A Body in {Realm}',
      'Death Comes to {Realm}',
      'Trouble at {Place}',
      'The {Realm} Mystery',
    ],
  },
  {
    word: 'grimdark',
    match: /\bgrim-?dark\b/i,
    genres: ['fantasy'],
    subgenre: 'Grimdark fantasy',
    tone: 'Grim, brutal and morally grey',
    themes: [
      'Survival at any cost',
      'The rot beneath every crown',
      'What power does to the people who hold it',
    ],
    heroRoles: [
      'a mercenary captain who has outlived every oath',
      'a deserter who cannot stop killing',
      "a torturer's apprentice looking for a cleaner trade",
    ],
    stakes: [
      'If {villain} wins, {realm} drowns in blood; if {hero} wins, it may drown anyway.',
      'Whatever {hero} chooses, someone burns. The only question left is who.',
    ],
  },
  {
    word: 'slow-burn',
    match: /\bslow[- ]burn(?:ing)?\b/i,
    genres: ['romance'],
    subgenre: 'Slow-burn romance',
    tone: 'Tender, patient and aching',
  },
  { word: 'grimdark', match: /\bgrim-?dark\b/i, tone: 'Grim, brutal and morally grey' },
  { word: 'noir', match: /\bnoir\b/i, subgenre: 'Noir', tone: 'Brooding, rain-soaked noir' },
  { word: 'gothic', match: /\bgothic\b/i, tone: 'Gothic and brooding' },
  { word: 'cozy', match: /\bco[sz]y\b/i, tone: 'Cozy, warm and gentle' },
  { word: 'dark', match: /\bdark\b/i, tone: 'Dark and unsettling' },
  { word: 'gritty', match: /\bgritty\b/i, tone: 'Gritty and grounded' },
  {
    word: 'funny',
    match: /\b(funny|comic|comedic|humou?rous|light-?hearted)\b/i,
    tone: 'Light, witty and comic',
  },
  { word: 'whimsical', match: /\bwhimsical\b/i, tone: 'Whimsical and bright' },
  { word: 'hopeful', match: /\b(hopeful|uplifting|heartwarming)\b/i, tone: 'Hopeful and uplifting' },
  { word: 'epic', match: /\bepic\b/i, tone: 'Epic and sweeping' },
];

/** The flavour the writer asked for, for this genre; undefined when the request names none. */
export function readFlavour(text: string, genre: GenreKey): Flavour | undefined {
  return FLAVOURS.find((f) => f.match.test(text) && (!f.genres || f.genres.includes(genre)));
}

/** "young adult", "middle grade": who the writer says the book is for. */
export function readAudience(text: string): string | undefined {
  if (/\b(young adult|YA|teens?|teenagers?)\b/.test(text)) return 'Young adult readers';
  if (/\b(middle[- ]grade|children|kids)\b/i.test(text)) return 'Middle-grade readers';
  return undefined;
}
