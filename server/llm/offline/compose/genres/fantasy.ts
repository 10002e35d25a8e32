// Fantasy vocabulary: dragons, kingdoms, old magic and the price of power.
import type { GenreVocabulary } from './vocabulary.ts';

export const FANTASY: GenreVocabulary = {
  key: 'fantasy',
  label: 'Fantasy',
  keywords: [
    'fantasy',
    'dragon',
    'magic',
    'wizard',
    'sorcer',
    'elf',
    'elves',
    'kingdom',
    'quest',
    'sword',
    'witch',
    'mage',
    'fae',
    'prophecy',
    'spell',
  ],
  subgenres: ['Epic fantasy', 'High fantasy', 'Sword and sorcery', 'Heroic fantasy'],
  tones: ['Epic and hopeful', 'Dark and mythic', 'Adventurous with a bittersweet edge'],
  themes: [
    'The price of power',
    'Found family',
    'Courage in the face of fate',
    'What we owe the past',
    'Mercy versus vengeance',
  ],
  audiences: [
    'Adult and young adult readers of epic fantasy',
    'Readers of character-driven fantasy adventure',
  ],
  defaultElements: ['the old dragons', 'forbidden magic'],
  firstNames: {
    he: ['Kael', 'Theron', 'Bram', 'Corin', 'Dain', 'Rhys', 'Orrin', 'Aldric'],
    she: ['Aria', 'Lyra', 'Isolde', 'Maren', 'Elowen', 'Talia', 'Seren', 'Brenna'],
    they: ['Sorrel', 'Ash', 'Rowan', 'Wren'],
  },
  surnames: [
    'Vell',
    'Ashford',
    'Thorne',
    'Emberlyn',
    'Stormcrest',
    'Duskwood',
    'Hale',
    'Ravensong',
    'Brightwater',
    'Kestrel',
  ],
  villainEpithets: [
    'the Ash King',
    'the Hollow Queen',
    'the Last Archmage',
    'the Dragonbinder',
    'the Thorn Regent',
  ],
  realms: ['Eldoria', 'Valdris', 'the Kingdom of Aethermoor', 'Caer Myrrin', 'the Sundered Realms'],
  places: [
    'Emberfall',
    'the Shardspire',
    'the Ashen Wastes',
    'Highmere',
    'the Whispering Wood',
    'Dragonrest Peaks',
    'the Drowned Library',
    'Stormwatch Keep',
    'the Glass Fens',
  ],
  titles: [
    'The Last {E} of {Realm}',
    'Ashes of {Place}',
    'A Crown of Ash and {E}',
    'The Heir of {Place}',
    'Shadows over {Realm}',
    'The {E} of {Realm}',
  ],
  heroRoles: [
    'an apprentice mage who failed the final trial',
    'a stable hand with a secret gift',
    'a disgraced knight seeking redemption',
    'a cartographer who maps places that should not exist',
  ],
  villainRoles: [
    'a sorcerer-king who once saved the realm and now means to own it',
    'a fallen paladin bound to a dying god',
    'an archmage who believes only tyranny can hold back the dark',
  ],
  allyRoles: [
    'a sharp-tongued thief with a debt to repay',
    'a young dragon rider without a dragon',
    'a runaway princess who fights better than any guard',
    'a half-elf healer who trusts no one',
    'a hedge-witch who sells charms at the crossroads',
  ],
  mentorRoles: [
    'an exiled court wizard',
    'the last keeper of the dragon lore',
    'a blind oracle of the old roads',
  ],
  rivalRoles: [
    'a proud knight-commander of the royal guard',
    'a rival apprentice who passed the trial the hero failed',
  ],
  incitingIncidents: [
    '{elementA} long thought gone return{elementAS} to {place1}, and {villain} moves to bind that power',
    'a dying mage entrusts {hero} with the secret of {elementA}, and {villain} burns {place1} to find it',
  ],
  stakes: [
    'If {villain} succeeds, {realm} falls under a reign of fire that will never end.',
    'Should {hero} fail, {elementA} will be chained forever, and {realm} with it.',
  ],
  acts: [
    [
      {
        name: 'The Burning of {place1}',
        description: '{hero} watches {place1} burn and glimpses the truth about {elementA}.',
      },
      {
        name: 'A Gift Unwanted',
        description:
          'A power tied to {elementB} wakes in {heroFirst}, marking {heroHim} as prey for {villainFirst}.',
      },
      {
        name: 'The Mentor at the Crossroads',
        description: '{mentor} offers a path to {place2} and warns that every spell has a price.',
      },
      {
        name: 'Crossing the Threshold',
        description:
          'With {ally} at {heroHis} side, {heroFirst} leaves home behind and takes the old road north.',
      },
    ],
    [
      {
        name: 'Trials of {place2}',
        description:
          'In {place2}, {heroFirst} learns to command that power, and {allyFirst} learns to trust {heroHim}.',
      },
      {
        name: 'The Rival',
        description: '{rival} challenges {heroFirst}, then becomes an uneasy ally against a common enemy.',
      },
      {
        name: 'The Betrayal',
        description:
          "{villainFirst} reveals that {villainHe} {villainWas} once {mentorFirst}'s student, a truth the old teacher never dared to tell.",
      },
      {
        name: 'The Darkest Hour',
        description:
          "{mentorFirst} falls defending the company, and {elementA} slip{elementAS} toward {villainFirst}'s grasp.",
      },
    ],
    [
      {
        name: 'Rekindling',
        description:
          '{heroFirst} accepts the price of {heroHis} gift and sets out to free {elementA} rather than rule {elementAIt}.',
      },
      {
        name: 'The Siege of {place3}',
        description: 'Allies old and new make a last stand at {place3} against {villain}.',
      },
      {
        name: 'Fire and Mercy',
        description:
          '{heroFirst} faces {villainFirst} and chooses mercy, breaking the binding that fed the power of {epithet}.',
      },
      {
        name: 'A New Dawn',
        description:
          '{Realm} rebuilds; {elementA} {elementAIs} free at last, and {heroFirst} becomes the keeper {heroHe} never meant to be.',
      },
    ],
  ],
  world: {
    types: ['High fantasy', 'Epic fantasy realm'],
    geography:
      '{realm} runs from the volcanic heights of {place1} to the misted lowlands of {place2}; dragon roosts crown the peaks, and {place3} stands where three rivers meet.',
    politics:
      'A fractured council of houses rules in name while {villain} gathers the loyal and the frightened; the mage orders refuse to choose a side.',
    cultures:
      'Highland clans keep hearth-fires that never go out; lowland cities prize learning, bargains and song; every child learns a dragon-name.',
    economy:
      'Dragon-glass, spell-ink and river trade keep the cities rich; the war has closed the mountain passes and emptied the markets.',
    history:
      'A thousand years ago the Binding War ended with {elementA} sealed away; the treaty that followed has begun to fail.',
    power:
      'Power flows through {elements}: every spell draws on a living bond and leaves a mark on the one who casts it.',
    languages:
      'Common tongue for trade, Old Aethric for spells and oaths, and the dragon speech that few humans have ever heard.',
    religions:
      'The Ember Faith honours the first flame; hill shrines keep older, quieter gods who ask for no worship at all.',
    uniqueElements: [
      'Dragon-glass that remembers what it has seen',
      "Spell-scars that map a mage's life",
      'Rivers that run uphill at midsummer',
      'Libraries guarded by oath-bound ghosts',
    ],
  },
  author: {
    styles: ['Lush, immersive prose with brisk battle scenes', 'Lyrical and mythic, with sharp dialogue'],
    backgrounds: ['a former medieval historian', 'a game designer who grew up on myths and maps'],
  },
};
