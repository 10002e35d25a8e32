// Reads the artifacts an agent put in the prompt context, with the protocol's schemas, into the story the offline model continues.
import { z } from 'zod';
import { AuthorInput, CharacterInput, PlotInput, WorldInput } from '../../../../protocol/artifacts.ts';

import { createRandom } from '../../../random/seeded-random.ts';
import { readStoryBible } from '../compose/bible-lines.ts';
import { detectGenre, type GenreVocabulary, genreByLabel } from '../compose/genres/index.ts';
import { createStoryBible, type StoryBible } from '../compose/story-bible.ts';
import { adaptGenre, readBackdrop } from './backdrop.ts';
import { readFlavour } from './flavours.ts';
import { extractMotifs } from './motifs.ts';
import { settingFromRequest } from './settings.ts';

/** What an item in the context carries besides its fields: every field may be missing from a summary. */
const Kept = { id: z.string().default(''), plot_id: z.string().nullable().optional() };

export const PlotInContext = PlotInput.partial().extend(Kept);
export const WorldInContext = WorldInput.partial().extend(Kept);
export const CharacterInContext = CharacterInput.partial().extend(Kept);
export const AuthorInContext = AuthorInput.partial().extend(Kept);
export type PlotInContext = z.infer<typeof PlotInContext>;
export type WorldInContext = z.infer<typeof WorldInContext>;
export type CharacterInContext = z.infer<typeof CharacterInContext>;
export type AuthorInContext = z.infer<typeof AuthorInContext>;

export type RevisedKind = 'plots' | 'worlds' | 'characters' | 'authors';

export interface InContextByKind {
  plots: PlotInContext;
  worlds: WorldInContext;
  characters: CharacterInContext;
  authors: AuthorInContext;
}

const SCHEMA_OF = {
  plots: PlotInContext,
  worlds: WorldInContext,
  characters: CharacterInContext,
  authors: AuthorInContext,
} as const;

/** One item of a kind, as the context holds it; undefined when it is not one. */
export function readItem<K extends RevisedKind>(kind: K, value: unknown): InContextByKind[K] | undefined {
  const parsed = SCHEMA_OF[kind].safeParse(value);
  return parsed.success ? (parsed.data as InContextByKind[K]) : undefined;
}

/** The context section of a specialist's prompt (see agents/workflow.ts), every key optional. */
const StepContext = z.object({
  plot: PlotInContext.optional().catch(undefined),
  world: WorldInContext.optional().catch(undefined),
  existing_characters: z
    .array(z.object({ name: z.string() }))
    .default([])
    .catch([]),
  target: z.unknown().optional(),
  candidates: z.array(z.unknown()).default([]).catch([]),
});
export type StepContext = z.infer<typeof StepContext>;

export function readStepContext(context: Record<string, unknown>): StepContext {
  return StepContext.parse(context);
}

/** Every item of a kind the context offers for revision: its target and its candidates. */
export function revisable<K extends RevisedKind>(kind: K, context: StepContext): InContextByKind[K][] {
  return [...context.candidates, context.target]
    .map((value) => readItem(kind, value))
    .filter((item): item is InContextByKind[K] => item !== undefined && item.id !== '');
}

export interface StoryContext {
  genre: GenreVocabulary;
  bible: StoryBible;
  /** The plot's title, when the context holds a plot. */
  title: string | undefined;
  plot: PlotInContext | undefined;
  world: WorldInContext | undefined;
}

/**
 * The genre and bible of the story in context: from the plot when there is one (its genre label and
 * the cast lines it ends with), else from the world's name, else fresh from the request.
 */
export function readStoryContext(
  context: Record<string, unknown>,
  request: string,
  task: string,
): StoryContext {
  const { plot, world } = readStepContext(context);
  const title = plot?.title || undefined;
  const told = `${world?.type ?? ''} ${world?.overview ?? ''} ${request} ${task}`;
  const baseGenre = genreByLabel(plot?.genre ?? '') ?? detectGenre(told);
  // The plot's opening says where and when; its templates must keep to both.
  const genre = adaptGenre(baseGenre, readBackdrop(`${plot?.summary?.split('\n')[0] ?? ''} ${told}`));
  const requested = extractMotifs(request);
  const seed = title ?? (world?.name || request);
  const fromPlot = plot ? readStoryBible(plot.summary ?? '', genre, seed) : undefined;
  const setting = settingFromRequest(request, createRandom(`setting|${seed}`));
  const flavour = readFlavour(request, genre.key);
  const bible =
    fromPlot ??
    createStoryBible(genre, seed, requested.length > 0 ? requested : genre.defaultElements, {
      ...(setting ? { setting } : {}),
      ...(flavour ? { flavour } : {}),
    });
  // A world renamed after the plot was written is the realm's name from then on.
  const worldName = world?.name ?? '';
  if (worldName && worldName.toLowerCase() !== bible.realm.replace(/^the /i, '').toLowerCase()) {
    bible.realm = worldName;
    bible.realmNote = undefined;
  }
  if (bible.motifs.length === 0) bible.motifs = requested.length > 0 ? requested : genre.defaultElements;
  return { genre, bible, title, plot, world };
}
