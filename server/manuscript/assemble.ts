// The manuscript in reading order, with each chapter's and scene's status and words against their targets.
import type { Outline, Project } from '../../protocol/artifacts.ts';
import {
  type ProjectManuscript,
  type ProjectManuscriptChapter,
  type SceneStatus,
  scenesInOrder,
} from '../../protocol/projects.ts';
import type { SceneRecord } from '../storage/repository.ts';

/** A chapter is as far along as its scenes: planned until one has prose, edited once any was edited. */
function chapterStatus(statuses: SceneStatus[]): SceneStatus {
  if (statuses.every((s) => s === 'planned')) return 'planned';
  if (statuses.some((s) => s === 'planned' || s === 'drafting')) return 'drafting';
  return statuses.some((s) => s === 'edited') ? 'edited' : 'drafted';
}

export function assembleManuscript(
  project: Project,
  outline: Outline | undefined,
  prose: readonly SceneRecord[],
  author: string,
): ProjectManuscript {
  const byId = new Map(prose.map((scene) => [scene.id, scene]));
  const chapters: ProjectManuscriptChapter[] = [];
  for (const placed of scenesInOrder(outline?.acts ?? [])) {
    let chapter = chapters.at(-1);
    if (chapter?.id !== placed.chapter.id) {
      chapter = {
        id: placed.chapter.id,
        number: placed.chapterNumber,
        title: placed.chapter.title,
        status: 'planned',
        word_count: 0,
        word_target: 0,
        scenes: [],
      };
      chapters.push(chapter);
    }
    const written = byId.get(placed.scene.id);
    chapter.scenes.push({
      id: placed.scene.id,
      number: placed.sceneNumber,
      title: placed.scene.title,
      text: written?.text ?? '',
      status: written?.status ?? 'planned',
      word_count: written?.word_count ?? 0,
      word_target: placed.scene.word_target,
    });
    chapter.word_count += written?.word_count ?? 0;
    chapter.word_target += placed.scene.word_target;
  }
  for (const chapter of chapters) chapter.status = chapterStatus(chapter.scenes.map((s) => s.status));
  return {
    project_id: project.id,
    outline_id: outline?.id ?? null,
    title: outline?.title || project.title,
    author,
    word_count: chapters.reduce((sum, c) => sum + c.word_count, 0),
    word_target: chapters.reduce((sum, c) => sum + c.word_target, 0),
    chapters,
  };
}
