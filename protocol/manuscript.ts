// A book in reading order, as `GET /api/projects/:id/manuscript` answers it and every export reads it.
import { z } from 'zod';

const count = z.number().int().nonnegative();

export const ManuscriptScene = z.object({
  id: z.string().min(1),
  number: z.number().int().positive(),
  title: z.string(),
  /** Prose: paragraphs separated by blank lines, with Markdown emphasis (*italic*, **bold**). */
  text: z.string(),
  word_count: count,
  word_target: count,
});

export const ManuscriptChapter = z.object({
  number: z.number().int().positive(),
  title: z.string(),
  word_count: count,
  word_target: count,
  scenes: z.array(ManuscriptScene),
});

export const Manuscript = z.object({
  title: z.string().trim().min(1),
  /** The author persona's name; empty when the project has none. */
  author: z.string(),
  word_count: count,
  word_target: count,
  chapters: z.array(ManuscriptChapter),
});

export type ManuscriptScene = z.infer<typeof ManuscriptScene>;
export type ManuscriptChapter = z.infer<typeof ManuscriptChapter>;
export type Manuscript = z.infer<typeof Manuscript>;

/**
 * A word: letters, marks and digits, joined inside it by an apostrophe or hyphen ("don't", "well-known")
 * or by a point or comma between digits ("1,500", "3.14"). Scripts written without spaces (Han, Hiragana,
 * Katakana) count one word a character, as word processors count them.
 */
const SPACELESS = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}`;
const LETTERS = String.raw`[[\p{L}\p{M}\p{N}]--[${SPACELESS}]]+`;
const JOINER = String.raw`(?:['’\-‐]|(?<=\p{N})[.,](?=\p{N}))`;
// Built from a string: TypeScript's target predates the `v` flag that Node's V8 supports.
const WORD = new RegExp(`[${SPACELESS}]|${LETTERS}(?:${JOINER}${LETTERS})*`, 'gv');

/**
 * The number of words in a text, the one count used for scenes, chapters, books and their targets.
 * Punctuation, Markdown emphasis and dashes are not words; an em dash between two words parts them.
 */
export function countWords(text: string): number {
  let words = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) words += 1;
  return words;
}
