// Reading scene prose for continuity: sentences, names as whole words, and the parts that are quoted or remembered.

/**
 * The scene's sentences, closing quotes kept with the sentence they end. A quote ending in ! or ? is
 * usually followed by who said it ("“Run!” Mara cried."), so it ends no sentence.
 */
export function sentencesOf(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?…]|[.…]["”’»])\s+(?=["“‘«(]?[\p{Lu}\p{N}])/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

/** A name as a whole word (JavaScript's `\b` knows no accented letters), with an optional possessive. */
export function namePattern(name: string, flags = 'u'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{M}])${escapeRegExp(name)}(?:['’]s)?(?![\\p{L}\\p{M}])`, flags);
}

/** An alternation of names for use inside a larger pattern, longest first so full names win. */
export function namesAlternation(names: readonly string[]): string {
  return [...new Set(names)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Lower case without accents: how two spellings are compared. */
export function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The sentence with quoted speech taken out: what a character says about someone is not that someone acting. */
export function outsideQuotes(sentence: string): string {
  return sentence.replace(/“[^”]*”|"[^"]*"|«[^»]*»/g, '…');
}

const MEMORY = [
  'remember',
  'remembered',
  'remembers',
  'recalled',
  'recalls',
  'memory',
  'memories',
  'dreamed',
  'dreamt',
  'imagined',
  'used to',
  'would have',
  'had once',
  'once had',
  'in the old days',
  'years ago',
  'once said',
  'once told',
  'gave his life',
  'gave her life',
  'gave their life',
  'gave their lives',
];
const MEMORY_PATTERN = new RegExp(`\\b(?:${MEMORY.join('|')})\\b`, 'i');

/** A sentence that looks back (a memory, a dream) says nothing about what happens now. */
export function looksBack(sentence: string): boolean {
  return MEMORY_PATTERN.test(sentence);
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i < rows; i++) {
    const row = d[i] as number[];
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      row[j] = best;
    }
  }
  return at(a.length, b.length);
}
