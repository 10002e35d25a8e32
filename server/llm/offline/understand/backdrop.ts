// Fits a genre's templates to where and when the story is set: no satellites in 1920s Shanghai, no parish on Mars.
import type { GenreVocabulary } from '../compose/genres/index.ts';
import { anachronisms, PERIOD_WORDING, type Period, periodSections, readPeriod } from './periods.ts';
import type { LandSections } from './settings.ts';

export interface Backdrop {
  period: Period | undefined;
  /** Words templates must not use here; a pool entry that still has one after rewording is dropped. */
  forbidden: RegExp | undefined;
  wording: [RegExp, string][];
  sections: LandSections;
  /** Unique elements the place itself offers, for when few of the genre's fit. */
  uniques: string[];
  /** A world type for when none of the genre's fit: "Historical: the Middle Ages". */
  type: string | undefined;
}

const OFF_WORLD_UNIQUES = [
  'A dome where the oldest settlers grow real trees',
  'Recycled air that smells faintly of everyone aboard',
  'A signal delay that turns every call home into a letter',
];

/** Where a genre template names a place of the old world, the words a colony or a ship uses instead. */
function offWorldWording(home: string): [RegExp, string][] {
  return [
    [/\bthe doors are locked\b/g, 'the airlocks are sealed'],
    [/\bEvery guest\b/g, 'Every crew member'],
    [/\bbefore the inquest closes\b/g, 'before the colony board closes the file'],
    [/\bvillage\b/g, home],
    [/\btown\b/g, home],
    [/\bparish\b/g, home],
  ];
}

const OFF_WORLD_MISFITS =
  /\b(?:tides?|lighthouse|telegra\w+|parish|churchyard|harbou?r|train timetables|fishing|tourism|hedgerows?|inn|rain|seaside|village green)\b/i;

export function readBackdrop(text: string): Backdrop {
  const period = readPeriod(text);
  const onColony = /\b(?:mars|martian|colony world|venus|titan|europa|exoplanet)\b/i.test(text);
  const aboard = /\b(?:space station|starship|spaceship|generation ship|orbital)\b/i.test(text);
  const offWorld = onColony || aboard;
  const misfits = [period && anachronisms(period), offWorld ? OFF_WORLD_MISFITS : undefined].filter(
    (p): p is RegExp => p !== undefined,
  );
  return {
    period,
    forbidden: misfits.length > 0 ? new RegExp(misfits.map((p) => p.source).join('|'), 'i') : undefined,
    wording: [
      ...(period ? PERIOD_WORDING : []),
      ...(offWorld ? offWorldWording(aboard ? 'station' : 'colony') : []),
    ],
    sections: period ? periodSections(period) : {},
    uniques: offWorld ? OFF_WORLD_UNIQUES : [],
    type: period ? `Historical: ${period.label}` : undefined,
  };
}

export function reword(text: string, backdrop: Backdrop): string {
  return backdrop.wording.reduce((out, [pattern, words]) => out.replace(pattern, words), text);
}

export function fitsBackdrop(text: string, backdrop: Backdrop): boolean {
  return !backdrop.forbidden?.test(text);
}

/** Reworded entries that fit; when none does, the reworded list, so no template runs dry. */
function fitting(pool: readonly string[], backdrop: Backdrop): string[] {
  const reworded = pool.map((entry) => reword(entry, backdrop));
  const fit = reworded.filter((entry) => fitsBackdrop(entry, backdrop));
  return fit.length > 0 ? fit : reworded;
}

/** Only entries that fit, topped up from the backdrop's own: a world can do without a lighthouse. */
function strict(pool: readonly string[], backdrop: Backdrop, own: string[]): string[] {
  const fit = pool.map((entry) => reword(entry, backdrop)).filter((entry) => fitsBackdrop(entry, backdrop));
  return fit.length >= 3 ? fit : [...fit, ...own];
}

/** A section text that fits, else the period's own text for it, else the reworded original. */
function section(text: string, fallback: string | undefined, backdrop: Backdrop): string {
  const reworded = reword(text, backdrop);
  return fitsBackdrop(reworded, backdrop) ? reworded : (fallback ?? reworded);
}

/** The genre with every template reworded, and what cannot be reworded left out, for this backdrop. */
export function adaptGenre(genre: GenreVocabulary, backdrop: Backdrop): GenreVocabulary {
  if (!backdrop.forbidden && backdrop.wording.length === 0) return genre;
  const list = (pool: readonly string[]) => fitting(pool, backdrop);
  const { world } = genre;
  const { sections } = backdrop;
  return {
    ...genre,
    subgenres: list(genre.subgenres),
    tones: list(genre.tones),
    themes: list(genre.themes),
    defaultElements: list(genre.defaultElements),
    villainEpithets: list(genre.villainEpithets),
    places: list(genre.places),
    heroRoles: list(genre.heroRoles),
    villainRoles: list(genre.villainRoles),
    allyRoles: list(genre.allyRoles),
    mentorRoles: list(genre.mentorRoles),
    rivalRoles: list(genre.rivalRoles),
    incitingIncidents: list(genre.incitingIncidents),
    stakes: list(genre.stakes),
    acts: genre.acts.map((beats) =>
      beats.map((beat) => ({
        name: reword(beat.name, backdrop),
        description: reword(beat.description, backdrop),
      })),
    ) as GenreVocabulary['acts'],
    world: {
      ...world,
      types: strict(world.types, backdrop, backdrop.type ? [backdrop.type] : []),
      geography: section(world.geography, undefined, backdrop),
      politics: sections.politics ?? section(world.politics, undefined, backdrop),
      cultures: section(world.cultures, sections.cultures, backdrop),
      economy: sections.economy ?? section(world.economy, undefined, backdrop),
      history: section(world.history, sections.history, backdrop),
      power: sections.power ?? section(world.power, undefined, backdrop),
      languages: section(world.languages, undefined, backdrop),
      religions: section(world.religions, sections.religions, backdrop),
      uniqueElements: strict(world.uniqueElements, backdrop, backdrop.uniques),
    },
  };
}
