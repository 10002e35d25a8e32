// Projects over a real server and socket on the offline model: a book planned and drafted in one session,
// read back whole over REST, edited by hand, opened in a second session, and kept from other owners.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectManuscript as Manuscript } from '../../protocol/projects.ts';
import { OWNER_COOKIE } from '../ownership.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

let server: TestServer;
let cookie: string;
let projectId: string;

async function newOwner(): Promise<string> {
  const response = await fetch(`${server.url}/api/health`);
  await response.body?.cancel();
  const token = new RegExp(`^${OWNER_COOKIE}=([^;]+)`).exec(response.headers.get('set-cookie') ?? '')?.[1];
  if (!token) throw new Error('no owner cookie');
  return `${OWNER_COOKIE}=${token}`;
}

const api = (path: string, init: RequestInit = {}, as = cookie) =>
  fetch(`${server.url}/api${path}`, {
    ...init,
    headers: { Cookie: as, Origin: server.url, 'content-type': 'application/json', ...init.headers },
  });

beforeAll(async () => {
  server = await startTestServer();
  cookie = await newOwner();
  const client = await server.connect('book-session', { Cookie: cookie });
  await client.waitFor('connected');
  for (const request of [
    'Write a plot about a glassblower in Murano who is forging a rival’s signature pieces',
    'Create 2 characters',
    'Outline it in 2 chapters of about 600 words',
    'Write the book',
  ]) {
    client.say(request);
    await client.waitFor('completion', () => true, 30_000);
  }
  await client.close();
  await server.hub.flush();
  const session = await (await api('/sessions/book-session')).json();
  projectId = session.session.project_id;
}, 60_000);
afterAll(() => server.close());

describe('a project over REST', () => {
  it('is the session’s project, with its bible, outline, chapters and counts', async () => {
    expect(projectId).toEqual(expect.any(String));
    const project = await (await api(`/projects/${projectId}`)).json();
    expect(project.title).toMatch(/\S/);
    expect(project.plots).toHaveLength(1);
    expect(project.characters).toHaveLength(2);
    expect(project.chapters).toHaveLength(2);
    expect(project.chapters.every((c: { status: string }) => c.status === 'drafted')).toBe(true);
    expect(project.word_target).toBe(1_200);
    expect(Math.abs(project.word_count - 1_200)).toBeLessThanOrEqual(180);
  });

  it('serves the manuscript in reading order, and a writer’s edit marks the scene edited', async () => {
    const manuscript: Manuscript = await (await api(`/projects/${projectId}/manuscript`)).json();
    expect(manuscript.chapters.map((c) => c.number)).toEqual([1, 2]);
    const scene = manuscript.chapters[0]?.scenes[0];
    if (!scene) throw new Error('no scene');
    expect(scene.text.length).toBeGreaterThan(200);

    const edited = await api(`/projects/${projectId}/scenes/${scene.id}`, {
      method: 'PUT',
      body: JSON.stringify({ text: 'The furnace roared. Nothing else was said.' }),
    });
    expect(edited.status).toBe(200);
    const after: Manuscript = await (await api(`/projects/${projectId}/manuscript`)).json();
    expect(after.chapters[0]?.scenes[0]).toMatchObject({ status: 'edited', word_count: 7 });
    expect(after.chapters[0]?.status).toBe('edited');

    const bad = await api(`/projects/${projectId}/scenes/${scene.id}`, { method: 'PUT', body: '{"txt":1}' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe('VALIDATION_ERROR');
    const missing = await api(`/projects/${projectId}/scenes/nope`, { method: 'PUT', body: '{"text":"x"}' });
    expect(missing.status).toBe(404);
  });

  it('exports the book in every format with its type and a file name from the title', async () => {
    const types = {
      epub: 'application/epub+zip',
      docx: 'officedocument',
      pdf: 'application/pdf',
      md: 'text/markdown',
    };
    for (const [format, type] of Object.entries(types)) {
      const response = await api(`/projects/${projectId}/export?format=${format}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain(type);
      expect(response.headers.get('content-disposition')).toMatch(
        new RegExp(`attachment; filename="[^"]+\\.${format}"`),
      );
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(500);
    }
    const markdown = await (await api(`/projects/${projectId}/export?format=md`)).text();
    expect(markdown).toContain('The furnace roared.');
    const bad = await api(`/projects/${projectId}/export?format=rtf`);
    expect(bad.status).toBe(400);
  });

  it('opens a second session in the project whose agents see the whole book', async () => {
    const created = await api(`/projects/${projectId}/sessions`, { method: 'POST' });
    expect(created.status).toBe(201);
    const { id } = await created.json();
    const client = await server.connect(id, { Cookie: cookie });
    await client.waitFor('connected');
    client.say('What do I have so far?');
    const reply = await client.waitFor('completion');
    await client.close();
    expect(reply.results.project_id).toBe(projectId);
    const session = await (await api(`/sessions/${id}`)).json();
    const said = session.messages.map((m: { content: string }) => m.content).join('\n');
    expect(said).not.toMatch(/still empty/);
  });

  it('is another owner’s 404, and a project made over REST is listed for its owner only', async () => {
    const stranger = await newOwner();
    for (const path of [`/projects/${projectId}`, `/projects/${projectId}/manuscript`]) {
      expect((await api(path, {}, stranger)).status).toBe(404);
    }
    expect((await api(`/projects/${projectId}`, { method: 'DELETE' }, stranger)).status).toBe(404);

    const made = await api(
      '/projects',
      { method: 'POST', body: JSON.stringify({ title: 'Salt Roads' }) },
      stranger,
    );
    expect(made.status).toBe(201);
    const mine = await (await api('/projects', {}, stranger)).json();
    expect(mine.items.map((p: { title: string }) => p.title)).toEqual(['Salt Roads']);
    const invalid = await api('/projects', { method: 'POST', body: JSON.stringify({ title: '' }) }, stranger);
    expect(invalid.status).toBe(400);
  });

  it('deletes the whole book, leaving its sessions outside any project', async () => {
    expect((await api(`/projects/${projectId}`, { method: 'DELETE' })).status).toBe(204);
    expect((await api(`/projects/${projectId}`)).status).toBe(404);
    const plots = await (await api(`/plots?session_id=book-session`)).json();
    expect(plots.items).toHaveLength(0);
    const session = await api('/sessions/book-session');
    expect(session.status).toBe(200);
    expect((await session.json()).session.project_id).toBeNull();
  });
});
