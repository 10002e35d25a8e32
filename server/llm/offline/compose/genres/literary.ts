// The default vocabulary: literary fiction about families, places and the choices that shape a life.
import type { GenreVocabulary } from './vocabulary.ts';

export const LITERARY: GenreVocabulary = {
  key: 'literary',
  label: 'Literary Fiction',
  keywords: ['literary', 'family saga', 'coming of age', 'drama', 'historical'],
  subgenres: ['Family saga', 'Coming of age', 'Contemporary literary fiction'],
  tones: ['Reflective and tender', 'Quietly intense', 'Bittersweet and luminous'],
  themes: ['Memory and forgiveness', 'The weight of family', 'Home and exile', 'Becoming who you are'],
  audiences: ['Adult readers of literary fiction', 'Book clubs'],
  defaultElements: ['a family secret', 'an unsent letter'],
  firstNames: {
    he: ['Daniel', 'Thomas', 'Samuel', 'Joseph', 'Martin', 'Paul'],
    she: ['Anna', 'Grace', 'Leah', 'Iris', 'Alice', 'Esther'],
    they: ['Jordan', 'Robin', 'Ari'],
  },
  surnames: [
    'Weller',
    'Morrow',
    'Lindgren',
    'Abbott',
    'Keane',
    'Rowe',
    'Calloway',
    'Finch',
    'Hartley',
    'Ames',
  ],
  villainEpithets: ['the patriarch', 'the brother who stayed', "the family's old friend"],
  realms: ['the town of Alder Point', 'Millbrook', 'the river town of Ferris Landing'],
  places: [
    'the family house',
    'the orchard',
    'the shuttered mill',
    'the river bridge',
    'the schoolhouse',
    'the hospital in the city',
  ],
  titles: [
    'The {E} We Kept',
    'Summers at {Place}',
    'What Remains of {Place}',
    'The Last Summer in {Realm}',
    'Before the River Turned',
    'All the Years in {Realm}',
  ],
  heroRoles: [
    'a daughter who comes home after twenty years away',
    'a schoolteacher at a crossroads',
    'a son who must decide what to forgive',
  ],
  villainRoles: [
    'a parent whose silence shaped the family',
    'a sibling who kept the secret to protect everyone',
  ],
  allyRoles: [
    'a childhood friend who never left town',
    'a younger cousin full of questions',
    'a neighbour who remembers the old days',
  ],
  mentorRoles: ['an aunt who writes letters no one answers', 'a retired teacher who saw everything'],
  rivalRoles: ['a sibling competing for the inheritance', 'a former love now married to someone else'],
  incitingIncidents: [
    'a funeral brings {hero} back to {place1}, where {elementA} {elementAHas} waited for years',
    'a letter about {elementA} reaches {hero}, and the family {heroHe} left behind must be faced',
  ],
  stakes: [
    'If {hero} cannot face the past, the family splits for good and the truth dies with {villainFirst}.',
    'Unless {heroFirst} forgives, the house and everything it meant will be lost.',
  ],
  acts: [
    [
      { name: 'Homecoming', description: '{hero} returns to {place1} for the first time in years.' },
      { name: 'Old Rooms', description: 'Memories surface, and with them the first hints of {elementB}.' },
      {
        name: 'The Letter',
        description: "{mentor} gives {heroFirst} letters that change the family's story.",
      },
      { name: 'Staying', description: "{heroFirst} decides to stay the summer, over {villain}'s objection." },
    ],
    [
      { name: 'Unearthing', description: '{heroFirst} and {ally} piece together what happened at {place2}.' },
      { name: 'Old Rivalries', description: '{rival} and {heroFirst} clash over the house and the truth.' },
      {
        name: 'The Confrontation',
        description: '{heroFirst} confronts {villain}; years of silence break at once.',
      },
      { name: 'Loss', description: 'An illness, a fire or a death forces the family together at {place3}.' },
    ],
    [
      {
        name: 'Understanding',
        description: '{heroFirst} sees {villainFirst} as someone who was once afraid too.',
      },
      { name: 'Letting Go', description: 'The family decides the fate of {place1} together.' },
      {
        name: 'Forgiveness',
        description: "{heroFirst} forgives, not for {villainFirst}'s sake but for {heroHis} own.",
      },
      {
        name: 'A New Season',
        description: '{heroFirst} leaves {place1} changed, carrying what {heroHe} learned into a new life.',
      },
    ],
  ],
  world: {
    types: ['Contemporary realist setting', 'Twentieth-century small town'],
    geography:
      '{realm} follows a slow river past {place1}, {place2} and {place3}; the city is two hours away and a world apart.',
    politics: 'Local politics are family politics: who owns what land, who married whom, who never forgave.',
    cultures: 'Church suppers, county fairs, long porches and longer silences.',
    economy: 'The mill closed a generation ago; farms, the school and the hospital keep the town alive.',
    history:
      'The flood of the old days shaped the town and the family; some of what it buried is still there.',
    power: 'Ordinary life: letters, photographs, old recordings and the stories people choose to tell.',
    languages: 'English shaped by the region, and the private language every family invents.',
    religions: 'A white church on the hill and a quiet faith tested by loss.',
    uniqueElements: [
      'A box of letters never sent',
      'A tree planted for every child born in the family',
      'A photograph with one face cut out',
    ],
  },
  author: {
    styles: [
      'Luminous, precise prose attentive to memory and place',
      'Quiet, observant and emotionally exact',
    ],
    backgrounds: ['a former journalist', 'a teacher who writes at dawn'],
  },
};
