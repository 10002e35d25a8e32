// The story clock runs backwards in a scene that is not a flashback.
import type { ContinuityFinding, StoryClock } from '../../../protocol/story-state.ts';
import { describeClock, type SceneContext } from '../rule.ts';

export function clockRunsBackwards(context: SceneContext): ContinuityFinding[] {
  const clock = context.change.clock;
  if (context.change.flashback || !clock) return [];
  const previous = context.before.clock;
  const earlier = clock.step === 'earlier' || (previous !== null && isBefore(clock, previous));
  if (!earlier) return [];
  const sentence = clock.evidence || context.sentences[0] || '';
  const now = describeClock(clock);
  const message = previous
    ? `The clock goes back from ${describeClock(previous)} in ${context.sceneName(previous.scene_id)} to ${now}, and this scene is not a flashback.`
    : `The scene is set earlier than the one before it (${now}) but is not marked a flashback.`;
  return [
    {
      scene_id: context.scene.id,
      rule: 'CLOCK_RUNS_BACKWARDS',
      message,
      evidence: {
        state: [
          ...(previous
            ? [
                {
                  scene_id: previous.scene_id,
                  entry: `clock: ${describeClock(previous)}`,
                  sentence: previous.evidence,
                },
              ]
            : []),
          { scene_id: context.scene.id, entry: `clock: ${now}`, sentence },
        ],
        sentence,
      },
    },
  ];
}

/** Whether `clock` is strictly before `previous`; a missing minute compares by the day alone. */
function isBefore(clock: StoryClock, previous: StoryClock): boolean {
  if (clock.day === undefined || previous.day === undefined) return false;
  if (clock.day !== previous.day) return clock.day < previous.day;
  if (clock.minute === undefined || previous.minute === undefined) return false;
  return clock.minute < previous.minute;
}
