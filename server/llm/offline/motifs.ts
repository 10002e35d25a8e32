// Pulls the writer's own motifs out of a request ("with dragons and magic" → dragons, magic) so the story uses them.
import { singular, titleCase } from './wording.ts';

const INTRODUCERS =
  /\b(?:with|about|featuring|involving|where|in which|full of|centered on|centred on|around|starring)\s+([^.!?;:]+)/gi;
/** Words that ask for a kind of artifact rather than naming something in the story. */
const META =
  /\b(world|worlds|worldbuilding|setting|characters?|cast|author|pen name|plot|story|novel|book|outline|persona|protagonists?|main)\b/i;
const LEADING = /^(?:a|an|the|some|its|their|lots of|plenty of|many|lot of)\s+/i;

export function extractMotifs(text: string): string[] {
  const motifs: string[] = [];
  for (const match of text.matchAll(INTRODUCERS)) {
    const phrase = match[1] ?? '';
    for (const raw of phrase.split(/,|\band\b|\bplus\b|&/i)) {
      let motif = raw.trim().replace(/\s+/g, ' ');
      while (LEADING.test(motif)) motif = motif.replace(LEADING, '');
      motif = motif.replace(/\s+(?:in it|too|as well)$/i, '').trim();
      if (motif.length < 3 || motif.split(' ').length > 6 || META.test(motif)) continue;
      if (!motifs.includes(motif.toLowerCase())) motifs.push(motif.toLowerCase());
    }
  }
  return motifs.slice(0, 3);
}

/** The noun a title can carry: "dragons" → "Dragon", "a murder in a lighthouse" → "Murder". */
export function titleNoun(motif: string): string {
  const head = motif.split(/\s+(?:in|of|on|at|with|from|under|beyond)\s+/i)[0] ?? motif;
  const words = head.split(/\s+/);
  return titleCase(singular(words.at(-1) ?? head));
}
