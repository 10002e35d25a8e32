// The plain sentence shapes the offline observer reads: "Tomas died", "Mara handed the key to Kael", …
import type { Cast } from './cast.ts';
import { escapeRegExp } from './text.ts';
import { DEEDS, SPEECH } from './verbs.ts';

const ARTICLE = '(?:(?:the|a|an|his|her|their|its|my|our)\\s+)';
/** An item or place: up to five words, ending before a preposition, a conjunction or punctuation. */
const THING = "([\\p{L}\\p{M}'’-]+(?:\\s+[\\p{L}\\p{M}'’-]+){0,4}?)";
const END =
  '(?=\\s+(?:in|into|on|at|and|by|from|with|to|under|over|near|beside|behind|while|as|back)\\b|\\s*[.,;:!?]|\\s*$)';
const FACT = '(.+?)\\s*[.!?]?\\s*$';

export type Cue =
  | { kind: 'dies' | 'injured'; who: string }
  | { kind: 'speaks' | 'acts'; who: string }
  | { kind: 'gives'; who: string; item: string; to: string }
  | { kind: 'loses' | 'gains' | 'carries' | 'uses'; who: string; item: string }
  | { kind: 'learns'; who: string; fact: string; source: string }
  | { kind: 'acts_on'; who: string; fact: string }
  | { kind: 'moves'; who: string; from: string; to: string };

type Reader = { pattern: RegExp; read(groups: string[]): Cue | undefined };

/** Every cue in one sentence (quotes and memories already taken out), names resolved to cast ids. */
export function cuesIn(sentence: string, readers: readonly Reader[]): Cue[] {
  const cues: Cue[] = [];
  for (const { pattern, read } of readers) {
    for (const match of sentence.matchAll(pattern)) {
      const cue = read(match.slice(1).map((group) => group ?? ''));
      if (cue) cues.push(cue);
    }
  }
  return cues;
}

export function cueReaders(cast: Cast): Reader[] {
  const ids = new Map<string, string>();
  for (const member of cast.members) for (const name of cast.namesOf(member.id)) ids.set(name, member.id);
  const who = `(?<![\\p{L}\\p{M}])(${[...ids.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![\\p{L}\\p{M}])`;
  const id = (name: string) => ids.get(name) ?? '';
  const verbs = (list: string) => `(?:${list.split(' ').join('|')})`;
  const rule = (source: string, read: Reader['read']): Reader => ({
    pattern: new RegExp(source, 'gu'),
    read,
  });
  const adverb = '(?:\\p{Ll}+ly\\s+)?';
  return [
    rule(
      `${who}\\s+(?:died|dies|perished|perishes|was killed|is killed|was slain|is slain|lay dead|lies dead|fell dead|is dead|was dead)\\b`,
      ([w = '']) => ({ kind: 'dies', who: id(w) }),
    ),
    rule(`\\b${verbs('killed kills slew slays murdered murders')}\\s+${who}`, ([w = '']) => ({
      kind: 'dies',
      who: id(w),
    })),
    rule(`${who}\\s+(?:was|is)\\s+(?:badly\\s+)?(?:wounded|injured|hurt)\\b`, ([w = '']) => ({
      kind: 'injured',
      who: id(w),
    })),
    rule(
      `${who}\\s+${verbs('handed hands gave gives passed passes')}\\s+(?:over\\s+)?${ARTICLE}?${THING}${END}(?:\\s+back)?\\s+to\\s+${who}`,
      ([w = '', item = '', to = '']) => ({ kind: 'gives', who: id(w), item, to: id(to) }),
    ),
    rule(
      `${who}\\s+${verbs('handed hands gave gives passed passes')}\\s+${who}\\s+${ARTICLE}${THING}${END}`,
      ([w = '', to = '', item = '']) => ({ kind: 'gives', who: id(w), item, to: id(to) }),
    ),
    rule(
      `${who}\\s+${verbs('lost loses dropped drops')}\\s+${ARTICLE}${THING}${END}`,
      ([w = '', item = '']) => ({ kind: 'loses', who: id(w), item }),
    ),
    rule(
      `${who}\\s+(?:found|finds|picked up|picks up|took|takes|received|receives|pocketed|pockets|bought|buys)\\s+${ARTICLE}${THING}${END}`,
      ([w = '', item = '']) => ({ kind: 'gains', who: id(w), item }),
    ),
    rule(`${who}\\s+${verbs('carried carries')}\\s+${ARTICLE}${THING}${END}`, ([w = '', item = '']) => ({
      kind: 'carries',
      who: id(w),
      item,
    })),
    rule(
      `${who}\\s+${adverb}${verbs('drew draws used uses raised raises wielded wields swung swings opened opens lit lights fired fires read reads played plays')}\\s+${ARTICLE}${THING}${END}`,
      ([w = '', item = '']) => ({ kind: 'uses', who: id(w), item }),
    ),
    rule(
      `${who}\\s+${adverb}${verbs('unlocked unlocks opened opens')}\\s+[^.!?]*?\\bwith\\s+${ARTICLE}${THING}${END}`,
      ([w = '', item = '']) => ({ kind: 'uses', who: id(w), item }),
    ),
    rule(
      `${who}\\s+(?:learned|learns|learnt|discovered|discovers|realized|realizes|realised|realises|found out|finds out|heard|hears)\\s+that\\s+${FACT}`,
      ([w = '', fact = '']) => ({ kind: 'learns', who: id(w), fact, source: '' }),
    ),
    rule(
      `${who}\\s+${verbs('told tells warned warns')}\\s+${who}\\s+that\\s+${FACT}`,
      ([source = '', w = '', fact = '']) => ({ kind: 'learns', who: id(w), fact, source: id(source) }),
    ),
    rule(`${who},?\\s+knowing\\s+that\\s+([^,]+),`, ([w = '', fact = '']) => ({
      kind: 'acts_on',
      who: id(w),
      fact,
    })),
    rule(
      `${who}\\s+${verbs('travelled traveled rode walked went sailed fled ran marched flew drove')}\\s+from\\s+${THING}${END}\\s+to\\s+${THING}${END}`,
      ([w = '', from = '', to = '']) => ({ kind: 'moves', who: id(w), from, to }),
    ),
    rule(`${who}\\s+${adverb}${verbs(SPEECH.join(' '))}\\b`, ([w = '']) => ({ kind: 'speaks', who: id(w) })),
    rule(`\\b${verbs(SPEECH.join(' '))}\\s+${who}\\s*(?:[.,;!?]|$)`, ([w = '']) => ({
      kind: 'speaks',
      who: id(w),
    })),
    rule(`${who}\\s+${adverb}${verbs(DEEDS.join(' '))}\\b`, ([w = '']) => ({ kind: 'acts', who: id(w) })),
  ];
}
