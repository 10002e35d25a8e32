// An outline as a model writes it, and how it becomes the stored one: ids given, locked nodes kept, targets summed.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  MAX_SCENE_WORDS,
  MIN_SCENE_WORDS,
  type OutlineAct,
  OutlineChapter,
  type OutlineInput,
  OutlineScene,
} from '../../protocol/projects.ts';
import { distributeWords, type LengthAsk } from './length-ask.ts';

/** What a model writes: the outline without ids or locks, which are the studio's. */
export const OutlineDraft = z.object({
  title: z.string().trim().min(1).max(200),
  acts: z
    .array(
      z.object({
        title: z.string().trim().min(1).max(200),
        summary: z.string().trim().max(4_000).default(''),
        chapters: z
          .array(
            OutlineChapter.omit({ id: true, locked: true, scenes: true }).extend({
              scenes: z
                .array(OutlineScene.omit({ id: true, locked: true }))
                .min(1)
                .max(20),
            }),
          )
          .min(1)
          .max(60),
      }),
    )
    .min(1)
    .max(7),
});
export type OutlineDraft = z.infer<typeof OutlineDraft>;

const newId = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

export function chapterCount(acts: readonly { chapters: readonly unknown[] }[]): number {
  return acts.reduce((sum, act) => sum + act.chapters.length, 0);
}

/** Why a draft does not give what the writer asked for, in words a model can act on; undefined when it does. */
export function lengthMismatch(draft: OutlineDraft, ask: LengthAsk): string | undefined {
  const chapters = chapterCount(draft.acts);
  if (ask.chapters !== undefined && chapters !== ask.chapters)
    return `The writer asked for exactly ${ask.chapters} chapters; this outline has ${chapters}. Write exactly ${ask.chapters}.`;
  return undefined;
}

/** The book's length in words as asked, if it was. */
export function askedTotal(ask: LengthAsk, chapters: number): number | undefined {
  if (ask.words !== undefined) return ask.words;
  if (ask.chapterWords !== undefined) return ask.chapterWords * chapters;
  return undefined;
}

/**
 * The stored outline for `draft`: every node gets an id; where `previous` had a locked act, chapter or
 * scene at the same place, that node is kept exactly as it was; scene targets are rescaled to the asked
 * length (locked scenes keep theirs) and kept within what one scene may be.
 */
export function settleOutline(draft: OutlineDraft, previous: OutlineInput | undefined, ask: LengthAsk) {
  const oldActs = (previous?.acts ?? []) as OutlineAct[];
  const acts: OutlineAct[] = draft.acts.map((act, a) => {
    const oldAct = oldActs[a];
    if (oldAct?.locked) return oldAct;
    return {
      id: oldAct?.id ?? newId('act'),
      title: act.title,
      summary: act.summary,
      locked: false,
      chapters: act.chapters.map((chapter, c) => {
        const oldChapter = oldAct?.chapters[c];
        if (oldChapter?.locked) return oldChapter;
        return {
          id: oldChapter?.id ?? newId('ch'),
          title: chapter.title,
          summary: chapter.summary,
          locked: false,
          scenes: chapter.scenes.map((scene, s) => {
            const oldScene = oldChapter?.scenes[s];
            if (oldScene?.locked) return oldScene;
            return { ...scene, id: newId('sc'), locked: false };
          }),
        };
      }),
    };
  });
  const total = askedTotal(ask, chapterCount(acts));
  if (total !== undefined) retarget(acts, total);
  for (const act of acts)
    for (const chapter of act.chapters)
      for (const scene of chapter.scenes)
        scene.word_target = Math.min(
          MAX_SCENE_WORDS,
          Math.max(MIN_SCENE_WORDS, Math.round(scene.word_target)),
        );
  return { title: draft.title, acts };
}

/** Rescales unlocked scenes so the whole book's targets add up to `total`. */
function retarget(acts: OutlineAct[], total: number): void {
  const chapters = acts.flatMap((act) => act.chapters);
  const fixed = chapters.flatMap((chapter) =>
    chapter.scenes.filter((scene) => scene.locked || chapter.locked),
  );
  const fixedWords = fixed.reduce((sum, scene) => sum + scene.word_target, 0);
  const open = chapters
    .filter((chapter) => !chapter.locked)
    .map((chapter) => chapter.scenes.filter((s) => !s.locked));
  const withScenes = open.filter((scenes) => scenes.length > 0);
  if (withScenes.length === 0) return;
  const targets = distributeWords(
    withScenes.map((scenes) => scenes.map((scene) => scene.word_target)),
    Math.max(total - fixedWords, withScenes.length * MIN_SCENE_WORDS),
  );
  withScenes.forEach((scenes, c) => {
    scenes.forEach((scene, s) => {
      scene.word_target = targets[c]?.[s] ?? scene.word_target;
    });
  });
}
