// Reads the artifacts an agent put in the prompt context back into the story the offline model is continuing.

import { createRandom } from '../../../random/seeded-random.ts';
import { readStoryBible } from '../compose/bible-lines.ts';
import { detectGenre, type GenreVocabulary, genreByLabel } from '../compose/genres/index.ts';
import { createStoryBible, type StoryBible } from '../compose/story-bible.ts';
import { adaptGenre, readBackdrop } from './backdrop.ts';
import { readFlavour } from './flavours.ts';
import { extractMotifs } from './motifs.ts';
import { settingFromRequest } from './settings.ts';

export interface StoryContext {
  genre: GenreVocabulary;
  bible: StoryBible;
  /** The plot's title, when the context holds a plot. */
  title: string | undefined;
  plot: Record<string, unknown> | undefined;
  world: Record<string, unknown> | undefined;
}

export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

export function textField(record: Record<string, unknown> | undefined, key: string): string {
  const value = record?.[key];
  return typeof value === 'string' ? value : '';
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
  const plot = asRecord(context.plot);
  const world = asRecord(context.world);
  const title = textField(plot, 'title') || undefined;
  const told = `${textField(world, 'type')} ${textField(world, 'overview')} ${request} ${task}`;
  const baseGenre = genreByLabel(textField(plot, 'genre')) ?? detectGenre(told);
  // The plot's opening says where and when; its templates must keep to both.
  const genre = adaptGenre(
    baseGenre,
    readBackdrop(`${textField(plot, 'summary').split('\n')[0] ?? ''} ${told}`),
  );
  const requested = extractMotifs(request);
  const seed = title ?? (textField(world, 'name') || request);
  const fromPlot = plot ? readStoryBible(textField(plot, 'summary'), genre, seed) : undefined;
  const setting = settingFromRequest(request, createRandom(`setting|${seed}`));
  const flavour = readFlavour(request, genre.key);
  const bible =
    fromPlot ??
    createStoryBible(genre, seed, requested.length > 0 ? requested : genre.defaultElements, {
      ...(setting ? { setting } : {}),
      ...(flavour ? { flavour } : {}),
    });
  // A world renamed after the plot was written is the realm's name from then on.
  const worldName = textField(world, 'name');
  if (worldName && worldName.toLowerCase() !== bible.realm.replace(/^the /i, '').toLowerCase()) {
    bible.realm = worldName;
    bible.realmNote = undefined;
  }
  if (bible.motifs.length === 0) bible.motifs = requested.length > 0 ? requested : genre.defaultElements;
  return { genre, bible, title, plot, world };
}
