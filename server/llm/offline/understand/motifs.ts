// Pulls the writer's own motifs out of a request ("with dragons and magic" → dragons, magic) so the story uses them.
import { listInProse, singular, titleCase } from '../prose/wording.ts';
import { RELATIVES, VERB_WORDS } from './premise-words.ts';

const INTRODUCERS =
  /\b(?:with|about|featuring|involving|where|in which|full of|centered on|centred on|around|starring)\s+([^.!?;:\n]+)/gi;
/** Words that ask for a kind of artifact, or name a role, rather than naming something in the story. */
const META =
  /\b(world|worlds|worldbuilding|setting|characters?|cast|author|pen name|plot|story|novel|book|outline|persona|protagonists?|antagonists?|villains?|heroe?s?|main|title)\b/i;
/** Quantities the story does not need; articles stay, so "a talking cat" reads right wherever it goes. */
const LEADING = /^(?:some|its|their|lots of|plenty of|many|lot of)\s+/i;
/** Where a motif phrase stops: "dragons set in the north" → "dragons". */
const TRAILING = /\s+(?:set|in it|too|as well)\b.*$/i;

/** A motif as a noun phrase, lower case, or undefined when the words are no motif. */
function cleanMotif(raw: string): string | undefined {
  let motif = raw.trim().replace(/\s+/g, ' ');
  while (LEADING.test(motif)) motif = motif.replace(LEADING, '');
  motif = motif.replace(TRAILING, '').trim();
  if (motif.replace(/^(?:a|an|the)\s+/i, '').length < 3 || motif.split(' ').length > 6) return undefined;
  if (META.test(motif) || /^(?:a|an|the)$/i.test(motif) || /["“”]/.test(motif)) return undefined;
  return motif.toLowerCase();
}

export function extractMotifs(text: string): string[] {
  const motifs: string[] = [];
  for (const match of text.matchAll(INTRODUCERS)) {
    const phrase = match[1] ?? '';
    for (const raw of phrase.split(/,|\band\b|\bplus\b|&/i)) {
      // "magic make the dragons the narrators": a verb ends the noun phrase, and the list with it.
      const words = raw.trim().split(/\s+/);
      const verb = words.findIndex((w) => VERB_WORDS.has(w.toLowerCase()) || RELATIVES.test(w));
      const motif = cleanMotif((verb < 0 ? words : words.slice(0, verb)).join(' '));
      if (motif && !motifs.includes(motif)) motifs.push(motif);
      if (verb >= 0) break;
    }
  }
  return motifs.slice(0, 3);
}

/** The noun a phrase is about: "a talking cat" → "cat", "murder at a seaside hotel" → "murder". */
function headNoun(motif: string): string {
  const head =
    motif.split(/\s+(?:in|of|on|at|with|from|under|beyond|that|who|which|older|than)\s+/i)[0] ?? motif;
  return head.split(/\s+/).at(-1) ?? head;
}

/** "dragons" and "the old dragons" are plural; "magic", "a talking cat" and "glass" are not. */
export function isPlural(motif: string): boolean {
  if (/^(?:a|an|one|this|that)\s/i.test(motif)) return false;
  return singular(headNoun(motif)) !== headNoun(motif);
}

/** The noun a title can carry: "dragons" → "Dragon", "a murder in a lighthouse" → "Murder". */
export function titleNoun(motif: string): string {
  return titleCase(singular(headNoun(motif)));
}

/** Slots for templates: {elements}, {elementA}, {elementB} and the words that agree with each. */
export function motifSlots(motifs: string[]): Record<string, string> {
  const slots: Record<string, string> = { elements: listInProse(motifs) };
  const a = motifs[0] ?? 'an old secret';
  const b = motifs[1] ?? motifs[0] ?? 'an old secret';
  for (const [key, motif] of [
    ['elementA', a],
    ['elementB', b],
  ] as const) {
    const plural = isPlural(motif);
    slots[key] = motif;
    slots[`${key}S`] = plural ? '' : 's';
    slots[`${key}Is`] = plural ? 'are' : 'is';
    slots[`${key}Has`] = plural ? 'have' : 'has';
    slots[`${key}It`] = plural ? 'them' : 'it';
  }
  return slots;
}
