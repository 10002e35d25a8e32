// What every continuity rule is given for one scene, and what it returns.
import {
  type ContinuityFinding,
  factKey,
  type StateChange,
  type StoryState,
} from '../../protocol/story-state.ts';
import type { Cast } from './cast.ts';
import { namePattern } from './text.ts';

/** One scene in reading order, with the change the observer recorded for it. */
export interface SceneInput {
  id: string;
  /** How the writer reads the scene's place in the book ("3.2"); the id when absent. */
  label?: string;
  text: string;
  setting?: string;
  change: StateChange;
}

export interface SceneContext {
  scene: SceneInput;
  change: StateChange;
  /** The state when the scene begins. */
  before: StoryState;
  cast: Cast;
  sentences: string[];
  /** "scene 3.2" for a scene id of the book. */
  sceneName(sceneId: string): string;
  /**
   * Where each character first learns each fact anywhere in the book, keyed by `learningKey`; a learning
   * shown in a flashback is preferred, since it makes the fact known from the past, whenever it is told.
   */
  learnings: ReadonlyMap<string, Learning>;
  /** Names that belong to the book without being characters: places, peoples, things. */
  knownNames: ReadonlySet<string>;
}

export interface Learning {
  scene_id: string;
  evidence: string;
  flashback: boolean;
}

export const learningKey = (characterId: string, fact: string) => `${characterId}\u0000${factKey(fact)}`;

export type Rule = (context: SceneContext) => ContinuityFinding[];

/** The entry's own sentence, or else the first sentence of the scene that names the character. */
export function sentenceAbout(context: SceneContext, evidence: string, characterId: string): string {
  if (evidence) return evidence;
  const names = context.cast.namesOf(characterId).map((name) => namePattern(name));
  return context.sentences.find((sentence) => names.some((name) => name.test(sentence))) ?? '';
}

/** A clock as the writer reads it: "day 3, 18:05". */
export function describeClock(clock: { day?: number; minute?: number; label?: string }): string {
  const parts: string[] = [];
  if (clock.day !== undefined) parts.push(`day ${clock.day}`);
  if (clock.minute !== undefined) {
    const hours = String(Math.floor(clock.minute / 60)).padStart(2, '0');
    const minutes = String(clock.minute % 60).padStart(2, '0');
    parts.push(`${hours}:${minutes}`);
  }
  const time = parts.join(', ');
  if (clock.label) return time ? `${time} (${clock.label})` : clock.label;
  return time || 'an earlier time';
}
