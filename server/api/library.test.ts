// The library REST routes, exercised in-process against a real in-memory repository.
import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Plot, PlotInput } from '../../protocol/artifacts.ts';
import { createSilentLogger } from '../logger.ts';
import { openRepository } from '../storage/index.ts';
import type { Repository } from '../storage/repository.ts';
import { type ApiErrorBody, withErrorPath } from './errors.ts';
import { createLibraryRoutes } from './library.ts';

const dragons: PlotInput = {
  title: 'The Dragon Covenant',
  logline: 'A knight brokers peace with dragons.',
  summary: 'Treaties and fire.',
  genre: 'Fantasy',
  subgenre: 'Epic Fantasy',
  tone: 'grim',
  themes: ['duty'],
};

let repo: Repository;
let app: Hono;

beforeEach(async () => {
  repo = await openRepository(':memory:');
  await repo.sessions.ensureSession('s1');
  // Mounted the way the server mounts it: failures go through the root app's error path.
  app = withErrorPath(new Hono(), createSilentLogger()).route('/', createLibraryRoutes({ repo }));
});
afterEach(async () => {
  await repo.close();
});

const patch = (path: string, body: unknown) =>
  app.request(path, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

async function expectError(response: Response, status: number, code: string): Promise<ApiErrorBody['error']> {
  expect(response.status).toBe(status);
  const body = (await response.json()) as ApiErrorBody;
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe('string');
  expect(body.error.details).toBeTypeOf('object');
  return body.error;
}

describe('GET /{kind}', () => {
  it('lists newest first, 20 to a page by default', async () => {
    for (let n = 1; n <= 25; n++)
      await repo.artifacts.create(
        'plots',
        { ...dragons, title: `Plot ${n}` },
        { owner: 'session:s1', session_id: 's1' },
      );
    const response = await app.request('/plots');
    expect(response.status).toBe(200);
    const page = (await response.json()) as { items: Plot[]; total: number; limit: number; offset: number };
    expect(page).toMatchObject({ total: 25, limit: 20, offset: 0 });
    expect(page.items).toHaveLength(20);
    expect(page.items[0]?.title).toBe('Plot 25');

    const next = (await (await app.request('/plots?limit=10&offset=20')).json()) as { items: Plot[] };
    expect(next.items.map((p) => p.title)).toEqual(['Plot 5', 'Plot 4', 'Plot 3', 'Plot 2', 'Plot 1']);
  });

  it('filters by genre, session and text', async () => {
    await repo.sessions.ensureSession('s2');
    await repo.artifacts.create('plots', dragons, { owner: 'session:s1', session_id: 's1' });
    await repo.artifacts.create(
      'plots',
      { ...dragons, title: 'Moon Heist', genre: 'Caper', subgenre: '' },
      { owner: 'session:s2', session_id: 's2' },
    );
    const titles = async (query: string) =>
      ((await (await app.request(`/plots?${query}`)).json()) as { items: Plot[] }).items.map((p) => p.title);

    expect(await titles('genre=epic%20fantasy')).toEqual(['The Dragon Covenant']);
    expect(await titles('session_id=s2')).toEqual(['Moon Heist']);
    expect(await titles('q=HEIST')).toEqual(['Moon Heist']);
    expect(await titles('q=&genre=')).toEqual(['Moon Heist', 'The Dragon Covenant']);
  });

  it('pages by next_cursor, says when the total is capped, and counts exactly when asked', async () => {
    for (let n = 1; n <= 205; n++)
      await repo.artifacts.create(
        'plots',
        { ...dragons, title: `Plot ${n}` },
        { owner: 'session:s1', session_id: 's1' },
      );
    type LibraryPage = { items: Plot[]; total: number; total_capped: boolean; next_cursor: string | null };
    const first = (await (await app.request('/plots?limit=100')).json()) as LibraryPage;
    expect(first).toMatchObject({ total: 200, total_capped: true });
    const seen = first.items.map((p) => p.title);
    let cursor = first.next_cursor;
    while (cursor) {
      const page = (await (await app.request(`/plots?limit=100&cursor=${cursor}`)).json()) as LibraryPage;
      seen.push(...page.items.map((p) => p.title));
      cursor = page.next_cursor;
    }
    expect(seen).toHaveLength(205);
    expect(new Set(seen).size).toBe(205);
    expect(seen[204]).toBe('Plot 1');
    const exact = (await (await app.request('/plots?limit=1&total=exact')).json()) as LibraryPage;
    expect(exact).toMatchObject({ total: 205, total_capped: false });
  });

  it.each(['"', 'NEAR(', 'title:x', '*', 'a AND', '(((', "'; drop table plots; --", '%_\\'])(
    'answers ?q=%s with a page, never an error',
    async (q) => {
      await repo.artifacts.create('plots', dragons, { owner: 'session:s1', session_id: 's1' });
      const response = await app.request(`/plots?q=${encodeURIComponent(q)}`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ items: expect.any(Array), next_cursor: null });
    },
  );

  it.each([
    ['cursor=bm9wZQ', 'cursor'],
    ['cursor=nonsense&q=dragon', 'cursor'],
    [`cursor=${Buffer.from('["x","y"]').toString('base64url')}&offset=3`, 'cursor'],
    ['total=roughly', 'total'],
  ])('rejects ?%s with 400 VALIDATION_ERROR', async (query, field) => {
    const error = await expectError(await app.request(`/plots?${query}`), 400, 'VALIDATION_ERROR');
    expect(error.message).toContain(field);
    expect(error.details.issues).toEqual([expect.objectContaining({ path: [field] })]);
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=101', 'limit'],
    ['limit=ten', 'limit'],
    ['offset=-1', 'offset'],
    ['limit=2.5', 'limit'],
  ])('rejects ?%s', async (query, field) => {
    const error = await expectError(await app.request(`/characters?${query}`), 400, 'VALIDATION_ERROR');
    expect(error.message).toContain(field);
    expect(error.details.issues).toEqual([expect.objectContaining({ path: [field] })]);
  });
});

