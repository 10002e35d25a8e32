// The continuity checker: reads a book's scenes in order with their state changes, and flags contradictions.
import {
  applyChange,
  type ContinuityFinding,
  emptyStoryState,
  type StoryState,
} from '../../protocol/story-state.ts';
import { type CastMember, castOf } from './cast.ts';
import { type Learning, learningKey, type Rule, type SceneContext, type SceneInput } from './rule.ts';
import { clockRunsBackwards } from './rules/clock.ts';
import { deadCharacterActs } from './rules/dead-character.ts';
import { itemUsedAfterParted } from './rules/items.ts';
import { factUsedBeforeLearned } from './rules/knowledge.ts';
import { nameSpelledTwoWays } from './rules/name-spelling.ts';
import { characterInTwoPlaces } from './rules/two-places.ts';
import { sentencesOf } from './text.ts';

export interface ContinuityInput {
  cast: readonly CastMember[];
  /** The book's scenes in reading order. */
  scenes: readonly SceneInput[];
  /** Names that belong to the book without being characters (places, peoples, ships), never misspellings. */
  knownNames?: readonly string[];
}

/** The rules in the order their findings are listed for a scene. */
const RULES: readonly Rule[] = [
  deadCharacterActs,
  characterInTwoPlaces,
  clockRunsBackwards,
  itemUsedAfterParted,
  factUsedBeforeLearned,
  nameSpelledTwoWays,
];

/** Every finding of the book, scene by scene in reading order; no model is called. */
export function checkContinuity(input: ContinuityInput): ContinuityFinding[] {
  const cast = castOf(input.cast);
  const labels = new Map(input.scenes.map((scene) => [scene.id, scene.label ?? scene.id]));
  const sceneName = (id: string) => `scene ${labels.get(id) ?? id}`;
  const learnings = learningsOf(input.scenes);
  const knownNames = knownNamesOf(input);
  const findings: ContinuityFinding[] = [];
  let state: StoryState = emptyStoryState();
  for (const scene of input.scenes) {
    const change = { ...scene.change, scene_id: scene.id };
    const context: SceneContext = {
      scene,
      change,
      before: state,
      cast,
      sentences: sentencesOf(scene.text),
      sceneName,
      learnings,
      knownNames,
    };
    for (const rule of RULES) findings.push(...rule(context));
    state = applyChange(state, change);
  }
  return findings;
}

function learningsOf(scenes: readonly SceneInput[]): Map<string, Learning> {
  const learnings = new Map<string, Learning>();
  for (const scene of scenes) {
    for (const entry of scene.change.knowledge) {
      if (entry.action !== 'learns') continue;
      const key = learningKey(entry.character_id, entry.fact);
      const flashback = scene.change.flashback;
      if (learnings.has(key) && !flashback) continue;
      if (learnings.get(key)?.flashback) continue;
      learnings.set(key, { scene_id: scene.id, evidence: entry.evidence, flashback });
    }
  }
  return learnings;
}

function knownNamesOf(input: ContinuityInput): Set<string> {
  const names: string[] = [...(input.knownNames ?? [])];
  for (const member of input.cast) names.push(member.name, ...(member.aliases ?? []));
  for (const scene of input.scenes) {
    if (scene.setting) names.push(scene.setting);
    names.push(...scene.change.present.map((entry) => entry.place));
    names.push(...scene.change.moves.flatMap((move) => [move.from, move.to]));
  }
  return new Set(names.flatMap((name) => name.split(/[\s,]+/)).map((word) => word.replace(/['’]s$/u, '')));
}
