// A project is one book: its brief, and the outline that plans it in acts, chapters and scenes.
import { z } from 'zod';
import type { Manuscript, ManuscriptChapter, ManuscriptScene } from './manuscript.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).default('');

/** What the writer said about the book that must hold in every turn: genre, audience, voice, length, limits. */
export const ProjectBrief = z.object({
  genre: optionalText(100),
  audience: optionalText(200),
  point_of_view: optionalText(100),
  tense: optionalText(50),
  /** The book's length in words, when the writer gave one. */
  word_target: z.number().int().min(0).max(1_000_000).default(0),
  constraints: z.array(text(500)).max(20).default([]),
});
export type ProjectBrief = z.infer<typeof ProjectBrief>;

export const ProjectInput = z.object({
  title: text(200),
  /** The writer's premise, in their words, as first given. */
  premise: optionalText(4_000),
  brief: ProjectBrief.default(ProjectBrief.parse({})),
});

/** Largest word target one scene may have; longer stretches are split into scenes. */
export const MAX_SCENE_WORDS = 10_000;
export const MIN_SCENE_WORDS = 100;

const nodeId = z.string().trim().min(1).max(64);

export const OutlineScene = z.object({
  /** Stable across edits and regenerations; the scene's prose and revisions are keyed by it. */
  id: nodeId,
  title: text(200),
  summary: text(4_000),
  /** Where it happens: a place of the world. */
  setting: optionalText(200),
  /** Who is in it, by name as the cast knows them. */
  cast: z.array(text(200)).max(20).default([]),
  /** What the point-of-view character wants in this scene. */
  goal: optionalText(1_000),
  /** What is different by its end. */
  change: optionalText(1_000),
  word_target: z.number().int().min(MIN_SCENE_WORDS).max(MAX_SCENE_WORDS),
  /** A locked scene is kept as it is when the outline is regenerated. */
  locked: z.boolean().default(false),
});

export const OutlineChapter = z.object({
  id: nodeId,
  title: text(200),
  summary: optionalText(4_000),
  locked: z.boolean().default(false),
  scenes: z.array(OutlineScene).min(1).max(20),
});

export const OutlineAct = z.object({
  id: nodeId,
  title: text(200),
  summary: optionalText(4_000),
  locked: z.boolean().default(false),
  chapters: z.array(OutlineChapter).min(1).max(60),
});

export const OutlineInput = z.object({
  title: text(200),
  acts: z.array(OutlineAct).min(1).max(7),
});

export type OutlineScene = z.infer<typeof OutlineScene>;
export type OutlineChapter = z.infer<typeof OutlineChapter>;
export type OutlineAct = z.infer<typeof OutlineAct>;
export type OutlineInput = z.input<typeof OutlineInput>;

/** Where a scene's prose stands: not yet written, being written, written by an agent, or edited by the writer. */
export const SceneStatus = z.enum(['planned', 'drafting', 'drafted', 'edited']);
export type SceneStatus = z.infer<typeof SceneStatus>;

/** The manuscript as the studio reads it: the export's shape, with ids and where each part stands. */
export interface ProjectManuscriptScene extends ManuscriptScene {
  status: SceneStatus;
}
export interface ProjectManuscriptChapter extends Omit<ManuscriptChapter, 'scenes'> {
  id: string;
  status: SceneStatus;
  scenes: ProjectManuscriptScene[];
}
export interface ProjectManuscript extends Omit<Manuscript, 'chapters'> {
  project_id: string;
  outline_id: string | null;
  chapters: ProjectManuscriptChapter[];
}

/** Every scene of an outline in reading order, with its chapter and numbers ("3.2" is chapter 3, scene 2). */
export function scenesInOrder(acts: readonly OutlineAct[]) {
  const ordered: {
    chapter: OutlineChapter;
    chapterNumber: number;
    scene: OutlineScene;
    sceneNumber: number;
  }[] = [];
  let chapterNumber = 0;
  for (const act of acts) {
    for (const chapter of act.chapters) {
      chapterNumber += 1;
      chapter.scenes.forEach((scene, index) => {
        ordered.push({ chapter, chapterNumber, scene, sceneNumber: index + 1 });
      });
    }
  }
  return ordered;
}
