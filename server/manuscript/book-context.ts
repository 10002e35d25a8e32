// What the drafting of one scene may see of the book: the voice, the cast present, the places named, the story so far.
import type { Author, Character, Outline, Plot, World } from '../../protocol/artifacts.ts';
import { countWords } from '../../protocol/manuscript.ts';
import { scenesInOrder } from '../../protocol/projects.ts';
import type { ArtifactLinks, ArtifactStore, SceneRecord } from '../storage/repository.ts';
import type { CastCard, PlaceNote, ScenePlan, ScenePrompt, Voice } from './scene-prompt.ts';

/** How much of the prose before a scene its drafting sees. */
export const WORDS_BEFORE = 300;

export interface Book {
  outline: Outline;
  plot: Plot | undefined;
  world: World | undefined;
  author: Author | undefined;
  characters: Character[];
}

type Placed = ReturnType<typeof scenesInOrder>[number];

/** The book's bible as one owner's library holds it, for the project (or the session, before it has one). */
export async function loadBook(
  artifacts: ArtifactStore,
  links: ArtifactLinks,
  outline: Outline,
): Promise<Book> {
  const scope = links.project_id
    ? { project_id: links.project_id }
    : links.session_id
      ? { session_id: links.session_id }
      : undefined;
  const latest = async <K extends 'plots' | 'worlds' | 'authors'>(kind: K) =>
    scope ? (await artifacts.list(kind, { ...scope, limit: 1, offset: 0 })).items[0] : undefined;
  const plot = outline.plot_id ? await artifacts.get('plots', outline.plot_id) : await latest('plots');
  const characters = scope
    ? (await artifacts.list('characters', { ...scope, limit: 100, offset: 0 })).items
    : [];
  const author = plot?.author_id ? await artifacts.get('authors', plot.author_id) : await latest('authors');
  return { outline, plot, world: await latest('worlds'), author, characters };
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

function voiceOf(book: Book): Voice {
  return {
    author: book.author?.pen_name || book.author?.name || '',
    style: book.author?.writing_style ?? '',
    sample: (book.author?.biography ?? '').split(/\n\n/)[0]?.slice(0, 600) ?? '',
    genre: book.plot?.genre ?? '',
    tone: book.plot?.tone ?? '',
  };
}

function castOf(book: Book, names: readonly string[]): CastCard[] {
  const wanted = names.map((name) => name.toLowerCase());
  return book.characters
    .filter((c) =>
      wanted.some((name) => c.name.toLowerCase() === name || c.name.toLowerCase().includes(name)),
    )
    .map((c) => ({
      name: c.name,
      role: c.role,
      description: c.description,
      motivations: c.motivations,
      arc: c.arc,
    }));
}

/** The world's paragraphs that name the scene's setting, and its overview. */
function placesOf(book: Book, setting: string): PlaceNote[] {
  if (!book.world) return [];
  const world = book.world;
  const key = setting
    .toLowerCase()
    .split(/[\s,]+/)
    .filter((w) => w.length > 3);
  const fields = [world.geography, world.cultures, world.history, world.politics, world.magic_or_technology];
  const mentions = fields
    .flatMap((field) => field.split(/\n+/))
    .filter((paragraph) => key.some((w) => paragraph.toLowerCase().includes(w)))
    .slice(0, 3);
  return [{ name: world.name, about: [world.overview.slice(0, 600), ...mentions].join('\n') }];
}

/** The prompt for one scene: nothing else of the book, so a long book costs the same per scene as a short one. */
export function scenePromptFor(
  book: Book,
  placed: Placed,
  prose: ReadonlyMap<string, SceneRecord>,
  extra: { brief?: string; instruction: string },
): ScenePrompt {
  const all = scenesInOrder(book.outline.acts);
  const index = all.findIndex((p) => p.scene.id === placed.scene.id);
  const chaptersBefore = new Map<number, string>();
  const sameChapter: string[] = [];
  for (const p of all.slice(0, index)) {
    if (p.chapterNumber === placed.chapterNumber)
      sameChapter.push(`Scene ${p.sceneNumber}: ${p.scene.summary}`);
    else
      chaptersBefore.set(
        p.chapterNumber,
        `Chapter ${p.chapterNumber}, ${p.chapter.title}: ${p.chapter.summary || p.scene.summary}`,
      );
  }
  const textBefore = all
    .slice(0, index)
    .map((p) => prose.get(p.scene.id)?.text ?? '')
    .join('\n\n');
  const before = words(textBefore).slice(-WORDS_BEFORE).join(' ');
  const last = all.at(-1);
  const plan: ScenePlan = {
    chapter_number: placed.chapterNumber,
    chapter_title: placed.chapter.title,
    scene_number: placed.sceneNumber,
    scenes_in_chapter: placed.chapter.scenes.length,
    title: placed.scene.title,
    summary: placed.scene.summary,
    setting: placed.scene.setting,
    cast: placed.scene.cast,
    goal: placed.scene.goal,
    change: placed.scene.change,
    word_target: placed.scene.word_target,
    opens_book: index === 0,
    ends_book: last?.scene.id === placed.scene.id,
  };
  return {
    brief: extra.brief,
    scene: plan,
    voice: voiceOf(book),
    cast: castOf(book, placed.scene.cast),
    places: placesOf(book, placed.scene.setting),
    storySoFar: [...chaptersBefore.values(), ...sameChapter],
    before,
    instruction: extra.instruction,
  };
}

/** Cuts prose that runs long at the last paragraph that keeps it within `max` words. */
export function trimToWords(text: string, max: number): string {
  if (countWords(text) <= max) return text;
  const paragraphs = text.split(/\n{2,}/);
  const kept: string[] = [];
  let total = 0;
  for (const paragraph of paragraphs) {
    const n = countWords(paragraph);
    if (total + n > max && kept.length > 0) break;
    kept.push(paragraph);
    total += n;
  }
  return kept.join('\n\n');
}
