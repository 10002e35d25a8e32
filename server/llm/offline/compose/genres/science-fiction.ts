// Science fiction vocabulary: starships, colonies, artificial minds and the future's costs.
import type { GenreVocabulary } from './vocabulary.ts';

export const SCIENCE_FICTION: GenreVocabulary = {
  key: 'science-fiction',
  label: 'Science Fiction',
  keywords: [
    'sci-fi',
    'science fiction',
    'scifi',
    'space',
    'starship',
    'alien',
    'robot',
    'android',
    'planet',
    'galaxy',
    'cyber',
    'future',
    'colony',
    'time travel',
    'ai ',
  ],
  subgenres: ['Space opera', 'Hard science fiction', 'Cyberpunk', 'First contact'],
  tones: ['Tense and wondrous', 'Gritty and cerebral', 'Hopeful and expansive'],
  themes: ['What makes us human', 'The cost of progress', 'Isolation and connection', 'Power over memory'],
  audiences: ['Adult readers of space opera', 'Readers of idea-driven science fiction'],
  defaultElements: ['a derelict alien signal', 'a rogue artificial intelligence'],
  firstNames: {
    he: ['Jax', 'Idris', 'Soren', 'Ezra', 'Rook', 'Malik'],
    she: ['Nova', 'Imara', 'Tamsin', 'Vega', 'Kira', 'Mira'],
    they: ['Cass', 'Sol', 'Rune'],
  },
  surnames: [
    'Okafor',
    'Reyes',
    'Vance',
    'Kurosawa',
    'Halden',
    'Sato',
    'Mbeki',
    'Lindqvist',
    'Arclight',
    'Novak',
  ],
  villainEpithets: [
    'the Director of the Consortium',
    'the Admiral of the Inner Fleet',
    'the architect of the Mind Grid',
  ],
  realms: ['the Helios Reach', 'the Kepler Expanse', 'the Orion Compact', 'New Meridian System'],
  places: [
    'Tycho Station',
    'the colony of New Ithaca',
    'the derelict ship Perihelion',
    'the rings of Calder',
    'Port Vesta',
    'the Deep Array',
    'the red dunes of Sorrow',
  ],
  titles: [
    'The {E} Protocol',
    'Beyond {Place}',
    'Signal from {Place}',
    'The Last Light of {Realm}',
    'Children of {Realm}',
    'The Long Dark of {Realm}',
  ],
  heroRoles: [
    'a salvage pilot with a ship held together by debt',
    'a xenolinguist who hears patterns no one else does',
    "a station engineer who wakes up with someone else's memories",
  ],
  villainRoles: [
    'a corporate director who sells certainty to frightened worlds',
    'a war-hero admiral convinced humanity must be saved from itself',
  ],
  allyRoles: [
    'an android navigator learning to lie',
    'a smuggler with a code of honour',
    'a colony doctor who has seen the outbreak before',
  ],
  mentorRoles: [
    'a retired starship captain who knows where the bodies are spaced',
    "the station's ancient, half-mad AI",
  ],
  rivalRoles: [
    'a Consortium agent with orders to bring the hero in',
    'a rival salvage crew racing for the same wreck',
  ],
  incitingIncidents: [
    '{hero} stumbles on {elementA} near {place1}, and {villain} will erase whole colonies to keep it secret',
    'a routine salvage at {place1} uncovers {elementA}, and within hours {villain} declares {hero} a traitor',
  ],
  stakes: [
    'If {villain} controls the discovery, every world in {realm} will answer to one will.',
    'Unless {hero} reaches {place3}, the colonies go dark one by one.',
  ],
  acts: [
    [
      {
        name: 'Salvage at {place1}',
        description: '{hero} finds the first trace of {elementA} in the wreckage.',
      },
      {
        name: 'The Signal Spreads',
        description: "Ship systems fail across {realm}; {villain} blames {heroFirst}'s crew.",
      },
      {
        name: "A Captain's Warning",
        description: '{mentor} tells {heroFirst} what the Consortium buried decades ago.',
      },
      {
        name: 'Burn for the Dark',
        description: '{heroFirst} and {ally} steal a ship and jump blind toward {place2}.',
      },
    ],
    [
      {
        name: 'Life at {place2}',
        description: 'The crew finds survivors at {place2} who have lived beside {elementB} for years.',
      },
      { name: 'The Hunter', description: '{rival} closes in and forces an alliance no one trusts.' },
      {
        name: 'The Truth in the Data',
        description:
          '{heroFirst} learns that the discovery is not a weapon but a plea, and that {villainFirst} has always known it.',
      },
      {
        name: 'Hull Breach',
        description:
          "{villainFirst}'s fleet strikes; {mentorFirst} holds the airlock so the others can escape.",
      },
    ],
    [
      {
        name: 'Rewriting the Signal',
        description: '{heroFirst} finds a way to answer the discovery instead of silencing it.',
      },
      {
        name: 'Battle at {place3}',
        description: 'Every ship {heroFirst} can rally makes a stand at {place3}.',
      },
      {
        name: 'The Broadcast',
        description:
          "{heroFirst} tells all of {realm} the truth as {villain} watches the Consortium's power unravel.",
      },
      {
        name: 'First Contact',
        description:
          'Humanity answers the call, and {heroFirst} steps aboard the first ship sent to meet it.',
      },
    ],
  ],
  world: {
    types: ['Space opera', 'Near-future interstellar frontier'],
    geography:
      '{realm} spans a dozen systems linked by unstable jump lanes: {place1} at the inner edge, {place2} on the frontier, {place3} where the lanes converge.',
    politics:
      'The Consortium holds the jump gates and the charters; colony councils vote but cannot fly without permission from {villain}.',
    cultures:
      'Spacers measure wealth in air and water; colonists keep Old Earth holidays they no longer understand; AIs are citizens on some worlds and property on others.',
    economy:
      'Jump-fuel, water ice and salvage rights drive trade; debt contracts bind crews to ships for generations.',
    history:
      'The Long Silence, a century without contact with Earth, forged the Consortium; its founders buried the first encounter with {elementA}.',
    power:
      'Fusion drives, jump lanes, neural links and artificial minds; {elementA} {elementAIs} the one mystery no one understands.',
    languages: 'Trade Creole on the docks, Consortium Standard in law, and the machine-dialects of the AIs.',
    religions:
      'The Church of the Return awaits Earth; lane-pilots pray to the Void Mother before every jump.',
    uniqueElements: [
      'Jump lanes that shift with solar weather',
      'Memory markets where experiences are sold',
      'A derelict city-ship older than humanity',
    ],
  },
  author: {
    styles: [
      'Taut, cinematic prose grounded in plausible science',
      'Expansive and philosophical, with lean action',
    ],
    backgrounds: ['a former aerospace engineer', 'a science journalist who covered deep-space missions'],
  },
};
