// The shape of a genre's vocabulary: the words and story shapes the offline composers fill their templates with.

export type GenreKey =
  | 'fantasy'
  | 'science-fiction'
  | 'mystery'
  | 'romance'
  | 'horror'
  | 'thriller'
  | 'literary';

/** A named story beat; `{slot}` placeholders are filled from the story bible. */
export interface BeatTemplate {
  name: string;
  description: string;
}

/**
 * Templates may use: {hero} {heroFirst} {villain} {villainFirst} {ally} {allyFirst} {mentor}
 * {mentorFirst} {rival} {rivalFirst} {place1} {place2} {place3} {realm} {elements} {elementA} {elementB}.
 */
export interface GenreVocabulary {
  key: GenreKey;
  label: string;
  /** Words in a request that point to this genre. */
  keywords: string[];
  subgenres: string[];
  tones: string[];
  themes: string[];
  audiences: string[];
  /** Used when the request names no motifs of its own. */
  defaultElements: string[];
  firstNames: string[];
  surnames: string[];
  /** Epithets that follow the antagonist's name, e.g. "the Ash King". */
  villainEpithets: string[];
  realms: string[];
  places: string[];
  /** Title patterns; {E} is the first motif in title case, singular. */
  titles: string[];
  heroRoles: string[];
  villainRoles: string[];
  allyRoles: string[];
  mentorRoles: string[];
  rivalRoles: string[];
  /** What sets the story going, what is at stake, and the engine of the conflict. */
  incitingIncidents: string[];
  stakes: string[];
  acts: [BeatTemplate[], BeatTemplate[], BeatTemplate[]];
  world: {
    types: string[];
    geography: string;
    politics: string;
    cultures: string;
    economy: string;
    history: string;
    power: string;
    languages: string;
    religions: string;
    uniqueElements: string[];
  };
  author: { styles: string[]; backgrounds: string[] };
}
