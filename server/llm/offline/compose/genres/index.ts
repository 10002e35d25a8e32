// Every genre the offline model knows, how a request picks one, and how a stored genre label finds its vocabulary.
import { FANTASY } from './fantasy.ts';
import { HORROR } from './horror.ts';
import { LITERARY } from './literary.ts';
import { MYSTERY } from './mystery.ts';
import { ROMANCE } from './romance.ts';
import { SCIENCE_FICTION } from './science-fiction.ts';
import { THRILLER } from './thriller.ts';
import type { GenreVocabulary } from './vocabulary.ts';

export type { BeatTemplate, GenreKey, GenreVocabulary } from './vocabulary.ts';

/** In priority order: an explicit genre word wins ties over a motif shared by several genres. */
export const GENRES: readonly GenreVocabulary[] = [
  MYSTERY,
  SCIENCE_FICTION,
  HORROR,
  ROMANCE,
  THRILLER,
  FANTASY,
  LITERARY,
];

/** The genre whose keywords the text mentions most; literary fiction when none. */
export function detectGenre(text: string): GenreVocabulary {
  const haystack = ` ${text.toLowerCase()} `;
  let best: GenreVocabulary = LITERARY;
  let bestScore = 0;
  for (const genre of GENRES) {
    let score = 0;
    for (const keyword of genre.keywords) if (haystack.includes(keyword)) score += 1;
    // Naming the genre itself ("a mystery", "sci-fi") outweighs any motif.
    if (haystack.includes(genre.label.toLowerCase()) || haystack.includes(genre.key)) score += 3;
    if (score > bestScore) {
      best = genre;
      bestScore = score;
    }
  }
  return best;
}

/** The vocabulary for a stored plot's genre, e.g. "Fantasy" or "Science Fiction"; undefined when unknown. */
export function genreByLabel(label: string): GenreVocabulary | undefined {
  const wanted = label.trim().toLowerCase();
  return (
    GENRES.find((g) => g.label.toLowerCase() === wanted || g.key === wanted) ??
    (wanted ? detectGenre(wanted) : undefined)
  );
}
