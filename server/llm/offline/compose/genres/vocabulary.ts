// The shape of a genre's vocabulary: the words and story shapes the offline composers fill their templates with.
import type { Pronoun } from '../../prose/gender.ts';

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
 * {mentorFirst} {rival} {rivalFirst} {place1} {place2} {place3} {realm} {elements} {elementA} {elementB},
 * and each person's pronouns: {heroHe} {heroHim} {heroHis} {heroHimself} {heroIs} {heroWas} {heroHas} and
 * {heroS} (the -s of a verb: "{heroHe} learn{heroS}"); a capital, {HeroHe}, opens a sentence.
 * Motifs are noun phrases as the writer wrote them ("dragons", "a talking cat"): never put an article before
 * {elements}, {elementA} or {elementB}.
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
  /** First names by the pronoun the character uses; roles that imply a gender draw from the matching list. */
  firstNames: Record<Pronoun, string[]>;
  surnames: string[];
  /** Epithets that follow the antagonist's name, e.g. "the Ash King"; one that implies a gender fits only it. */
  villainEpithets: string[];
  realms: string[];
  places: string[];
  /**
   * Title patterns. {E}: the first motif's head noun, singular, title case ("Dragon"); {Place}: the first place
   * in title case, article kept ("the Old Lighthouse"); {Realm}: the realm's proper name ("Saltcombe").
   */
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
