// The offline model writes a scene: from its plan (setting, cast, goal, change) in the author's voice, to its word target.

import { countWords } from '../../../../protocol/manuscript.ts';
import type { ScenePrompt } from '../../../manuscript/scene-prompt.ts';
import { createRandom } from '../../../random/seeded-random.ts';
import * as P from './scene-phrases.ts';

interface Cast {
  a: string;
  b: string;
  pronouns: { they: string; their: string; them: string };
  their2: string;
}

const PRONOUNS = {
  she: { they: 'she', their: 'her', them: 'her' },
  he: { they: 'he', their: 'his', them: 'him' },
  they: { they: 'they', their: 'their', them: 'them' },
};

/** She, he or they, as the character's card describes them. */
function pronounsOf(description: string): keyof typeof PRONOUNS {
  const text = ` ${description.toLowerCase()} `;
  const she = (text.match(/\b(she|her|hers|woman|girl)\b/g) ?? []).length;
  const he = (text.match(/\b(he|him|his|man|boy)\b/g) ?? []).length;
  if (she > he) return 'she';
  if (he > she) return 'he';
  return 'they';
}

function castOf(prompt: ScenePrompt): Cast {
  const names = prompt.scene.cast.length > 0 ? prompt.scene.cast : prompt.cast.map((c) => c.name);
  const a = names[0] ?? 'She';
  const b = names[1] ?? 'someone';
  const card = (name: string) => prompt.cast.find((c) => c.name === name)?.description ?? '';
  return { a, b, pronouns: PRONOUNS[pronounsOf(card(a))], their2: PRONOUNS[pronounsOf(card(b))].their };
}

/** "to find the key" → "find the key"; a goal phrased as a sentence stays a clause. */
function clause(text: string): string {
  return text
    .trim()
    .replace(/[.!?]+$/, '')
    .replace(/^to\s+/i, '')
    .replace(/^(The|A|An|There|It|Someone|Something|Nothing|Everyone) /, (word) => word.toLowerCase());
}

function fill(template: string, values: Record<string, string>): string {
  const filled = template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const lower = key.charAt(0).toLowerCase() + key.slice(1);
    const value = values[lower] ?? '';
    return key === lower ? value : value.charAt(0).toUpperCase() + value.slice(1);
  });
  return filled.charAt(0).toUpperCase() + filled.slice(1);
}

/** Writes the scene to within a few words of its target; the same prompt always gives the same scene. */
export function writeScene(prompt: ScenePrompt): string {
  const { scene } = prompt;
  const random = createRandom(
    `${scene.chapter_number}.${scene.scene_number}:${scene.title}:${prompt.instruction}`,
  );
  const cast = castOf(prompt);
  const place = scene.setting || prompt.places[0]?.name || 'the house';
  const terse = /\b(spare|terse|clipped|lean|minimal|hard-boiled|short sentences)\b/i.test(
    prompt.voice.style,
  );
  // After the first mention a character goes by a first name or a pronoun, as prose does.
  const short = (name: string) => name.split(' ')[0] ?? name;
  const refer = (name: string, pronoun: string) => {
    const roll = random.next();
    return roll < 0.15 ? name : roll < 0.7 ? short(name) : pronoun;
  };
  const values = () => ({
    a: refer(cast.a, cast.pronouns.they),
    b: cast.b === 'someone' ? cast.b : refer(cast.b, short(cast.b)),
    ...cast.pronouns,
    their2: cast.their2,
    place,
    thing: random.pick(P.THINGS),
    sound: random.pick(P.SOUNDS),
    smell: random.pick(P.SMELLS),
    light: random.pick(P.LIGHTS),
    line: random.pick(P.LINES),
    goal: clause(scene.goal || scene.summary),
    change: clause(scene.change || scene.summary),
  });
  // Things the scene's setting and the places it names ("the lamp room", "the harbour wall") furnish its prose.
  const notes = [scene.setting, ...prompt.places.map((p) => p.about)].join(' ');
  const own = [
    ...new Set(
      notes.match(/\bthe (?!same|other|one|next|last|first|way|end|truth)[a-z]{4,}(?: [a-z]{4,})?\b/g) ?? [],
    ),
  ];
  const body = (): string => {
    if (random.next() < 0.16) return fill(random.pick(P.SAYINGS), values());
    const v = values();
    const opener = fill(random.pick(P.OPENERS), v);
    const adverb = random.next() < 0.6 ? `${random.pick(P.ADVERBS)} ` : '';
    const object =
      own.length > 0 && random.next() < 0.4
        ? random.pick(own)
        : fill(random.pick(P.OBJECTS), v).toLowerCase();
    const adjective =
      random.next() < 0.75 && object.startsWith('the ') ? `the ${random.pick(P.ADJECTIVES)} ` : '';
    const thing = adjective ? `${adjective}${object.slice(4)}` : object;
    const name = [v.a, v.b].find((n) => opener.toLowerCase().startsWith(n.toLowerCase())) ?? '';
    const subject = opener.slice(0, name.length);
    const sentence = `${subject} ${adverb}${opener.slice(name.length).trim()} ${thing} ${fill(random.pick(P.TAILS), v).toLowerCase()}.`;
    return sentence.replace(/\s+/g, ' ');
  };

  const target = scene.word_target;
  const paragraphs: string[] = [];
  let words = 0;
  const add = (sentences: string[]) => {
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    words += countWords(paragraph);
  };
  // The scene opens on its place and the summary's first event, in the writer's own outline words.
  add([
    fill(random.pick(P.ARRIVALS), values()),
    `${clause(scene.summary)}.`,
    fill(random.pick(P.GOAL_LINES), values()),
  ]);
  if (prompt.instruction) add([`${clause(prompt.instruction)}.`, body()]);
  // The close is where the outline's change lands; a line of the scene's own keeps it from echoing another's.
  const closing = [body(), fill(random.pick(P.CHANGE_LINES), values())];
  const reserve = countWords(closing.join(' ')) + 10;
  const perParagraph = terse ? 3 : 5;
  while (words + reserve < target) {
    const sentences: string[] = [];
    for (let i = 0; i < perParagraph && words + countWords(sentences.join(' ')) + reserve < target; i++)
      sentences.push(body());
    if (sentences.length === 0) break;
    add(sentences);
  }
  add(closing);
  return paragraphs.join('\n\n');
}
