// Composes a plot from the writer's request: genre, flavour, setting, motifs and cast woven into title, logline, acts.
import type { PlotInput } from '../../../../protocol/artifacts.ts';
import { createRandom } from '../../../random/seeded-random.ts';
import { capitalize, fill, titleCase } from '../prose/wording.ts';
import { adaptGenre, readBackdrop } from '../understand/backdrop.ts';
import { readExistingPlots, readNamesInUse, withoutExistingNote } from '../understand/existing-work.ts';
import { readAudience, readFlavour } from '../understand/flavours.ts';
import { extractMotifs, titleNoun } from '../understand/motifs.ts';
import { readPeriod } from '../understand/periods.ts';
import { definite, readPremise } from '../understand/premise.ts';
import { describeSetting, endsInKnownKind, settingFromRequest } from '../understand/settings.ts';
import { writeBibleLines } from './bible-lines.ts';
import { readBlend } from './genres/blend.ts';
import { detectGenre, type GenreVocabulary } from './genres/index.ts';
import { premiseLines } from './premise-lines.ts';
import {
  bibleSlots,
  createStoryBible,
  member,
  realmDescribed,
  realmName,
  type StoryBible,
} from './story-bible.ts';

export interface ComposedPlot {
  plot: PlotInput & { acts: NonNullable<PlotInput['acts']>; themes: string[] };
  genre: GenreVocabulary;
  bible: StoryBible;
}

const ACT_NAMES = ['Act I', 'Act II', 'Act III'] as const;
const ACT_PURPOSE = [
  'sets the story in motion',
  'raises the stakes until everything breaks',
  'brings every thread to its reckoning',
] as const;

/** How each act turns on the premise: {fact} is what the writer said happens. */
const PREMISE_TURNS = [
  '',
  'because {fact}, {hero} cannot turn back.',
  'in the end, {hero} must answer the question the story opened with: what it means that {fact}.',
] as const;

/** What the logline's hero must do, by genre: a mystery's sleuth does not know the killer yet. */
const QUEST: Record<string, string> = {
  mystery: 'must unmask a killer hiding in plain sight before the truth is buried for good',
  romance: 'must decide whether {rival} is worth risking {heroHis} heart for',
  horror: 'must uncover what {realm} has buried before it claims {heroHim} too',
  literary: 'must face the family {heroHe} left behind and the secret that drove {heroHim} away',
};
const DEFAULT_QUEST = 'must stand against {villain}, {epithet}, before it is too late';

/** Nouns too plain to carry a title on their own: "The Murder of Saltcombe" reads like a placeholder. */
const WEAK_TITLE_NOUNS = /^(Murder|Mystery|Death|Crime|Story|Love|Romance|Secret|Thing|Heirloom|Ticket)$/;

/** A place as a title carries it: "the old lighthouse" → "the Old Lighthouse". */
function asTitle(place: string): string {
  return titleCase(place).replace(/^(The|A|An) /, (article) => article.toLowerCase());
}

