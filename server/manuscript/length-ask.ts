// How long the writer asked the book to be: a number of chapters, a length in words, or words per chapter.
import { NUMBER_WORDS, wordPattern } from '../text/numbers.ts';

export interface LengthAsk {
  chapters?: number;
  /** The whole book's length in words. */
  words?: number;
  /** Each chapter's length in words ("3 chapters of about 1,500 words"). */
  chapterWords?: number;
}

/** The most chapters an outline may have. */
export const MAX_CHAPTERS = 60;

function numberOf(raw: string, thousands?: string): number | undefined {
  const word = NUMBER_WORDS[raw.toLowerCase()];
  const value = word ?? Number(raw.replaceAll(',', '').replaceAll(' ', ''));
  if (!Number.isFinite(value) || value <= 0) return undefined;
  return thousands ? Math.round(value * 1000) : value;
}

const NUMBER = `(\\d[\\d,]*(?:\\.\\d+)?|${wordPattern(NUMBER_WORDS)})`;
const CHAPTERS = new RegExp(String.raw`\b${NUMBER}[\s-]+chapters?\b`, 'i');
const WORDS = new RegExp(String.raw`\b${NUMBER}\s*(k|thousand)?[\s-]*words?\b`, 'gi');

/** Reads "in 12 chapters", "about 60,000 words", "3 chapters of about 1,500 words", "a 60k-word novel". */
export function readLengthAsk(text: string): LengthAsk {
  const ask: LengthAsk = {};
  const chapters = CHAPTERS.exec(text);
  if (chapters?.[1]) {
    const count = numberOf(chapters[1]);
    if (count !== undefined) ask.chapters = Math.min(Math.round(count), MAX_CHAPTERS);
  }
  for (const match of text.matchAll(WORDS)) {
    const words = match[1] ? numberOf(match[1], match[2]) : undefined;
    if (words === undefined || words < 100) continue;
    // "chapters of about 1,500 words" / "1,500 words each" / "per chapter" measure a chapter, not the book.
    const before = text.slice(Math.max(0, (match.index ?? 0) - 30), match.index);
    const after = text.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + match[0].length + 20);
    const perChapter =
      /chapters?\s+of\s+(about|around|roughly|some|~)?\s*$/i.test(before) ||
      /^\s*(each|per chapter|a chapter)/i.test(after);
    if (perChapter) ask.chapterWords = Math.round(words);
    else ask.words ??= Math.round(words);
  }
  return ask;
}

/**
 * Word targets for each scene of each chapter, adding up exactly to `total`: shared between chapters
 * evenly, and within a chapter between its scenes in proportion to `weights` (the targets proposed).
 */
export function distributeWords(chapters: readonly number[][], total: number): number[][] {
  const perChapter = splitEvenly(total, chapters.length);
  return chapters.map((weights, index) => splitByWeight(perChapter[index] ?? 0, weights));
}

function splitEvenly(total: number, parts: number): number[] {
  const base = Math.floor(total / parts);
  return Array.from({ length: parts }, (_, index) => base + (index < total - base * parts ? 1 : 0));
}

function splitByWeight(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + Math.max(b, 1), 0);
  const shares = weights.map((weight) => Math.floor((total * Math.max(weight, 1)) / sum));
  let left = total - shares.reduce((a, b) => a + b, 0);
  for (let index = 0; left > 0; index = (index + 1) % shares.length, left -= 1)
    shares[index] = (shares[index] ?? 0) + 1;
  return shares;
}
