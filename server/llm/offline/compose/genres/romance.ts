// Romance vocabulary: two people, the obstacles between them, and a hard-won happy ending.
import type { GenreVocabulary } from './vocabulary.ts';

export const ROMANCE: GenreVocabulary = {
  key: 'romance',
  label: 'Romance',
  keywords: [
    'romance',
    'romantic',
    'love',
    'lovers',
    'wedding',
    'enemies to lovers',
    'second chance',
    'rom-com',
    'heart',
  ],
  subgenres: ['Contemporary romance', 'Romantic comedy', 'Second-chance romance', 'Enemies to lovers'],
  tones: ['Warm and witty', 'Tender and bittersweet', 'Sparkling and heartfelt'],
  themes: ['Learning to trust again', 'Home and belonging', 'Love versus ambition', 'Second chances'],
  audiences: ['Adult readers of contemporary romance', 'Readers who love slow-burn love stories'],
  defaultElements: ['a failing family inn', 'a summer festival'],
  firstNames: {
    he: ['Noah', 'Theo', 'Gabriel', 'Miles', 'Adrian', 'Luca'],
    she: ['Olivia', 'Ellie', 'Rosa', 'June', 'Hazel', 'Lucia'],
    they: ['Sam', 'Charlie', 'Riley'],
  },
  surnames: [
    'Hart',
    'Bennett',
    'Castillo',
    'Whitaker',
    'Moreau',
    'Sullivan',
    'Carlisle',
    'Delaney',
    'Rossi',
    'Hayes',
  ],
  villainEpithets: [
    'the ex who never let go',
    'the developer buying up the street',
    'the disapproving matriarch',
  ],
  realms: ['Port Juniper', 'the island of Saltwick', 'the town of Marigold Bay', 'Willow Creek'],
  places: [
    'the corner bakery',
    'the lighthouse café',
    'the vineyard on the hill',
    'the old bookshop',
    'the harbour festival',
    'the rooftop garden',
  ],
  titles: [
    'A Summer to Remember',
    'Love at {Place}',
    'Everything Between Us',
    'One Summer in {Realm}',
    'Meet Me at {Place}',
    'The Way Home to {Realm}',
  ],
  heroRoles: [
    'a pastry chef who swore off love after one bad year',
    'a wedding planner who no longer believes in weddings',
    'a city lawyer sent home to sell the family business',
  ],
  villainRoles: [
    'an ex who wants a second chance for the wrong reasons',
    'a developer who needs the lovers apart to close a deal',
  ],
  allyRoles: [
    'a best friend who runs the bar and all the gossip',
    'a younger sibling playing matchmaker',
    'a grandmother with a long memory and a longer list of opinions',
  ],
  mentorRoles: ['a widowed bookseller who knew true love once', "the town's retired matchmaker"],
  rivalRoles: [
    'the love interest: a rival who is infuriating, generous and impossible to ignore',
    'the love interest: an old flame who never really left',
  ],
  incitingIncidents: [
    '{hero} returns to {place1} and collides with {rival} over {elementA}',
    'a contest at {place1} forces {hero} and {rival} to work together, and {elementA} soon follow{elementAS}',
  ],
  stakes: [
    'If {hero} walks away again, {heroHe} lose{heroS} not only love but the only place that ever felt like home.',
    'Unless they trust each other, {villain} wins and {place1} closes for good.',
  ],
  acts: [
    [
      {
        name: 'Meet-Cute at {place1}',
        description: '{hero} and {rival} meet at {place1} and dislike each other at once.',
      },
      {
        name: 'Forced Together',
        description:
          'A deal, a bet or a broken-down car leaves them stuck with each other, and with {elementB}.',
      },
      { name: 'Sparks', description: 'A late night at {place2} reveals a softer side neither expected.' },
      { name: 'Friends Interfere', description: '{ally} sees what they will not admit and starts meddling.' },
    ],
    [
      {
        name: 'Falling',
        description: '{heroFirst} and {rivalFirst} stop pretending; the town notices before they do.',
      },
      {
        name: 'The Old Wound',
        description: '{mentor} tells {heroFirst} that the past only wins if you let it.',
      },
      {
        name: 'The Complication',
        description: '{villain} arrives with an offer that could pull them apart.',
      },
      {
        name: 'The Breakup',
        description: 'A secret comes out at {place3}; {heroFirst} leaves, certain it is for the best.',
      },
    ],
    [
      {
        name: 'Alone Again',
        description: 'Apart, both realise what they have lost and what they were afraid of.',
      },
      {
        name: 'The Grand Gesture',
        description: '{rivalFirst} risks everything in front of the whole town at {place3}.',
      },
      {
        name: 'Choosing Each Other',
        description: "{heroFirst} chooses love over fear, and {villainFirst}'s plan falls apart.",
      },
      {
        name: 'Happily Ever After',
        description:
          'A year later at {place1}, {heroFirst} and {rivalFirst} have built a life worth staying for.',
      },
    ],
  ],
  world: {
    types: ['Contemporary small town', 'Coastal resort town'],
    geography:
      '{realm} sits on a bright bay: {place1} on the main street, {place2} above the harbour, {place3} at the end of the pier.',
    politics:
      'A town council of retirees, shop owners and one stubborn mayor; every decision is argued over at the diner.',
    cultures:
      'Festivals for every season, Sunday markets, and a town that knows your business before you do.',
    economy:
      "Tourism in summer, fishing and small shops year-round; a developer's money tempts struggling owners.",
    history: 'Founded by two feuding families whose descendants still argue over the lighthouse.',
    power: 'Smartphones, group chats and the town noticeboard carry news faster than anyone would like.',
    languages: 'English with local slang, inside jokes and the shorthand of old friends.',
    religions: 'A white clapboard church, and a town-wide faith in second chances.',
    uniqueElements: [
      'A wishing wall where couples leave notes',
      'An annual festival that always ends in a proposal',
      'A bakery recipe no one has cracked',
    ],
  },
  author: {
    styles: ['Warm, witty prose with banter and heart', 'Emotional, intimate and slow-burning'],
    backgrounds: ['a former magazine editor', 'a pastry chef turned novelist'],
  },
};
