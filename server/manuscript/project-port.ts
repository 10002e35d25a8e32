// The project a session works on: found, or made when the session's book takes shape, with its items moved into it.
import type { Repository } from '../storage/repository.ts';

export interface ProjectPort {
  /** The session's project id, or null when it has none yet. */
  projectOf(sessionId: string): Promise<string | null>;
  /**
   * Makes a project for a session that has none (named after what the session made, or the writer's
   * words), puts the session in it and moves into it everything the session made so far.
   */
  adopt(sessionId: string, owner: string, fields: { title: string; premise: string }): Promise<string>;
}

const MOVED = ['plots', 'worlds', 'characters', 'authors', 'outlines'] as const;

export function createProjectPort(repo: Pick<Repository, 'sessions' | 'artifacts'>): ProjectPort {
  return {
    async projectOf(sessionId) {
      return (await repo.sessions.getSession(sessionId))?.project_id ?? null;
    },
    async adopt(sessionId, owner, fields) {
      const existing = (await repo.sessions.getSession(sessionId))?.project_id;
      if (existing) return existing;
      const project = await repo.artifacts.create(
        'projects',
        { title: fields.title.slice(0, 200) || 'Untitled book', premise: fields.premise.slice(0, 4_000) },
        { owner, session_id: sessionId },
      );
      await repo.sessions.setProject(sessionId, project.id);
      for (const kind of MOVED) {
        const page = await repo.artifacts.list(kind, { session_id: sessionId, owner, limit: 200, offset: 0 });
        for (const item of page.items) {
          if (!item.project_id) await repo.artifacts.update(kind, item.id, { project_id: project.id });
        }
      }
      return project.id;
    },
  };
}
