// Mystery vocabulary: a detective, a murder, clues and red herrings.
import type { GenreVocabulary } from './vocabulary.ts';

export const MYSTERY: GenreVocabulary = {
  key: 'mystery',
  label: 'Mystery',
  keywords: [
    'mystery',
    'detective',
    'murder',
    'whodunit',
    'clue',
    'sleuth',
    'investigat',
    'crime',
    'inspector',
    'killer',
    'noir',
    'cozy',
  ],
  subgenres: ['Whodunit', 'Police procedural', 'Cozy mystery', 'Noir'],
  tones: ['Atmospheric and suspenseful', 'Wry and puzzling', 'Brooding noir'],
  themes: [
    'Truth and its cost',
    'Secrets of a small community',
    'Justice versus the law',
    'Guilt that outlives the crime',
  ],
  audiences: ['Adult readers of classic whodunits', 'Readers of atmospheric crime fiction'],
  defaultElements: ['a missing heirloom', 'a stopped wristwatch'],
  firstNames: {
    he: ['Marcus', 'Julian', 'Simon', 'Edmund', 'Arthur', 'Felix', 'Hugh'],
    she: ['Evelyn', 'Nora', 'Harriet', 'Clara', 'Vera', 'Imogen', 'Agatha'],
    they: ['Frankie', 'Jude', 'Sidney'],
  },
  surnames: [
    'Blackwood',
    'Hargreave',
    'Quill',
    'Ashcombe',
    'Pembroke',
    'Greaves',
    'Lockhart',
    'Marlowe',
    'Fairfax',
    'Crane',
  ],
  villainEpithets: [
    'the last person anyone would suspect',
    'the most helpful of the suspects',
    'the one with the perfect alibi',
    'the grieving friend',
  ],
  realms: ['Ravenmoor', 'the town of Saltmarsh Cross', 'Whitcombe-on-Sea', 'Hollowbrook'],
  places: [
    'Blackwood Manor',
    'the old lighthouse',
    'the Crown and Anchor inn',
    'the locked library',
    "Saint Aldric's churchyard",
    'the railway hotel',
    'the tide mill',
  ],
  titles: [
    'Death at {Place}',
    'The {Realm} Murders',
    'A Body at {Place}',
    'Murder Comes to {Realm}',
    'The Secret of {Place}',
    'A Death in {Realm}',
  ],
  heroRoles: [
    'a retired detective inspector who cannot stop noticing things',
    'a young crime reporter with a photographic memory',
    'a village librarian with a gift for deduction',
    'a widowed former nurse who notices what the police overlook',
  ],
  villainRoles: [
    'a pillar of the community with a buried past',
    'a devoted relative who stands to inherit everything',
    'a trusted confidant who arranged the perfect alibi',
  ],
  allyRoles: [
    'a local constable out of {his} depth',
    "the victim's estranged sibling",
    'a housekeeper who sees everything and says little',
  ],
  mentorRoles: ['a former partner now running a bookshop', 'a forensic pathologist with a dry wit'],
  rivalRoles: [
    'an ambitious chief inspector who wants a quick arrest',
    'a rival reporter chasing the same story',
  ],
  incitingIncidents: [
    'a body is found at {place1} on the night of the storm, and the only clue points to {elementA}',
    'a murder at {place1} is staged as an accident, but {hero} notices the detail everyone missed: {elementA}',
  ],
  stakes: [
    'If {hero} cannot name the killer before the inquest closes, an innocent suspect hangs and the murderer walks free.',
    'Unless the truth comes out, {villain} will kill again to keep the secret of {place1}.',
  ],
  acts: [
    [
      {
        name: 'The Body at {place1}',
        description:
          'The victim is found at {place1}; the doors are locked and the suspects all have alibis.',
      },
      {
        name: 'The Detective Arrives',
        description: '{hero} is drawn into the case and notices the first clue, a detail tied to {elementA}.',
      },
      {
        name: 'A Room Full of Suspects',
        description: 'Every guest had a motive; {villain} is the most helpful of them all.',
      },
      {
        name: 'The First Lie',
        description: '{ally} catches a witness in a lie about the hour of the murder.',
      },
    ],
    [
      {
        name: 'A Red Herring',
        description: "Evidence points to {rival}'s favourite suspect, but the clue was planted.",
      },
      {
        name: 'The Second Death',
        description: 'A witness who knew too much is found dead at {place2}; the stakes rise.',
      },
      {
        name: 'The Hidden Ledger',
        description:
          '{heroFirst} uncovers an old scandal at {place3} that ties the victim to {villainFirst}.',
      },
      {
        name: 'The Detective Doubts',
        description:
          'The case collapses, and {mentor} reminds {heroFirst} that the smallest clue is often the truest.',
      },
    ],
    [
      {
        name: 'The Overlooked Clue',
        description: '{heroFirst} returns to the first clue and sees at last how the alibi was built.',
      },
      {
        name: 'The Gathering',
        description: 'All suspects are gathered at {place1}; the red herrings are cleared away one by one.',
      },
      {
        name: 'The Unmasking',
        description: '{hero} names {villain} as the murderer and proves it with {elementB}.',
      },
      {
        name: 'Justice and Its Cost',
        description:
          'The killer is taken away, and {heroFirst} is left to weigh what the truth has cost {realm}.',
      },
    ],
  ],
  world: {
    types: ['Contemporary English village', 'Interwar coastal town'],
    geography:
      '{realm} clings to a grey coast between {place1} on the cliff and {place2} by the harbour; fog rolls in with every tide, and the lanes all lead to {place3}.',
    politics:
      'The parish council, the old families and the local constabulary keep an uneasy peace; everyone owes someone a favour.',
    cultures:
      'Sunday lunches, church fêtes and gossip in the inn; outsiders are welcomed politely and watched closely.',
    economy:
      'Fishing, tourism and an old family fortune that half the town depends on and the other half resents.',
    history: 'A drowning forty years ago was ruled an accident; no one in {realm} has spoken of it since.',
    power:
      'Forensic science is young; cases are solved by observation, interviews, telegrams and train timetables.',
    languages:
      'English, thick with local dialect and the coded politeness of people who know each other too well.',
    religions: 'The parish church of Saint Aldric, and the quieter faith that secrets are best kept buried.',
    uniqueElements: [
      'A tide that cuts the town off twice a day',
      'A lighthouse logbook no one has read in years',
      'A village gossip network faster than the telegraph',
    ],
  },
  author: {
    styles: [
      'Clean, precise prose with fair-play clues and dry humour',
      'Atmospheric and patient, with sharp dialogue',
    ],
    backgrounds: ['a former barrister', 'a crossword setter and amateur historian'],
  },
};
