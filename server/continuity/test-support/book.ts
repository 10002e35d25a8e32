// Building fixture books for the continuity tests: one cast, scenes from text and a partial change.
import { type ObservedChange, StateChange, type StateChangeInput } from '../../../protocol/story-state.ts';
import type { CastMember } from '../cast.ts';
import type { ContinuityInput } from '../checker.ts';
import type { SceneInput } from '../rule.ts';

export const CAST: CastMember[] = [
  { id: 'mara', name: 'Mara Venn' },
  { id: 'tomas', name: 'Tomas Reyl' },
  { id: 'kael', name: 'Kaelen Dross' },
  { id: 'ilse', name: 'Ilse Marrow' },
  { id: 'oren', name: 'Oren Hale' },
  { id: 'zoe', name: 'Zoë Quill' },
  { id: 'bran', name: 'Brannoch', aliases: ['the Smith'] },
];

type ChangeInput = Partial<StateChangeInput>;

export function scene(id: string, text: string, change: Omit<ChangeInput, 'scene_id'> = {}): SceneInput {
  return { id, label: id, text, change: StateChange.parse({ scene_id: id, ...change }) };
}

export interface Fixture extends ContinuityInput {
  name: string;
  /** The findings the checker must give, exactly: scene, rule, message. */
  expected: Array<[string, string, string]>;
}

export function book(name: string, scenes: SceneInput[], expected: Fixture['expected'] = []): Fixture {
  return { name, cast: CAST, scenes, expected, knownNames: ['Greyhaven', 'Ashfall'] };
}

/** Shorthands for entries, so a fixture reads like the story it tells. */
export const at = (character_id: string, place: string, evidence = '') => ({ character_id, place, evidence });
export const dies = (character_id: string, evidence = '') => ({
  character_id,
  status: 'dead' as const,
  evidence,
});
export const says = (character_id: string, evidence = '') => ({
  character_id,
  kind: 'speaks' as const,
  evidence,
});
export const item = (
  character_id: string,
  action: ObservedChange['items'][number]['action'],
  name: string,
  evidence = '',
  to_character_id?: string,
) => ({ character_id, action, item: name, evidence, ...(to_character_id ? { to_character_id } : {}) });
export const learns = (character_id: string, fact: string, evidence = '', source = '') => ({
  character_id,
  fact,
  action: 'learns' as const,
  evidence,
  source,
});
export const actsOn = (character_id: string, fact: string, evidence = '') => ({
  character_id,
  fact,
  action: 'acts_on' as const,
  evidence,
});
