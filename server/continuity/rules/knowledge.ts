// A character acts on a fact before learning it.
import { type ContinuityFinding, characterIn, factKey } from '../../../protocol/story-state.ts';
import { learningKey, type SceneContext, sentenceAbout } from '../rule.ts';

export function factUsedBeforeLearned(context: SceneContext): ContinuityFinding[] {
  // A flashback shows the past: what a character did then says nothing about what they knew now.
  if (context.change.flashback) return [];
  const findings: ContinuityFinding[] = [];
  const learnedHere = new Set<string>();
  for (const entry of context.change.knowledge) {
    const key = learningKey(entry.character_id, entry.fact);
    if (entry.action === 'learns') {
      learnedHere.add(key);
      continue;
    }
    const known = characterIn(context.before, entry.character_id).knows[factKey(entry.fact)];
    const learning = context.learnings.get(key);
    if (known || learnedHere.has(key) || learning?.flashback) continue;
    const name = context.cast.nameOf(entry.character_id);
    const sentence = sentenceAbout(context, entry.evidence, entry.character_id);
    const later = learning ? ` ${name} only learns it in ${context.sceneName(learning.scene_id)}.` : '';
    findings.push({
      scene_id: context.scene.id,
      rule: 'FACT_USED_BEFORE_LEARNED',
      message: `${name} acts on “${entry.fact}” here before learning it.${later}`,
      evidence: {
        state: [
          { scene_id: context.scene.id, entry: `${name} acts on “${entry.fact}”`, sentence },
          ...(learning
            ? [
                {
                  scene_id: learning.scene_id,
                  entry: `${name} learns “${entry.fact}”`,
                  sentence: learning.evidence,
                },
              ]
            : []),
        ],
        sentence,
      },
    });
  }
  return findings;
}