export function composePlot(request: string, task: string): ComposedPlot {
  const text = `${request}\n${task}`;
  // "A science fiction mystery": the mystery drives the shape, science fiction brings the place and motifs.
  const blend = readBlend(request);
  const baseGenre = blend?.primary ?? detectGenre(text);
  const flavour = readFlavour(request, baseGenre.key) ?? readFlavour(task, baseGenre.key);
  const existing = readExistingPlots(task);
  // The same request in a session that already holds plots must give a new story, yet stay reproducible.
  const seed = `${request}${existing.length > 0 ? `|after:${existing.join('|')}` : ''}`;
  const rng = createRandom(`plot|${baseGenre.key}|${seed}`);
  // The writer's premise leads: its lead is the hero, its place or object the centre, its conflict the engine.
  const premise = readPremise(request);
  const focus = premise?.focus;
  // "A generation ship whose AI…": a place the settings know becomes the realm itself.
  const focusIsRealm = focus?.place === true && endsInKnownKind(focus.phrase);
  const setting =
    settingFromRequest(request, rng) ??
    settingFromRequest(task, rng) ??
    (focusIsRealm && focus ? describeSetting(focus.phrase, rng) : undefined) ??
    (blend?.setting ? describeSetting(blend.setting, rng) : undefined);
  // Where and when it is set decides which of the genre's templates fit: no satellites in the 1920s.
  const backdrop = readBackdrop(`${request}\n${setting?.realm ?? ''} ${setting?.type ?? ''}`);
  const genre = adaptGenre(baseGenre, backdrop);
  // The task's note on the session's other plots names their titles, never this story's motifs.
  const ownTask = withoutExistingNote(task);
  const asked = extractMotifs(request).length > 0 ? extractMotifs(request) : extractMotifs(ownTask);
  // "about a lighthouse keeper" names the lead, not a motif.
  const requested = asked.filter((m) => !premise?.text.toLowerCase().includes(m));
  const motifs =
    requested.length > 0 ? requested : [...genre.defaultElements.slice(0, 1), ...(blend?.elements ?? [])];
  const central = focus && !focusIsRealm ? [definite(focus.phrase).toLowerCase()] : [];
  const bible = createStoryBible(
    genre,
    seed,
    central.length > 0 ? [...central, ...requested] : motifs.length > 1 ? motifs : genre.defaultElements,
    {
      ...(setting ? { setting } : {}),
      ...(flavour ? { flavour } : {}),
      ...(premise?.lead ? { lead: premise.lead } : {}),
      namesInUse: readNamesInUse(task),
    },
  );
  if (focus?.place && !focusIsRealm) bible.places[0] = definite(focus.phrase);
  const slots = bibleSlots(bible);
  const noun = titleNoun(bible.motifs[0] ?? 'secret');
  const patterns = (flavour?.titles ?? genre.titles).filter(
    (t) => !t.includes('{E}') || !WEAK_TITLE_NOUNS.test(noun),
  );
  const titleSlots = { E: noun, Place: asTitle(bible.places[0]), Realm: asTitle(realmName(bible.realm)) };
  const candidates = rng.sample(patterns, patterns.length).map((p) => capitalize(fill(p, titleSlots)));
  const hero = member(bible, 'protagonist');
  const lines = premise ? premiseLines(premise, hero) : undefined;
  if (lines?.title && !focusIsRealm) candidates.unshift(lines.title);
  const title = candidates.find((t) => !existing.includes(t)) ?? `${candidates[0] ?? 'Untitled'}, Again`;

  const villain = member(bible, 'antagonist');
  const incidentTemplate = rng.pick(genre.incitingIncidents);
  // Once a person has been named in full, the next sentence calls them by first name.
  const incidentAgain = fill(incidentTemplate, { ...slots, hero: hero.first, villain: villain.first });
  const stakes = fill(rng.pick(flavour?.stakes ?? genre.stakes), slots);
  const themes = rng.sample(flavour?.themes ?? genre.themes, 3);
  // Beat names are headings: "The Body at the Fish Market", not "the fish market".
  const nameSlots = {
    ...slots,
    place1: asTitle(bible.places[0]),
    place2: asTitle(bible.places[1]),
    place3: asTitle(bible.places[2]),
  };
  const acts = genre.acts.map((beats, i) => {
    const filled = beats.map((beat) => ({
      name: capitalize(fill(beat.name, nameSlots)),
      description: fill(beat.description, slots),
    }));
    // The premise is the first thing that happens, and what each act turns on after it.
    const opening = filled[0];
    if (lines && i === 0 && opening) {
      opening.description = lines.opening;
      if (lines.title) opening.name = lines.title;
    }
    const first = filled[0];
    const last = filled.at(-1);
    const turnTemplate = lines ? (PREMISE_TURNS[i] ?? '') : '';
    const turn = turnTemplate
      ? ` ${capitalize(fill(turnTemplate, { fact: lines?.fact ?? '', hero: hero.first }))}`
      : '';
    return {
      name: `${ACT_NAMES[i]}: ${first?.name ?? ''}`,
      summary: `This act ${ACT_PURPOSE[i]}, from "${first?.name}" to "${last?.name}".${turn} ${first?.description} ${last?.description}`,
      beats: filled,
    };
  });

  const quest = fill(QUEST[genre.key] ?? DEFAULT_QUEST, slots);
  const logline = lines
    ? `${lines.opening} Now ${hero.first} ${quest}.`
    : `${hero.name}, ${hero.calling}, ${quest}. It begins when ${incidentAgain}.`;
  const begins = lines ? lines.begins : `when ${incidentAgain}`;
  const motifLine =
    requested.length > 0
      ? ` ${capitalize(slots.elements ?? '')} run through it from the first page to the last.`
      : '';
  // The period is stated once, so the world and cast built on this plot keep to it too.
  const when = backdrop.period && !readPeriod(bible.realm) ? `, during ${backdrop.period.label}` : '';
  const summary = [
    `${title} is set ${realmDescribed(bible)}${when}. ${hero.name} is ${hero.calling}; ${villain.name}, ${bible.epithet}, is ${villain.calling}. It all begins ${begins}.`,
    acts.map((act) => act.beats.map((b) => b.description).join(' ')).join('\n\n'),
    `${stakes} At its heart, ${title} is a story about ${(themes[0] ?? 'courage').toLowerCase()}.${motifLine}`,
    writeBibleLines(bible),
  ].join('\n\n');

  return {
    genre,
    bible,
    plot: {
      title,
      logline,
      summary,
      genre: genre.label,
      subgenre: flavour?.subgenre ?? blend?.subgenre ?? rng.pick(genre.subgenres),
      tone: flavour?.tone ?? rng.pick(genre.tones),
      themes,
      target_audience: readAudience(request) ?? rng.pick(genre.audiences),
      acts,
    },
  };
}
