// What a revision asks for, as instructions the offline model knows how to carry out; none when it cannot tell.
import type { RevisedKind } from './context.ts';
import { readAudience } from './flavours.ts';
import { VERB_WORDS } from './premise-words.ts';
import { type Direction, readDirection, readNewName } from './revision-directions.ts';

export type { RevisedKind } from './context.ts';

export type Ending = 'happy' | 'tragic' | 'bittersweet' | 'open';
export type Style = 'lyrical' | 'spare' | 'funny' | 'dark' | 'distinctive';

export type Instruction =
  | { type: 'rename'; to: string; penName: boolean }
  | { type: 'tone'; darker: boolean }
  | { type: 'twist' }
  | { type: 'subplot' }
  | { type: 'ending'; ending: Ending }
  | { type: 'theme'; theme: string }
  | { type: 'audience'; audience: string }
  | { type: 'setting'; place: string }
  | { type: 'element'; element: string }
  | { type: 'magic-cost'; cost: string }
  | { type: 'person'; direction: Exclude<Direction, 'rename' | 'twist'> }
  | { type: 'style'; style: Style };

const ENDINGS: [Ending, RegExp][] = [
  [
    'happy',
    /\b(?:happy|happier|hopeful|uplifting|triumphant)\s+ending\b|\bending\b.*\b(?:happy|happier|hopeful)\b/i,
  ],
  [
    'tragic',
    /\b(?:tragic|sad|sadder|devastating|dark|darker|bleak)\s+ending\b|\bending\b.*\b(?:tragic|sad|dies)\b|\b(?:hero|protagonist) dies\b/i,
  ],
  ['bittersweet', /\bbittersweet\b/i],
  ['open', /\b(?:open|ambiguous|open-ended|unresolved)\s+ending\b|\bending\b.*\b(?:open|ambiguous)\b/i],
];

const STYLES: [Style, RegExp][] = [
  ['lyrical', /\b(?:lyrical|poetic|lush|ornate|richer)\b/i],
  ['spare', /\b(?:spare|sparer|minimal|minimalist|terse|leaner|plainer|simpler|punchier|tighter)\b/i],
  ['funny', /\b(?:funny|funnier|humou?r|humorous|witty|wittier|lighter|playful)\b/i],
  ['dark', /\b(?:dark|darker|grim|grimmer|bleak|bleaker|menacing|sinister)\b/i],
  ['distinctive', /\b(?:distinctive|unique|recogni[sz]able|original|voice|more interesting|deeper)\b/i],
];

const DARKER =
  /\b(?:dark|darker|grim|grimmer|bleak|bleaker|menacing|sinister|scarier|brutal|harsher|crueller|crueler)\b/i;
const LIGHTER =
  /\b(?:lighter|funnier|happier|hopeful|warmer|brighter|humou?r|cozier|cosier|gentler|kinder)\b/i;
const SUBPLOT =
  /\b(?:subplot|sub-plot|more complex|more complicated|deeper|more depth|more layered|richer plot)\b/i;

/** A noun phrase the writer gave, cut at the first verb: "a floating market", "grief". */
function nounPhrase(raw: string | undefined): string | undefined {
  const words = (raw ?? '')
    .trim()
    .replace(/[.!?]+$/, '')
    .split(/\s+/);
  const verb = words.findIndex((w) => VERB_WORDS.has(w.toLowerCase()));
  const phrase = (verb < 0 ? words : words.slice(0, verb)).join(' ').trim();
  return phrase.length >= 3 && phrase.split(/\s+/).length <= 8 ? phrase : undefined;
}

