// Horror vocabulary: a haunting, a creeping dread and the things that should stay buried.
import type { GenreVocabulary } from './vocabulary.ts';

export const HORROR: GenreVocabulary = {
  key: 'horror',
  label: 'Horror',
  keywords: [
    'horror',
    'haunted',
    'ghost',
    'monster',
    'terror',
    'vampire',
    'zombie',
    'creepy',
    'curse',
    'demon',
    'eldritch',
    'scary',
  ],
  subgenres: ['Supernatural horror', 'Gothic horror', 'Folk horror', 'Cosmic horror'],
  tones: ['Creeping dread', 'Claustrophobic and grim', 'Eerie and melancholy'],
  themes: [
    'The past refuses to stay buried',
    'Grief made monstrous',
    'The horror of the familiar',
    'What we inherit',
  ],
  audiences: ['Adult readers of supernatural horror', 'Readers who love slow-burn dread'],
  defaultElements: ['a curse older than the town', 'whispers in the walls'],
  firstNames: {
    he: ['Elias', 'Silas', 'Jonah', 'Caleb', 'Abel', 'Ezekiel'],
    she: ['Mara', 'Agnes', 'Delia', 'Ruth', 'Leona', 'Constance'],
    they: ['Wren', 'Morgan', 'Ellis'],
  },
  surnames: [
    'Graves',
    'Holloway',
    'Crowe',
    'Mortlake',
    'Ashby',
    'Vane',
    'Blackthorn',
    'Harrow',
    'Sexton',
    'Wick',
  ],
  villainEpithets: ['the Thing Beneath', 'the Pale Lady', 'the founder who never died', 'the Hollow Man'],
  realms: ["Harrow's End", 'the village of Low Wickham', 'Blackwater Hollow', 'Cold Marsh'],
  places: [
    'Holloway House',
    'the flooded chapel',
    'the root cellar',
    'the abandoned sanatorium',
    'the bog road',
    'the bell tower',
    'the old well',
  ],
  titles: [
    'The Haunting of {Place}',
    'What Waits at {Place}',
    'The {E} Beneath {Realm}',
    'The Night Comes to {Realm}',
    'The Hollow {E}',
    'Below {Place}',
  ],
  heroRoles: [
    'a grieving widow who inherits a house no one will enter',
    'a skeptical paranormal debunker',
    'a night nurse who sees the patients no one else can',
  ],
  villainRoles: [
    'an entity bound to the land by an old bargain',
    'a charismatic preacher who feeds something in the dark',
  ],
  allyRoles: [
    "a local historian who knows the town's secrets",
    'a teenage outcast who hears the voices too',
    'a priest who has lost his faith',
  ],
  mentorRoles: ['a reclusive medium who survived the last haunting', 'an old caretaker who keeps the keys'],
  rivalRoles: [
    'a sheriff who wants the trouble kept quiet',
    'a relative who wants to sell the house at any cost',
  ],
  incitingIncidents: [
    '{hero} moves into {place1} and finds signs of {elementA} behind the walls, and something wakes',
    'a child vanishes near {place1}, and {hero} hears the name whispered in the dark',
  ],
  stakes: [
    'If {hero} cannot break the bargain, {villain} takes another soul from {realm}, and then another.',
    'Unless the truth of {place1} comes out, the haunting will claim {heroFirst} and everyone {heroHe} love{heroS}.',
  ],
  acts: [
    [
      {
        name: 'Arrival at {place1}',
        description: '{hero} arrives at {place1}; the locals will not meet {heroHis} eyes.',
      },
      {
        name: 'The First Sign',
        description: 'Scratching in the walls, cold spots and the first hint of {elementB}.',
      },
      { name: 'The Warning', description: '{mentor} warns {heroFirst} to leave before the first frost.' },
      {
        name: 'No Way Out',
        description: 'The road floods; {heroFirst} and {ally} are trapped with whatever lives in {place1}.',
      },
    ],
    [
      {
        name: 'Digging Up the Past',
        description: 'Records at {place2} reveal the bargain that bound {villain} to the town.',
      },
      { name: 'Possession', description: '{rival} begins to act strangely; {ally} is the first to notice.' },
      {
        name: 'The Sacrifice',
        description: '{mentorFirst} is taken in the night, leaving only a warning written in ash.',
      },
      {
        name: 'The Truth',
        description: '{heroFirst} learns that {heroHis} own family made the bargain.',
      },
    ],
    [
      { name: 'Into the Dark', description: '{heroFirst} descends into {place3} to face {villain}.' },
      {
        name: 'The Ritual',
        description: 'With {ally}, {heroFirst} performs the rite backwards to break the hold of {elementA}.',
      },
      {
        name: 'The Price',
        description: 'The bargain breaks, but not without a price paid in blood and memory.',
      },
      {
        name: 'Dawn, Maybe',
        description: 'Morning comes to {realm}; somewhere beneath the ground, something is patient.',
      },
    ],
  ],
  world: {
    types: ['Gothic rural town', 'Folk-horror countryside'],
    geography:
      '{realm} lies in a fog-bound valley: {place1} on the ridge, {place2} by the church, {place3} under the marsh where no one walks.',
    politics: 'Three old families run the town council and decide what gets forgotten.',
    cultures: 'Salt lines on thresholds, bells rung at dusk, harvest rites no one admits to believing in.',
    economy: 'Failing farms, a shuttered mill and the money of the families who never seem to suffer.',
    history: 'In a famine year the founders made a bargain with {villain}; every generation since has paid.',
    power:
      'The supernatural obeys old rules: names, thresholds, iron and salt. Phones lose signal past the bridge.',
    languages: 'English, with old charms in a dialect no one teaches any more.',
    religions: 'A half-empty church and the older worship of the things in the marsh.',
    uniqueElements: [
      'Bells that ring by themselves at midnight',
      'A map with a house that was never built',
      "Children's songs that are actually instructions",
    ],
  },
  author: {
    styles: ['Slow-burning, atmospheric prose with sudden shocks', 'Spare, unsettling and intimate'],
    backgrounds: ['a former night-shift nurse', 'a folklorist who collected ghost stories'],
  },
};
