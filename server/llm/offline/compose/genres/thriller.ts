// Thriller vocabulary: conspiracies, chases, ticking clocks and impossible choices.
import type { GenreVocabulary } from './vocabulary.ts';

export const THRILLER: GenreVocabulary = {
  key: 'thriller',
  label: 'Thriller',
  keywords: [
    'thriller',
    'spy',
    'conspiracy',
    'assassin',
    'heist',
    'chase',
    'espionage',
    'hostage',
    'fugitive',
    'agent',
    'cia',
    'hacker',
  ],
  subgenres: ['Spy thriller', 'Conspiracy thriller', 'Techno-thriller', 'Heist thriller'],
  tones: ['Relentless and tense', 'Paranoid and propulsive', 'Sleek and cynical'],
  themes: [
    'Trust and betrayal',
    'The price of loyalty',
    'Power without accountability',
    'Identity under pressure',
  ],
  audiences: ['Adult readers of fast-paced thrillers', 'Fans of spy and conspiracy fiction'],
  defaultElements: ['a stolen encryption key', 'a mole inside the agency'],
  firstNames: {
    he: ['Viktor', 'Cole', 'Ravi', 'Hugo', 'Tomas', 'Marcus'],
    she: ['Lena', 'Maya', 'Nadia', 'Dana', 'Sasha', 'Ingrid'],
    they: ['Alex', 'Quinn', 'Robin'],
  },
  surnames: [
    'Stone',
    'Mercer',
    'Volkov',
    'Hale',
    'Cortez',
    'Reinholt',
    'Ward',
    'Kaan',
    'Blackburn',
    'Ferris',
  ],
  villainEpithets: ['the Deputy Director', 'the broker known as Cardinal', 'the tech billionaire'],
  realms: [
    'a world of safe houses and burned agents',
    "Europe's shadow network",
    'the city of Berlin and beyond',
  ],
  places: [
    'Berlin',
    'Lisbon',
    'a Geneva bank vault',
    'an Istanbul safe house',
    'a data center under the Alps',
    'the Washington headquarters',
  ],
  titles: ['The {E} Directive', 'Zero Hour', 'Dead Drop', 'Kill Switch', 'The Last {E}', 'Seventy-Two Hours'],
  heroRoles: [
    'a burned intelligence officer with one last contact',
    'an analyst who finds the wrong file',
    'a former thief pulled into one final job',
  ],
  villainRoles: [
    'an agency insider selling secrets to the highest bidder',
    'a financier who profits from every war',
  ],
  allyRoles: [
    'a hacker who owes the hero a favour',
    'a journalist who refuses to let the story die',
    'a field agent who may or may not be loyal',
  ],
  mentorRoles: ['a retired spymaster who trained the hero', 'a handler with too many secrets'],
  rivalRoles: ['an agency hunter ordered to bring the hero in', 'a rival operative chasing the same prize'],
  incitingIncidents: [
    '{hero} discovers {elementA} in {place1}, and within the hour the agency marks {heroHim} for death',
    'a routine handoff in {place1} goes wrong, and {hero} walks away holding {elementA}',
  ],
  stakes: [
    'If {villain} sells {elementA}, every agent in the field dies within a week.',
    "Unless {hero} clears {heroHis} name in seventy-two hours, the conspiracy becomes history's official version.",
  ],
  acts: [
    [
      {
        name: 'The Handoff in {place1}',
        description: 'A meeting in {place1} ends in gunfire; {hero} escapes with {elementA}.',
      },
      { name: 'Burned', description: 'The agency disowns {heroFirst}; {rival} is sent to clean up.' },
      { name: 'An Old Friend', description: '{mentor} offers shelter and a warning: trust no one inside.' },
      { name: 'On the Run', description: 'With {ally}, {heroFirst} crosses borders toward {place2}.' },
    ],
    [
      {
        name: 'Following the Money',
        description: 'In {place2}, the trail of payments leads back to {villain}.',
      },
      {
        name: 'The Double Cross',
        description: '{mentorFirst} betrays them, or seems to; nothing is as it looks.',
      },
      {
        name: 'Ticking Clock',
        description: 'The sale of {elementA} is set for {place3}; they have three days.',
      },
      {
        name: 'Captured',
        description: '{rival} takes {heroFirst}, then learns the truth and has to choose a side.',
      },
    ],
    [
      { name: 'The Plan', description: '{heroFirst}, {ally} and {rival} plan an infiltration of {place3}.' },
      {
        name: 'The Heist',
        description: 'Inside {place3}, everything goes wrong in exactly the way {heroFirst} planned.',
      },
      { name: 'Face to Face', description: '{hero} confronts {villain} as the deal collapses around them.' },
      {
        name: 'Aftermath',
        description: 'The conspiracy is exposed; {heroFirst} disappears, free at last, or so it seems.',
      },
    ],
  ],
  world: {
    types: ['Contemporary espionage', 'Near-future surveillance state'],
    geography:
      'The story moves across {place1}, {place2} and {place3}, through airports, rail yards, safe houses and server farms.',
    politics:
      'Intelligence agencies compete and collude; oversight committees see only what they are shown; {villain} owns friends in every capital.',
    cultures:
      'A world of tradecraft: dead drops, cover identities, burner phones and people who never use their real names.',
    economy: 'Secrets are currency; private contractors and data brokers profit from every crisis.',
    history:
      'A failed operation ten years ago left {heroFirst} with scars and the agency with a secret it has kept ever since.',
    power:
      'Satellite surveillance, facial recognition, zero-day exploits and the old human arts of lying and listening.',
    languages: 'English, German, Portuguese and Turkish; the code words of the trade.',
    religions: 'Few believe in anything but the mission; some still light candles for the agents they lost.',
    uniqueElements: [
      'A dead-drop network hidden in city libraries',
      'An encrypted ledger of every asset ever burned',
      'A safe house that exists on no map',
    ],
  },
  author: {
    styles: ['Lean, propulsive prose with short chapters and sharp twists', 'Cool, precise and cinematic'],
    backgrounds: ['a former intelligence analyst', 'an investigative journalist'],
  },
};
