// A name in the prose that is a second spelling of a character's name: accents dropped, a letter off.
import type { ContinuityFinding } from '../../../protocol/story-state.ts';
import { COMMON_WORDS, GIVEN_NAMES } from '../common-names.ts';
import type { SceneContext } from '../rule.ts';
import { editDistance, fold } from '../text.ts';
import { DEEDS, SPEECH } from '../verbs.ts';

/** After a name: a surname, or a verb of speech or action. */
const NAME_LIKE_NEXT = new RegExp(`^\\s+(?:\\p{Lu}|(?:${[...SPEECH, ...DEEDS].join('|')})\\b)`, 'u');
const CAPITALISED = /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu;

export function nameSpelledTwoWays(context: SceneContext): ContinuityFinding[] {
  const castWords = context.cast.members.flatMap((member) =>
    [member.name, ...(member.aliases ?? [])]
      .flatMap((name) => name.split(/\s+/))
      // Only the capitalised words of a name are names: not the "the" of "the Smith".
      .filter((word) => word.length >= 3 && /^\p{Lu}/u.test(word))
      .map((word) => ({ word, folded: fold(word), member })),
  );
  const findings: ContinuityFinding[] = [];
  const seen = new Set<string>();
  const words = context.sentences.flatMap((sentence) =>
    [...sentence.matchAll(CAPITALISED)].map((match) => ({
      sentence,
      word: match[0].replace(/['’]s$/u, ''),
      possessive: /['’]s$/u.test(match[0]),
      opening: /^[^\p{L}\p{N}]*$/u.test(sentence.slice(0, match.index)),
      next: sentence.slice((match.index ?? 0) + match[0].length),
    })),
  );
  const inside = new Set(words.filter((entry) => !entry.opening).map((entry) => entry.word));
  for (const { sentence, word, possessive, opening, next } of words) {
    if (seen.has(word) || !isCandidate(word, context.knownNames)) continue;
    const folded = fold(word);
    const twin = castWords.find((cast) => isSecondSpelling(folded, cast.word, cast.folded));
    if (!twin) continue;
    // Any word opens a sentence with a capital: there it must look like a name to count.
    if (opening && folded !== twin.folded && !inside.has(word) && !possessive && !NAME_LIKE_NEXT.test(next)) {
      continue;
    }
    seen.add(word);
    findings.push({
      scene_id: context.scene.id,
      rule: 'NAME_SPELLED_TWO_WAYS',
      message: `“${word}” looks like a second spelling of “${twin.word}” (${twin.member.name} in the cast).`,
      evidence: {
        state: [{ scene_id: context.scene.id, entry: `the cast spells it ${twin.member.name}`, sentence }],
        sentence,
      },
    });
  }
  return findings;
}

function isCandidate(word: string, known: ReadonlySet<string>): boolean {
  if (word.length < 3 || known.has(word)) return false;
  // A shouted name in capitals is the same spelling.
  if (word === word.toUpperCase()) return false;
  return !COMMON_WORDS.has(fold(word));
}

function isSecondSpelling(folded: string, castWord: string, castFolded: string): boolean {
  if (folded === castFolded) return true;
  // A real name of its own is another person, not a typo.
  if (GIVEN_NAMES.has(folded)) return false;
  const limit = castWord.length >= 8 ? 2 : castWord.length >= 4 ? 1 : 0;
  return limit > 0 && editDistance(folded, castFolded) <= limit;
}