describe('GET /{kind}/:id', () => {
  it('shows a plot with its author and what was built on it', async () => {
    const author = await repo.artifacts.create(
      'authors',
      { name: 'Ada Quill', biography: 'b', writing_style: 'w' },
      { owner: 'session:s1', session_id: 's1' },
    );
    const plot = await repo.artifacts.create('plots', dragons, {
      owner: 'session:s1',
      session_id: 's1',
      author_id: author.id,
    });
    const world = await repo.artifacts.create(
      'worlds',
      { name: 'Emberfall', type: 'High Fantasy', overview: 'o' },
      { owner: 'session:s1', session_id: 's1', plot_id: plot.id },
    );
    const hero = await repo.artifacts.create(
      'characters',
      { name: 'Aldric', role: 'hero', description: 'd' },
      { owner: 'session:s1', session_id: 's1', plot_id: plot.id, world_id: world.id },
    );

    const shownPlot = await (await app.request(`/plots/${plot.id}`)).json();
    expect(shownPlot).toEqual({
      ...plot,
      author: { id: author.id, name: 'Ada Quill' },
      worlds: [{ id: world.id, name: 'Emberfall' }],
      characters: [{ id: hero.id, name: 'Aldric' }],
    });
    expect(await (await app.request(`/characters/${hero.id}`)).json()).toEqual({
      ...hero,
      plot: { id: plot.id, title: 'The Dragon Covenant' },
      world: { id: world.id, name: 'Emberfall' },
    });
    expect(await (await app.request(`/worlds/${world.id}`)).json()).toEqual({
      ...world,
      plot: { id: plot.id, title: 'The Dragon Covenant' },
      characters: [{ id: hero.id, name: 'Aldric' }],
    });
    expect(await (await app.request(`/authors/${author.id}`)).json()).toEqual({
      ...author,
      plots: [{ id: plot.id, title: 'The Dragon Covenant' }],
    });
  });

  it('shows null summaries for an artifact built on nothing', async () => {
    const loner = await repo.artifacts.create(
      'characters',
      { name: 'L', role: 'r', description: 'd' },
      { owner: 'session:s1', session_id: null },
    );
    expect(await (await app.request(`/characters/${loner.id}`)).json()).toMatchObject({
      plot: null,
      world: null,
    });
  });

  it('answers 404 NOT_FOUND for an unknown id, even one of another kind', async () => {
    const plot = await repo.artifacts.create('plots', dragons, { owner: 'session:s1', session_id: 's1' });
    const error = await expectError(await app.request(`/worlds/${plot.id}`), 404, 'NOT_FOUND');
    expect(error.details).toEqual({ id: plot.id });
  });
});

