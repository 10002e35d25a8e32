// A character placed in two places in one scene with no journey between them.
import type { ContinuityFinding, StateChange } from '../../../protocol/story-state.ts';
import { type SceneContext, sentenceAbout } from '../rule.ts';

export function characterInTwoPlaces(context: SceneContext): ContinuityFinding[] {
  const findings: ContinuityFinding[] = [];
  const ids = [...new Set(context.change.present.map((entry) => entry.character_id))];
  for (const id of ids) {
    const entries = context.change.present.filter((entry) => entry.character_id === id);
    const journeys = reachable(context.change, id);
    // The first entry in each group of places joined by journeys; two groups mean two places at once.
    const groups = new Map<string, (typeof entries)[number]>();
    for (const entry of entries) {
      const group = journeys.groupOf(placeKey(entry.place));
      if (!groups.has(group)) groups.set(group, entry);
    }
    if (groups.size < 2) continue;
    const [first, second] = [...groups.values()] as [(typeof entries)[number], (typeof entries)[number]];
    const name = context.cast.nameOf(id);
    const sentence = sentenceAbout(context, second.evidence, id);
    findings.push({
      scene_id: context.scene.id,
      rule: 'CHARACTER_IN_TWO_PLACES',
      message: `${name} is at ${first.place} and at ${second.place} in this scene, with no journey between them.`,
      evidence: {
        state: [first, second].map((entry) => ({
          scene_id: context.scene.id,
          entry: `${name} is at ${entry.place}`,
          sentence: sentenceAbout(context, entry.evidence, id),
        })),
        sentence,
      },
    });
  }
  return findings;
}

/** Places joined by the character's journeys in the scene, as groups (a union–find over place names). */
function reachable(change: StateChange, id: string) {
  const parent = new Map<string, string>();
  const root = (place: string): string => {
    let current = place;
    for (let next = parent.get(current); next !== undefined && next !== current; next = parent.get(current)) {
      current = next;
    }
    return current;
  };
  for (const move of change.moves) {
    if (move.character_id !== id) continue;
    const a = root(placeKey(move.from));
    const b = root(placeKey(move.to));
    if (a !== b) parent.set(a, b);
  }
  return { groupOf: root };
}

function placeKey(place: string): string {
  return place
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
