// Two genres in one request ("a science fiction mystery", "a romantic fantasy", "a horror western"): which leads.
import { FANTASY } from './fantasy.ts';
import { HORROR } from './horror.ts';
import { MYSTERY } from './mystery.ts';
import { ROMANCE } from './romance.ts';
import { SCIENCE_FICTION } from './science-fiction.ts';
import { THRILLER } from './thriller.ts';
import type { GenreVocabulary } from './vocabulary.ts';

interface GenreWord {
  match: RegExp;
  /** As it reads in front of another genre: "Science-fiction mystery", "Romantic fantasy". */
  adjective: string;
  /** Undefined for a genre the offline model has no story shapes for; it lends its setting only. */
  vocabulary: GenreVocabulary | undefined;
  /** Where its stories happen when the writer names no place. */
  setting?: string;
  /** What it brings to the other genre's story, as a motif the templates can carry. */
  motif: string;
}

const WORDS: GenreWord[] = [
  {
    match: /\b(?:science[- ]fiction|sci-?fi|scifi|space opera)\b/gi,
    adjective: 'Science-fiction',
    vocabulary: SCIENCE_FICTION,
    setting: 'a space station',
    motif: 'a derelict alien signal',
  },
  {
    match: /\b(?:mystery|mysteries|whodunit|murder mystery)\b/gi,
    adjective: 'Mystery',
    vocabulary: MYSTERY,
    motif: 'a locked-room murder',
  },
  {
    match: /\b(?:romance|romantic|love story)\b/gi,
    adjective: 'Romantic',
    vocabulary: ROMANCE,
    motif: 'a forbidden love',
  },
  { match: /\b(?:horror)\b/gi, adjective: 'Horror', vocabulary: HORROR, motif: 'a curse older than memory' },
  { match: /\b(?:thriller|spy)\b/gi, adjective: 'Thriller', vocabulary: THRILLER, motif: 'a stolen dossier' },
  {
    match: /\b(?:fantasy|fantastical)\b/gi,
    adjective: 'Fantasy',
    vocabulary: FANTASY,
    motif: 'forbidden magic',
  },
  {
    match: /\bwestern\b/gi,
    adjective: 'Western',
    vocabulary: undefined,
    setting: 'a frontier town',
    motif: 'a stolen gold shipment',
  },
];

/** What follows a genre word that names the kind of work: "fantasy novel", "mystery series". */
const WORK_NOUN = /^\s+(?:novel|novella|book|story|tale|saga|series|trilogy|epic)\b/i;

export interface GenreBlend {
  /** Drives the story's shape: the noun of "a science fiction mystery", the last genre named. */
  primary: GenreVocabulary;
  subgenre: string;
  /** A place the other genre brings, when the writer named none: "a space station", "a frontier town". */
  setting: string | undefined;
  /** The other genre's motifs, to mix with the primary's. */
  elements: string[];
}

/** The blend a request asks for; undefined when it names one genre or none. */
export function readBlend(text: string): GenreBlend | undefined {
  const found = WORDS.flatMap((word) =>
    [...text.matchAll(word.match)].map((m) => ({
      word,
      at: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
    })),
  ).sort((a, b) => a.at - b.at);
  const distinct = found.filter((f, i) => found.findIndex((g) => g.word === f.word) === i);
  if (distinct.length < 2) return undefined;
  // The genre that names the work leads ("a fantasy novel with a love story"); else the last one named.
  const namesTheWork = distinct.find(
    (f) => f.word.vocabulary !== undefined && WORK_NOUN.test(text.slice(f.end)),
  );
  const led = namesTheWork ?? [...distinct].reverse().find((f) => f.word.vocabulary !== undefined);
  const lastNamed = distinct.at(-1);
  if (!led?.word.vocabulary || !lastNamed) return undefined;
  const other = distinct.find((f) => f !== led && f !== undefined);
  if (!other) return undefined;
  const primary = led.word.vocabulary;
  // "a horror western": the western has no story shape here, so horror leads and the western names the kind.
  const subgenre =
    lastNamed === led
      ? `${other.word.adjective} ${primary.label.toLowerCase()}`
      : `${led.word.adjective} ${lastNamed.word.adjective.toLowerCase()}`;
  return {
    primary,
    subgenre,
    setting: other.word.setting,
    elements: [other.word.motif],
  };
}
