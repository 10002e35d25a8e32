// The session REST routes, exercised in-process against a real in-memory repository.
import type { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRepository } from '../storage/index.ts';
import type { Repository } from '../storage/repository.ts';
import type { ApiErrorBody } from './errors.ts';
import { createSessionRoutes } from './sessions.ts';

const T = '2025-01-28T10:30:00.000Z';

let repo: Repository;
let app: Hono;

async function seedSession(id: string, owner: string | null, content: string) {
  await repo.sessions.ensureSession(id, { owner_token: owner, model: 'offline' });
  await repo.sessions.insertMessage({
    id: `${id}-m1`,
    session_id: id,
    turn_id: `${id}-t1`,
    role: 'user',
    agent: null,
    content,
    status: 'complete',
    client_message_id: null,
    created_at: T,
  });
  await repo.sessions.appendActivity(id, {
    type: 'completion',
    message: 'done',
    results: { agents_used: ['PlotGenerator'] },
    timestamp: T,
    turn_id: `${id}-t1`,
    status: 'completed',
  });
}

async function errorOf(response: Response, status: number): Promise<ApiErrorBody['error']> {
  expect(response.status).toBe(status);
  return ((await response.json()) as ApiErrorBody).error;
}

beforeEach(async () => {
  repo = await openRepository(':memory:');
  app = createSessionRoutes({ repo });
  await seedSession('alpha', 'token-a', 'Write a fantasy novel');
  await seedSession('beta', 'token-b', 'Write a heist');
  await seedSession('gamma', null, 'Write a romance');
});
afterEach(async () => {
  await repo.close();
});

describe('GET /sessions', () => {
  it('lists sessions most recent first with titles and counts, never owner tokens', async () => {
    const response = await app.request('/sessions?limit=2');
    expect(response.status).toBe(200);
    const page = await response.json();
    expect(page).toMatchObject({ total: 3, limit: 2, offset: 0 });
    expect(page.items).toEqual([
      expect.objectContaining({ id: 'gamma', title: 'Write a romance', message_count: 1, model: 'offline' }),
      expect.objectContaining({ id: 'beta', title: 'Write a heist', message_count: 1 }),
    ]);
    expect(JSON.stringify(page)).not.toContain('token-');
    expect(page.items[0]).not.toHaveProperty('owner_token');
  });

  it('lists only the requesting owner sessions when an owner is resolved', async () => {
    const owned = createSessionRoutes({ repo, resolveOwner: (c) => c.req.header('x-owner') ?? null });
    const mine = await (await owned.request('/sessions', { headers: { 'x-owner': 'token-a' } })).json();
    expect(mine.items.map((s: { id: string }) => s.id)).toEqual(['alpha']);
    expect(mine.total).toBe(1);
    const anyone = await (await owned.request('/sessions')).json();
    expect(anyone).toMatchObject({ items: [], total: 0 });
  });

  it('rejects a bad page', async () => {
    expect((await errorOf(await app.request('/sessions?offset=x'), 400)).code).toBe('VALIDATION_ERROR');
  });
});

describe('GET /sessions/:id', () => {
  it('returns the session with its transcript and activity', async () => {
    const body = await (await app.request('/sessions/alpha')).json();
    expect(body.session).toMatchObject({ id: 'alpha', title: 'Write a fantasy novel', model: 'offline' });
    expect(body.session).not.toHaveProperty('owner_token');
    expect(body.messages).toEqual(await repo.sessions.listMessages('alpha'));
    expect(body.activity).toEqual(await repo.sessions.listActivity('alpha'));
    expect(body.messages).toHaveLength(1);
    expect(body.activity).toHaveLength(1);
  });

  it('answers 404 NOT_FOUND for an unknown session and 400 for an impossible id', async () => {
    expect(await errorOf(await app.request('/sessions/nobody'), 404)).toMatchObject({
      code: 'NOT_FOUND',
      details: { id: 'nobody' },
    });
    expect((await errorOf(await app.request('/sessions/bad%20id!'), 400)).code).toBe('VALIDATION_ERROR');
  });

  it('refuses another owner session with 403 SESSION_FORBIDDEN', async () => {
    const owned = createSessionRoutes({ repo, resolveOwner: () => 'token-a' });
    expect((await owned.request('/sessions/alpha')).status).toBe(200);
    expect((await owned.request('/sessions/gamma')).status).toBe(200);
    expect((await errorOf(await owned.request('/sessions/beta'), 403)).code).toBe('SESSION_FORBIDDEN');
  });
});

describe('DELETE /sessions/:id', () => {
  it('deletes the session and its transcript with 204, then answers 404', async () => {
    const response = await app.request('/sessions/beta', { method: 'DELETE' });
    expect(response.status).toBe(204);
    expect(await repo.sessions.getSession('beta')).toBeUndefined();
    expect(await repo.sessions.listMessages('beta')).toEqual([]);
    expect((await errorOf(await app.request('/sessions/beta', { method: 'DELETE' }), 404)).code).toBe(
      'NOT_FOUND',
    );
  });

  it('will not delete another owner session', async () => {
    const owned = createSessionRoutes({ repo, resolveOwner: () => 'token-a' });
    expect((await errorOf(await owned.request('/sessions/beta', { method: 'DELETE' }), 403)).code).toBe(
      'SESSION_FORBIDDEN',
    );
    expect(await repo.sessions.getSession('beta')).toBeDefined();
  });
});

describe('PATCH /sessions/:id', () => {
  const rename = (routes: Hono, id: string, body: unknown) =>
    routes.request(`/sessions/${id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('renames a session, on one line, and keeps the name when more messages come', async () => {
    const response = await rename(app, 'alpha', { title: '  The Salt\nMines  ' });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ id: 'alpha', title: 'The Salt Mines' });
    expect(text).not.toContain('token-');
    await repo.sessions.insertMessage({
      id: 'alpha-m2',
      session_id: 'alpha',
      turn_id: 'alpha-t2',
      role: 'user',
      agent: null,
      content: 'And now a sequel',
      status: 'complete',
      client_message_id: null,
      created_at: T,
    });
    expect((await repo.sessions.getSession('alpha'))?.title).toBe('The Salt Mines');
  });

  it('refuses an empty, over-long or unknown field with VALIDATION_ERROR, changing nothing', async () => {
    for (const body of [
      { title: '   ' },
      { title: 'x'.repeat(201) },
      { title: 7 },
      { title: 'ok', owner: 'me' },
      {},
    ]) {
      expect((await errorOf(await rename(app, 'alpha', body), 400)).code).toBe('VALIDATION_ERROR');
    }
    expect((await repo.sessions.getSession('alpha'))?.title).toBe('Write a fantasy novel');
  });

  it("will not rename another owner's session, nor one that does not exist", async () => {
    const owned = createSessionRoutes({ repo, resolveOwner: () => 'token-a' });
    expect((await errorOf(await rename(owned, 'beta', { title: 'Mine now' }), 403)).code).toBe(
      'SESSION_FORBIDDEN',
    );
    expect((await repo.sessions.getSession('beta'))?.title).toBe('Write a heist');
    expect((await errorOf(await rename(owned, 'nobody', { title: 'x' }), 404)).code).toBe('NOT_FOUND');
  });
});
