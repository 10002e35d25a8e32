// A short book whose names and dialogue use accented Latin, Cyrillic and Greek, curly quotes and emphasis.
import { countWords, type Manuscript } from '../../../protocol/manuscript.ts';

interface SceneSpec {
  title: string;
  text: string;
}

function manuscriptOf(
  title: string,
  author: string,
  chapters: Array<{ title: string; scenes: SceneSpec[] }>,
): Manuscript {
  const built = chapters.map((chapter, chapterIndex) => {
    const scenes = chapter.scenes.map((scene, sceneIndex) => ({
      id: `scene-${chapterIndex + 1}-${sceneIndex + 1}`,
      number: sceneIndex + 1,
      title: scene.title,
      text: scene.text,
      word_count: countWords(scene.text),
      word_target: 300,
    }));
    const wordCount = scenes.reduce((sum, scene) => sum + scene.word_count, 0);
    return {
      number: chapterIndex + 1,
      title: chapter.title,
      word_count: wordCount,
      word_target: 300 * scenes.length,
      scenes,
    };
  });
  return {
    title,
    author,
    word_count: built.reduce((sum, chapter) => sum + chapter.word_count, 0),
    word_target: built.reduce((sum, chapter) => sum + chapter.word_target, 0),
    chapters: built,
  };
}

/** Names from three scripts, each of which a PDF must keep when its text is read back. */
export const NAMES = [
  'Zoë Ångström',
  'Đorđe Nuñez-Çelik',
  'Мария Иванова',
  'Фёдор',
  'Αλέξανδρος Παππάς',
  'Ἑλένη',
];
export const CURLY_QUOTES = ['“', '”', '‘', '’'];

export const SAMPLE_MANUSCRIPT: Manuscript = manuscriptOf('The Glass Orchard', 'Élodie Marchetti', [
  {
    title: 'Arrivals',
    scenes: [
      {
        title: 'The station',
        text: `Zoë Ångström stepped off the night train into a fog that smelled of *salt* and iron.

“You’re late,” said Đorđe Nuñez-Çelik, and he did not smile.
She had rehearsed an answer for three hundred miles. It stayed where it was.

‘Late for what?’ she asked at last. **Nobody** had told her anything.`,
      },
      {
        title: 'The orchard',
        text: `The orchard was glass, every tree of it, and it rang when the wind came off the sea.

Мария Иванова was waiting under the tallest tree with a lantern and a letter from Фёдор.`,
      },
    ],
  },
  {
    title: 'Ἑλένη’s Letter',
    scenes: [
      {
        title: 'The letter',
        text: `The letter was written in Greek, signed by Αλέξανδρος Παππάς, and addressed to Ἑλένη.

“It’s *not* a letter,” Мария said. “It’s a ***map***.”

Zoë turned it over. On the back, in a hand she knew, someone had written: *Don’t trust the orchard.*`,
      },
    ],
  },
  {
    title: 'Стеклянный сад',
    scenes: [
      {
        title: 'Night',
        text: `At night the trees kept the day’s light and gave it back, slowly, like a held breath.

Đorđe counted the trees twice. There were 1,500 of them, and one more than there had been.`,
      },
    ],
  },
]);
