// Small wording rules the composers share: filling {slots}, capitals, singulars, lists in prose.

export type Slots = Record<string, string>;

/**
 * Replaces every {name} with its slot; {Name} gives the slot `name` capitalised, for a pronoun that opens a
 * sentence. An unknown slot is left visible rather than silently dropped.
 */
export function fill(template: string, slots: Slots): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const exact = slots[name];
    if (exact !== undefined) return exact;
    const lower = slots[name.charAt(0).toLowerCase() + name.slice(1)];
    return lower === undefined ? whole : capitalize(lower);
  });
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function titleCase(text: string): string {
  return text
    .split(/\s+/)
    .map((word, i) => (i > 0 && /^(of|and|the|a|an|in|on|at|to)$/.test(word) ? word : capitalize(word)))
    .join(' ');
}

/** Good enough for motif nouns: dragons → dragon, mysteries → mystery; leaves "glass" and "magic" alone. */
export function singular(word: string): string {
  if (/ies$/i.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|us|is)$/i.test(word)) return word;
  if (/s$/i.test(word)) return word.slice(0, -1);
  return word;
}

/** "a", "a and b", "a, b and c". */
export function listInProse(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
