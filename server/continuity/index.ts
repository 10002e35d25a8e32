// Continuity: the deterministic checker over a book's story state, and the observer that records that state.
export type { CastMember } from './cast.ts';
export { type ContinuityInput, checkContinuity } from './checker.ts';
export type { SceneInput } from './rule.ts';
