// Continuity: the deterministic checker over a book's story state, and the observer that records that state.
export type { CastMember } from './cast.ts';
export { type ContinuityInput, checkContinuity } from './checker.ts';
export {
  createObserverTool,
  OBSERVER_TOOL_DESCRIPTION,
  OBSERVER_TOOL_NAME,
  observerInputSchema,
  parseObservation,
} from './observer-tool.ts';
export { observeScene, type ScenePlan } from './offline-observer.ts';
export type { SceneInput } from './rule.ts';
