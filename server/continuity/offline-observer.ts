// The offline observer: a scene's state change from its plan and plain cues in its prose, with no model.
import {
  type StateChange,
  StateChange as StateChangeSchema,
  type StoryClock,
} from '../../protocol/story-state.ts';
import { type CastMember, castOf } from './cast.ts';
import { type Cue, cueReaders, cuesIn } from './observer-cues.ts';
import { looksBack, namePattern, outsideQuotes, sentencesOf } from './text.ts';

/** A scene as the outline plans it. */
export interface ScenePlan {
  scene_id: string;
  /** The ids of the characters in the scene. */
  cast: readonly string[];
  setting: string;
  /** What changes by the scene's end, as the outline says it. */
  changes?: string | readonly string[];
  flashback?: boolean;
  clock?: Partial<StoryClock>;
}

const FLASHBACK_OPENING =
  /^(?:(?:many|some|two|three|ten|twenty|\p{L}+)\s+)?(?:years|months|weeks|decades|summers|winters)\s+(?:earlier|before|ago)\b|^long\s+(?:ago|before)\b|^as\s+a\s+(?:boy|girl|child)\b/iu;
const ORDINALS = 'first second third fourth fifth sixth seventh eighth ninth tenth'.split(' ');

export function observeScene(plan: ScenePlan, text: string, members: readonly CastMember[]): StateChange {
  const cast = castOf(members);
  const readers = cueReaders(cast);
  const planned = typeof plan.changes === 'string' ? [plan.changes] : [...(plan.changes ?? [])];
  const prose = sentencesOf(text);
  // The prose is read first, so an entry's evidence is a sentence of the scene where there is one.
  const sentences = [...prose, ...planned.flatMap(sentencesOf)];
  const entries = new Map<string, { cue: Cue; evidence: string }>();
  for (const sentence of sentences) {
    const plain = outsideQuotes(sentence);
    if (looksBack(plain)) continue;
    for (const cue of cuesIn(plain, readers)) {
      if (!cue.who || ('to' in cue && !cue.to)) continue;
      const key = JSON.stringify(cue).toLowerCase();
      if (!entries.has(key)) entries.set(key, { cue, evidence: sentence });
    }
  }
  const mentions = (id: string) => {
    const names = cast.namesOf(id).map((name) => namePattern(name));
    return prose.find((sentence) => names.some((name) => name.test(sentence))) ?? '';
  };
  const found = [...entries.values()];
  const of = <K extends Cue['kind']>(...kinds: K[]) =>
    found.filter((entry): entry is { cue: Extract<Cue, { kind: K }>; evidence: string } =>
      (kinds as string[]).includes(entry.cue.kind),
    );
  return StateChangeSchema.parse({
    scene_id: plan.scene_id,
    flashback: plan.flashback ?? FLASHBACK_OPENING.test(prose[0] ?? ''),
    clock: plan.clock ?? clockFrom(prose),
    present: plan.cast.map((id) => ({ character_id: id, place: plan.setting, evidence: mentions(id) })),
    moves: of('moves').map(({ cue, evidence }) => ({
      character_id: cue.who,
      from: cue.from,
      to: cue.to,
      evidence,
    })),
    status: of('dies', 'injured').map(({ cue, evidence }) => ({
      character_id: cue.who,
      status: cue.kind === 'dies' ? 'dead' : 'injured',
      evidence,
    })),
    actions: of('speaks', 'acts').map(({ cue, evidence }) => ({
      character_id: cue.who,
      kind: cue.kind,
      evidence,
    })),
    items: of('carries', 'gains', 'loses', 'gives', 'uses').map(({ cue, evidence }) => ({
      character_id: cue.who,
      action: cue.kind,
      item: cue.item,
      ...(cue.kind === 'gives' ? { to_character_id: cue.to } : {}),
      evidence,
    })),
    knowledge: of('learns', 'acts_on').map(({ cue, evidence }) => ({
      character_id: cue.who,
      action: cue.kind,
      fact: cue.fact,
      source: cue.kind === 'learns' ? cue.source : '',
      evidence,
    })),
  });
}

/** "Day 3", "On the second day", "The next morning" in the scene's first sentence. */
function clockFrom(prose: readonly string[]): Partial<StoryClock> | undefined {
  const opening = prose[0] ?? '';
  const numbered = /\bday\s+(\d{1,5})\b/i.exec(opening)?.[1];
  const ordinal = /\bthe\s+(\p{L}+)\s+day\b/iu.exec(opening)?.[1]?.toLowerCase();
  const day = numbered ? Number(numbered) : ordinal ? ORDINALS.indexOf(ordinal) + 1 || undefined : undefined;
  if (day !== undefined) return { day, evidence: opening };
  if (/\b(?:the\s+next|the\s+following)\s+(?:morning|day|evening|night)\b|\blater\b/i.test(opening)) {
    return { step: 'later', evidence: opening };
  }
  return undefined;
}