function plotInstructions(text: string): Instruction[] {
  const out: Instruction[] = [];
  const ending = ENDINGS.find(([, pattern]) => pattern.test(text))?.[0];
  if (ending) out.push({ type: 'ending', ending });
  else if (DARKER.test(text)) out.push({ type: 'tone', darker: true });
  else if (LIGHTER.test(text)) out.push({ type: 'tone', darker: false });
  if (/\b(?:twist|surprise|shock|reveal)\b/i.test(text)) out.push({ type: 'twist' });
  if (SUBPLOT.test(text)) out.push({ type: 'subplot' });
  const theme = nounPhrase(
    /\b(?:themes? (?:about|of)|explore(?:s)?(?: the theme of)?)\s+([a-z][^.,;!?]*)/i.exec(text)?.[1] ??
      /\badd\s+([a-z][^.,;!?]*?)\s+as a theme\b/i.exec(text)?.[1],
  );
  if (theme) out.push({ type: 'theme', theme });
  const audience = /\bfor\b|\baudience\b|\breaders\b/i.test(text) ? readAudience(text) : undefined;
  if (audience) out.push({ type: 'audience', audience });
  const place =
    /\b(?:set (?:it|the story|the plot|this)|move (?:it|the story|the plot)|relocate (?:it|the story))\s+(?:in|on|to|aboard|at)\s+([^.,;!?]+)/i.exec(
      text,
    )?.[1];
  if (place) out.push({ type: 'setting', place: place.trim() });
  return out;
}

function worldInstructions(text: string): Instruction[] {
  const out: Instruction[] = [];
  if (DARKER.test(text)) out.push({ type: 'tone', darker: true });
  else if (LIGHTER.test(text)) out.push({ type: 'tone', darker: false });
  const cost = nounPhrase(
    /\bmagic\s+(?:should\s+|must\s+|to\s+)?(?:cost|costs|require|requires|demand|demands)\s+([^.,;!?]+)/i.exec(
      text,
    )?.[1],
  );
  if (cost) out.push({ type: 'magic-cost', cost });
  const element = nounPhrase(
    /\b(?:add|include|give (?:the world|it|them)|there should be)\s+((?:an?|some|the)\s+[^.,;!?]+?)(?:\s+(?:to|in|into)\s+(?:the world|it|this world|[A-Z][\w'-]*))?\s*[.!]?$/i.exec(
      text.trim(),
    )?.[1],
  );
  if (element) out.push({ type: 'element', element });
  return out;
}

function personInstructions(text: string): Instruction[] {
  const direction = readDirection(text);
  if (direction === 'rename' || direction === 'twist') return [];
  if (
    direction === 'deepen' &&
    !/\b(?:deeper|depth|complex|interesting|flesh(?:ed)? out|nuanced|layered|rounder|fuller)\b/i.test(text)
  )
    return [];
  return [{ type: 'person', direction }];
}

function authorInstructions(text: string): Instruction[] {
  if (!/\b(?:style|voice|prose|writes?|writing)\b/i.test(text) && !DARKER.test(text) && !LIGHTER.test(text))
    return [];
  const style = STYLES.find(([, pattern]) => pattern.test(text))?.[0];
  return style ? [{ type: 'style', style }] : [];
}

/** Every instruction in the writer's words that the offline model can carry out on this kind of item. */
export function readInstructions(kind: RevisedKind, text: string): Instruction[] {
  const rename =
    /\b(?:rename|renamed|call (?:him|her|them|it)|new (?:name|title)|retitle|change (?:the |its |his |her |their )?(?:pen[- ]?name|name|title)|title it)\b/i.test(
      text,
    )
      ? readNewName(text)
      : undefined;
  const renames: Instruction[] = rename
    ? [{ type: 'rename', to: rename, penName: kind === 'authors' && /\bpen[- ]?name\b/i.test(text) }]
    : [];
  // What a rename's new name says is not a second instruction: "rename it to The Dark Tower".
  const rest = rename ? text.replace(rename, '') : text;
  const by: Record<RevisedKind, (t: string) => Instruction[]> = {
    plots: plotInstructions,
    worlds: worldInstructions,
    characters: personInstructions,
    authors: authorInstructions,
  };
  return [...renames, ...by[kind](rest)];
}

/** What the offline model can change, for a writer whose instruction it could not read. */
export const WHAT_I_CAN_CHANGE: Record<RevisedKind, string> = {
  plots:
    'rename it, make it darker or lighter, add a twist or a subplot, change the ending (happy, tragic, bittersweet or open), add a theme, set it somewhere else, or change who it is for',
  worlds: 'rename it, make it darker or lighter, add a place or thing to it, or say what its magic costs',
  characters:
    'rename them, make them more sympathetic, darker, lighter, older or younger, give them a secret or a backstory, or give them more depth',
  authors:
    'rename them or their pen name, or make their style lyrical, spare, funny, darker or more distinctive',
};