describe('PATCH /{kind}/:id', () => {
  it('changes only the fields sent and leaves the others as they were', async () => {
    const plot = await repo.artifacts.create(
      'plots',
      { ...dragons, acts: [{ name: 'I', summary: 's' }] },
      { owner: 'session:s1', session_id: 's1' },
    );
    const response = await patch(`/plots/${plot.id}`, { title: '  The Ember Covenant ' });
    expect(response.status).toBe(200);
    const stored = await repo.artifacts.get('plots', plot.id);
    expect(stored).toEqual({ ...plot, title: 'The Ember Covenant', updated_at: stored?.updated_at });
    expect(stored?.tone).toBe('grim');
    expect(stored?.themes).toEqual(['duty']);
    expect(stored?.acts).toHaveLength(1);
    expect(await response.json()).toMatchObject({ title: 'The Ember Covenant', tone: 'grim', author: null });
  });

  it("links a character to a plot, and answers a link to nothing or to another owner's plot as missing", async () => {
    const plot = await repo.artifacts.create('plots', dragons, { owner: 'session:s1', session_id: 's1' });
    const hero = await repo.artifacts.create(
      'characters',
      { name: 'A', role: 'r', description: 'd' },
      { owner: 'session:s1', session_id: 's1' },
    );
    const linked = await patch(`/characters/${hero.id}`, { plot_id: plot.id });
    expect(await linked.json()).toMatchObject({
      plot_id: plot.id,
      plot: { id: plot.id, title: dragons.title },
    });

    const missing = await expectError(
      await patch(`/characters/${hero.id}`, { world_id: 'nope' }),
      404,
      'NOT_FOUND',
    );
    expect(missing.details).toEqual({ id: 'nope' });
    expect((await repo.artifacts.get('characters', hero.id))?.world_id).toBeNull();

    // Another owner's plot reads exactly like one that does not exist.
    const theirs = await repo.artifacts.create('plots', dragons, { owner: 'session:s2', session_id: null });
    const foreign = await patch(`/characters/${hero.id}`, { plot_id: theirs.id });
    const nowhere = await patch(`/characters/${hero.id}`, { plot_id: 'no-such-plot' });
    expect(foreign.status).toBe(404);
    const [foreignBody, nowhereBody] = [await foreign.json(), await nowhere.json()];
    expect(JSON.stringify(foreignBody).replaceAll(theirs.id, 'ID')).toBe(
      JSON.stringify(nowhereBody).replaceAll('no-such-plot', 'ID'),
    );
    expect((await repo.artifacts.get('characters', hero.id))?.plot_id).toBe(plot.id);
  });

  it.each([
    ['an empty title', { title: '' }, 'title'],
    ['a field of the wrong type', { themes: 'duty' }, 'themes'],
    ['an unknown field', { titel: 'typo' }, ''],
    ['a read-only field', { created_at: '2020-01-01T00:00:00Z' }, ''],
  ])('rejects %s with 400 VALIDATION_ERROR and the zod issues', async (_name, body, field) => {
    const plot = await repo.artifacts.create('plots', dragons, { owner: 'session:s1', session_id: 's1' });
    const error = await expectError(await patch(`/plots/${plot.id}`, body), 400, 'VALIDATION_ERROR');
    expect(error.message).toContain(field);
    expect(Array.isArray(error.details.issues)).toBe(true);
    expect(await repo.artifacts.get('plots', plot.id)).toEqual(plot);
  });

  it.each(['{"title": ', '', 'null', '[1]'])(
    'rejects the body %j with 400 VALIDATION_ERROR',
    async (body) => {
      const plot = await repo.artifacts.create('plots', dragons, { owner: 'session:s1', session_id: 's1' });
      await expectError(await patch(`/plots/${plot.id}`, body), 400, 'VALIDATION_ERROR');
    },
  );

  it('answers 404 NOT_FOUND for an unknown id', async () => {
    await expectError(await patch('/authors/missing', { name: 'X' }), 404, 'NOT_FOUND');
  });
});

describe('DELETE /{kind}/:id', () => {
  it('deletes with 204, then answers 404', async () => {
    const world = await repo.artifacts.create(
      'worlds',
      { name: 'W', type: 't', overview: 'o' },
      { owner: 'session:s1', session_id: 's1' },
    );
    const response = await app.request(`/worlds/${world.id}`, { method: 'DELETE' });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(await repo.artifacts.get('worlds', world.id)).toBeUndefined();
    await expectError(await app.request(`/worlds/${world.id}`, { method: 'DELETE' }), 404, 'NOT_FOUND');
  });
});

it('answers 500 INTERNAL_ERROR without internals when storage fails', async () => {
  await repo.close();
  const error = await expectError(await app.request('/plots'), 500, 'INTERNAL_ERROR');
  expect(JSON.stringify(error)).not.toMatch(/sqlite|kysely|destroy/i);
  repo = await openRepository(':memory:');
});
