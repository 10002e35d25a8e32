// A character who died earlier speaks, acts or takes part again, outside a flashback.
import type { ContinuityFinding } from '../../../protocol/story-state.ts';
import { type SceneContext, sentenceAbout } from '../rule.ts';
import { escapeRegExp, looksBack, outsideQuotes } from '../text.ts';
import { DEEDS, SPEECH } from '../verbs.ts';

const SPEECH_SET = new Set(SPEECH);
const VERBS = [...SPEECH, ...DEEDS].join('|');

type Appearance = { kind: 'speaks' | 'acts' | 'is present' | 'alive'; sentence: string; inText: boolean };

export function deadCharacterActs(context: SceneContext): ContinuityFinding[] {
  if (context.change.flashback) return [];
  const findings: ContinuityFinding[] = [];
  for (const [id, character] of Object.entries(context.before.characters)) {
    if (character.status !== 'dead') continue;
    const appearance = appearanceOf(context, id);
    if (!appearance) continue;
    const name = context.cast.nameOf(id);
    const died = character.status_from;
    const where = died ? context.sceneName(died.scene_id) : 'an earlier scene';
    const doing = appearance.kind === 'alive' ? 'is alive again' : appearance.kind;
    findings.push({
      scene_id: context.scene.id,
      rule: 'DEAD_CHARACTER_ACTS',
      message: `${name} died in ${where} but ${doing} here, and this scene is not a flashback.`,
      evidence: {
        state: [
          ...(died ? [{ scene_id: died.scene_id, entry: `${name} is dead`, sentence: died.evidence }] : []),
          {
            scene_id: context.scene.id,
            entry: `${name} ${doing}${appearance.inText ? ' (in the text)' : ''}`,
            sentence: appearance.sentence,
          },
        ],
        sentence: appearance.sentence,
      },
    });
  }
  return findings;
}

/** The strongest sign that the character takes part: a recorded action, the prose, presence, a status. */
function appearanceOf(context: SceneContext, id: string): Appearance | undefined {
  const action = context.change.actions.find((entry) => entry.character_id === id);
  if (action)
    return { kind: action.kind, sentence: sentenceAbout(context, action.evidence, id), inText: false };
  const cue = textCue(context, id);
  if (cue) return cue;
  const present = context.change.present.find((entry) => entry.character_id === id);
  if (present)
    return { kind: 'is present', sentence: sentenceAbout(context, present.evidence, id), inText: false };
  const status = context.change.status.find((entry) => entry.character_id === id && entry.status !== 'dead');
  if (status) return { kind: 'alive', sentence: sentenceAbout(context, status.evidence, id), inText: false };
  return undefined;
}

/** "Tomas said", "Tomas slowly drew", "…," said Tomas — outside quotes and outside memories. */
function textCue(context: SceneContext, id: string): Appearance | undefined {
  const names = context.cast.namesOf(id).map(escapeRegExp).join('|');
  if (!names) return undefined;
  const subject = new RegExp(
    `(?<![\\p{L}\\p{M}])(?:${names})\\s+(?:\\p{Ll}+ly\\s+)?(${VERBS})(?![\\p{L}\\p{M}])`,
    'u',
  );
  const attribution = new RegExp(`\\b(${SPEECH.join('|')})\\s+(?:${names})\\s*(?:[.,;!?]|$)`, 'u');
  for (const sentence of context.sentences) {
    const plain = outsideQuotes(sentence);
    if (looksBack(plain)) continue;
    const verb = subject.exec(plain)?.[1] ?? attribution.exec(plain)?.[1];
    if (verb) return { kind: SPEECH_SET.has(verb) ? 'speaks' : 'acts', sentence, inText: true };
  }
  return undefined;
}
