// An item used, given or lost again by a character who had already lost it or given it away.
import {
  applyChange,
  type ContinuityFinding,
  characterIn,
  itemKey,
  type PartedItem,
  type StoryState,
} from '../../../protocol/story-state.ts';
import { type SceneContext, sentenceAbout } from '../rule.ts';
import { escapeRegExp, looksBack, outsideQuotes } from '../text.ts';

const USE_VERBS = [
  ...(
    'drew draws used uses raised raises swung swings wielded wields brandished unlocked unlocks opened ' +
    'opens lit lights fired fires read reads wore wears played plays poured pours drank drinks showed shows'
  ).split(' '),
  'pulled out',
  'took out',
  'held up',
  'holds up',
].map((verb) => verb.replace(' ', '\\s+'));
const USE_WORDS: Record<string, string> = { gives: 'gives away', loses: 'loses', uses: 'uses' };

export function itemUsedAfterParted(context: SceneContext): ContinuityFinding[] {
  if (context.change.flashback) return [];
  const findings: ContinuityFinding[] = [];
  const flagged = new Set<string>();
  // Entries are read in story order, so an item handed back earlier in the scene may be used later in it.
  let state: StoryState = context.before;
  for (const entry of context.change.items) {
    const key = itemKey(entry.item);
    const parted = characterIn(state, entry.character_id).parted[key];
    const word = USE_WORDS[entry.action];
    if (parted && word) {
      flagged.add(`${entry.character_id}\u0000${key}`);
      const sentence = sentenceAbout(context, entry.evidence, entry.character_id);
      findings.push(finding(context, entry.character_id, parted, word, sentence, false));
    }
    state = applyChange(state, { ...emptyChange(context.scene.id), items: [entry] });
  }
  // The prose may use an item the observer did not record: "Mara drew the silver sword".
  for (const [id, character] of Object.entries(state.characters)) {
    for (const [key, parted] of Object.entries(character.parted)) {
      if (parted.scene_id === context.scene.id || flagged.has(`${id}\u0000${key}`)) continue;
      const sentence = textUse(context, id, key);
      if (sentence) findings.push(finding(context, id, parted, 'uses', sentence, true));
    }
  }
  return findings;
}

function finding(
  context: SceneContext,
  id: string,
  parted: PartedItem,
  word: string,
  sentence: string,
  inText: boolean,
): ContinuityFinding {
  const name = context.cast.nameOf(id);
  const item = `the ${parted.item.replace(/^(?:the|a|an)\s+/i, '')}`;
  const how =
    parted.how === 'lost' ? `lost it` : `gave it to ${context.cast.nameOf(parted.to_character_id ?? '')}`;
  const where = context.sceneName(parted.scene_id);
  return {
    scene_id: context.scene.id,
    rule: 'ITEM_USED_AFTER_PARTED',
    message: `${name} ${word} ${item} here, but ${how} in ${where} and has not had it back.`,
    evidence: {
      state: [
        {
          scene_id: parted.scene_id,
          entry: `${name} ${how.replace(' it', ` ${item}`)}`,
          sentence: parted.evidence,
        },
        {
          scene_id: context.scene.id,
          entry: `${name} ${word} ${item}${inText ? ' (in the text)' : ''}`,
          sentence,
        },
      ],
      sentence,
    },
  };
}

/** The first sentence where the character, as its subject, uses the item by its full name. */
function textUse(context: SceneContext, id: string, key: string): string | undefined {
  const names = context.cast.namesOf(id).map(escapeRegExp).join('|');
  if (!names) return undefined;
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{M}])(?:${names})\\s+(?:\\p{Ll}+ly\\s+)?(?:${USE_VERBS.join('|')})\\b([^.!?]*)`,
    'u',
  );
  return context.sentences.find((sentence) => {
    const plain = outsideQuotes(sentence);
    const rest = looksBack(plain) ? undefined : pattern.exec(plain)?.[1];
    return rest !== undefined && ` ${itemKey(rest)} `.includes(` ${key} `);
  });
}

function emptyChange(sceneId: string) {
  return {
    scene_id: sceneId,
    flashback: false,
    present: [],
    moves: [],
    status: [],
    actions: [],
    items: [],
    knowledge: [],
  };
}
