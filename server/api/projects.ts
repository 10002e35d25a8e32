// REST for projects (books): make one, read it with its bible, outline and chapters, its manuscript, edit a scene, delete it.
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { type Context, Hono } from 'hono';
import { z } from 'zod';
import type { Project } from '../../protocol/artifacts.ts';
import { ErrorCode } from '../../protocol/errors.ts';
import { ProjectInput } from '../../protocol/projects.ts';
import { EXPORT_FORMATS, exportManuscript, isExportFormat } from '../export/index.ts';
import { assembleManuscript } from '../manuscript/assemble.ts';
import { mayUseArtifact } from '../ownership.ts';
import type { Repository } from '../storage/repository.ts';
import { jsonError, notFound } from './errors.ts';
import { readJsonBody } from './request-input.ts';

export interface ProjectRouteDeps {
  repo: Repository;
  resolveOwner: (c: Context) => string | null;
}

/** The longest scene a writer may paste in. */
const MAX_SCENE_CHARS = 200_000;
const SceneEdit = z.object({ text: z.string().max(MAX_SCENE_CHARS) }).strict();
const BOOK_KINDS = ['plots', 'worlds', 'characters', 'authors'] as const;
const ALL = { limit: 200, offset: 0 };

export function createProjectRoutes({ repo, resolveOwner }: ProjectRouteDeps): Hono {
  const app = new Hono();

  /** The caller's project, or the 404 another owner's or a missing one gets alike. */
  async function ownProject(
    c: Context,
  ): Promise<{ project: Project; owner: string } | { response: Response }> {
    const id = c.req.param('id') ?? '';
    const found = await repo.artifacts.getOwned('projects', id);
    if (!found || !mayUseArtifact(found.owner, resolveOwner(c)))
      return { response: notFound(c, 'Project', id) };
    return { project: found.artifact, owner: found.owner };
  }

  async function outlineOf(projectId: string) {
    return (await repo.artifacts.list('outlines', { project_id: projectId, limit: 1, offset: 0 })).items[0];
  }

  async function manuscriptOf(project: Project) {
    const outline = await outlineOf(project.id);
    const prose = outline ? await repo.scenes.listForOutline(outline.id) : [];
    const plot = (await repo.artifacts.list('plots', { project_id: project.id, limit: 1, offset: 0 }))
      .items[0];
    const author = plot?.author_id
      ? await repo.artifacts.get('authors', plot.author_id)
      : (await repo.artifacts.list('authors', { project_id: project.id, limit: 1, offset: 0 })).items[0];
    return {
      outline,
      prose,
      manuscript: assembleManuscript(project, outline, prose, author?.pen_name || author?.name || ''),
    };
  }

  app.post('/projects', async (c) => {
    const owner = resolveOwner(c);
    if (owner === null)
      return jsonError(
        c,
        403,
        ErrorCode.SESSION_FORBIDDEN,
        'A project belongs to a writer: open the studio first',
        {},
      );
    const input = await readJsonBody(c, ProjectInput.strict());
    if (!input.ok) return input.response;
    const project = await repo.artifacts.create('projects', input.value, { owner, session_id: null });
    return c.json(project, 201);
  });

  app.get('/projects/:id', async (c) => {
    const found = await ownProject(c);
    if ('response' in found) return found.response;
    const { project } = found;
    const [items, { outline, manuscript, prose }] = await Promise.all([
      Promise.all(BOOK_KINDS.map((kind) => repo.artifacts.list(kind, { ...ALL, project_id: project.id }))),
      manuscriptOf(project),
    ]);
    const [plots, worlds, characters, authors] = items.map((page) =>
      page.items.map((item) => ({ id: item.id, label: 'title' in item ? item.title : item.name })),
    );
    const times = [project.updated_at, outline?.updated_at ?? '', ...prose.map((p) => p.updated_at)];
    return c.json({
      ...project,
      plots,
      worlds,
      characters,
      authors,
      outline: outline ?? null,
      chapters: manuscript.chapters.map(({ scenes, ...chapter }) => ({
        ...chapter,
        scenes: scenes.map(({ text: _text, ...scene }) => scene),
      })),
      word_count: manuscript.word_count,
      word_target: manuscript.word_target,
      last_activity: times.sort().at(-1) ?? project.updated_at,
    });
  });

  app.get('/projects/:id/manuscript', async (c) => {
    const found = await ownProject(c);
    if ('response' in found) return found.response;
    return c.json((await manuscriptOf(found.project)).manuscript);
  });

  // The book as a file a reader or an editor opens; the body streams as it is made.
  app.get('/projects/:id/export', async (c) => {
    const found = await ownProject(c);
    if ('response' in found) return found.response;
    const format = c.req.query('format') ?? 'md';
    if (!isExportFormat(format)) {
      return jsonError(c, 400, ErrorCode.VALIDATION_ERROR, `Unknown export format "${format.slice(0, 20)}"`, {
        format: format.slice(0, 20),
        formats: EXPORT_FORMATS,
      });
    }
    const { manuscript } = await manuscriptOf(found.project);
    const book = exportManuscript(manuscript, format);
    return new Response(Readable.toWeb(book.body) as ReadableStream, {
      headers: { 'Content-Type': book.contentType, 'Content-Disposition': book.contentDisposition },
    });
  });

  // The writer's own edit of a scene's prose: the scene is now theirs ("edited").
  app.put('/projects/:id/scenes/:sceneId', async (c) => {
    const found = await ownProject(c);
    if ('response' in found) return found.response;
    const sceneId = c.req.param('sceneId');
    const outline = await outlineOf(found.project.id);
    const inOutline = outline?.acts.some((act) =>
      act.chapters.some((ch) => ch.scenes.some((s) => s.id === sceneId)),
    );
    if (!outline || !inOutline) return notFound(c, 'Scene', sceneId);
    const edit = await readJsonBody(c, SceneEdit);
    if (!edit.ok) return edit.response;
    const saved = await repo.scenes.put({
      id: sceneId,
      owner: found.owner,
      project_id: found.project.id,
      outline_id: outline.id,
      text: edit.value.text.trim(),
      status: 'edited',
    });
    return c.json(saved);
  });

  // A new session in this project: its agents see the whole book from the first message.
  app.post('/projects/:id/sessions', async (c) => {
    const found = await ownProject(c);
    if ('response' in found) return found.response;
    const owner = resolveOwner(c);
    const session = await repo.sessions.ensureSession(randomUUID(), { owner_token: owner });
    await repo.sessions.setProject(session.id, found.project.id);
    return c.json({ id: session.id, project_id: found.project.id }, 201);
  });

  // Deleting a book deletes all of it: its bible, outline and prose; its sessions stay, outside any project.
  app.delete('/projects/:id', async (c) => {
    const found = await ownProject(c);
    if ('response' in found) return found.response;
    const id = found.project.id;
    const outline = await outlineOf(id);
    if (outline) {
      await repo.scenes.delete((await repo.scenes.listForOutline(outline.id)).map((s) => s.id));
      await repo.artifacts.delete('outlines', outline.id);
    }
    for (const kind of BOOK_KINDS) {
      for (const item of (await repo.artifacts.list(kind, { ...ALL, project_id: id })).items)
        await repo.artifacts.delete(kind, item.id);
    }
    await repo.sessions.leaveProject(id);
    await repo.artifacts.delete('projects', id);
    return c.body(null, 204);
  });

  return app;
}
