// Who owns what over a session's life, on a real port: claiming a fresh id, deleting a live session, and what outlives it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CloseCode } from '../protocol/errors.ts';
import { OWNER_COOKIE } from './ownership.ts';
import { createScriptedRunner } from './test-support/scripted-runner.ts';
import { startTestServer, type TestServer } from './test-support/test-server.ts';
import { upgradeStatus } from './test-support/upgrade-status.ts';

let server: TestServer;
const runner = createScriptedRunner({ chunks: 3 });
beforeEach(async () => {
  server = await startTestServer({ runTurn: runner });
});
afterEach(async () => {
  await server.close();
});

async function newOwner(): Promise<{ token: string; cookie: string }> {
  const response = await fetch(`${server.url}/api/health`);
  await response.body?.cancel();
  const token = new RegExp(`^${OWNER_COOKIE}=([^;]+)`).exec(response.headers.get('set-cookie') ?? '')?.[1];
  if (!token) throw new Error('no owner cookie');
  return { token, cookie: `${OWNER_COOKIE}=${token}` };
}

function request(path: string, init: { method?: string; cookie?: string; body?: unknown } = {}) {
  return fetch(`${server.url}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.cookie ? { Cookie: init.cookie } : {}),
      ...(init.body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
}

async function sessionRows(): Promise<number> {
  return (await server.repo.sessions.listSessions({ limit: 100, offset: 0 })).total;
}

describe('a session id opened in advance by someone else', () => {
  it('is claimed by the first owner to arrive, whose words never reach the earlier socket', async () => {
    const attacker = await server.connect('fixed-id');
    await attacker.waitFor('connected');
    const alice = await newOwner();

    const writer = await server.connect('fixed-id', { Cookie: alice.cookie });
    await writer.waitFor('connected');
    expect((await attacker.closed).code).toBe(CloseCode.SESSION_FORBIDDEN);

    writer.say('My secret premise about a lighthouse keeper');
    await writer.waitFor('completion');
    await server.hub.flush();
    expect(JSON.stringify(attacker.received)).not.toContain('lighthouse');
    expect((await server.repo.sessions.getSession('fixed-id'))?.owner_token).toBe(alice.token);

    // From then on the id is Alice's: a client without her cookie is refused before the upgrade.
    expect(await upgradeStatus(server.port, '/ws/fixed-id')).toBe(403);
    expect((await request('/api/sessions/fixed-id')).status).toBe(403);
    await writer.close();
  });

  it('is claimed even when it already has a row, as long as nobody has written in it', async () => {
    const early = await server.connect('stored-id');
    early.send({
      type: 'model_switch',
      model: 'offline:bookswriter-offline',
      timestamp: new Date().toISOString(),
    });
    await early.waitFor('model_switched');
    await server.hub.flush();
    expect((await server.repo.sessions.getSession('stored-id'))?.owner_token).toBeNull();

    const bob = await newOwner();
    const writer = await server.connect('stored-id', { Cookie: bob.cookie });
    await writer.waitFor('connected');
    await server.hub.flush();
    expect((await server.repo.sessions.getSession('stored-id'))?.owner_token).toBe(bob.token);
    await writer.close();
  });

  it('stays open to everyone once someone has written in it without an owner', async () => {
    const plain = await server.connect('shared-id');
    plain.say('Hello');
    await plain.waitFor('completion');
    const carol = await newOwner();
    const later = await server.connect('shared-id', { Cookie: carol.cookie });
    await later.waitFor('connected');
    await server.hub.flush();
    expect((await server.repo.sessions.getSession('shared-id'))?.owner_token).toBeNull();
    await Promise.all([plain.close(), later.close()]);
  });
});

describe('connections that never say anything', () => {
  it('leave no session behind', async () => {
    const clients = await Promise.all(Array.from({ length: 30 }, (_, i) => server.connect(`silent-${i}`)));
    await Promise.all(clients.map((c) => c.waitFor('connected')));
    await Promise.all(clients.map((c) => c.close()));
    await server.hub.flush();
    expect(await sessionRows()).toBe(0);

    const speaker = await server.connect('speaks');
    speaker.say('Hello');
    await speaker.waitFor('completion');
    await server.hub.flush();
    expect(await sessionRows()).toBe(1);
    await speaker.close();
  });
});

describe('deleting a session', () => {
  it("keeps its work in the owner's library and never shows it to anyone else", async () => {
    const alice = await newOwner();
    const client = await server.connect('to-delete', { Cookie: alice.cookie });
    client.say('Write me a plot');
    await client.waitFor('completion');
    await client.close();
    await server.hub.flush();
    const plot = await server.repo.artifacts.create(
      'plots',
      { title: 'Kept Plot', logline: 'L', summary: 'S', genre: 'Fantasy' },
      { owner: alice.token, session_id: 'to-delete' },
    );

    expect(
      (await request('/api/sessions/to-delete', { method: 'DELETE', cookie: alice.cookie })).status,
    ).toBe(204);
    const mine = (await (await request('/api/plots', { cookie: alice.cookie })).json()) as {
      items: Array<{ id: string; session_id: string | null }>;
    };
    expect(mine.items).toEqual([expect.objectContaining({ id: plot.id, session_id: null })]);

    const stranger = await newOwner();
    for (const cookie of [undefined, stranger.cookie]) {
      const listed = (await (await request('/api/plots', { cookie })).json()) as { items: unknown[] };
      expect(listed.items).toEqual([]);
      expect((await request(`/api/plots/${plot.id}`, { cookie })).status).toBe(404);
      const patched = await request(`/api/plots/${plot.id}`, {
        method: 'PATCH',
        cookie,
        body: { title: 'Mine now' },
      });
      expect(patched.status).toBe(404);
      expect((await request(`/api/plots/${plot.id}`, { method: 'DELETE', cookie })).status).toBe(404);
    }
    expect((await server.repo.artifacts.get('plots', plot.id))?.title).toBe('Kept Plot');
  });

  it('stops its running turn, closes its sockets with SESSION_DELETED and forgets it', async () => {
    await server.close();
    const slow = createScriptedRunner({ chunks: 1_000, delayMs: 20 });
    server = await startTestServer({ runTurn: slow });
    const owner = await newOwner();
    const first = await server.connect('live-delete', { Cookie: owner.cookie });
    const second = await server.connect('live-delete', { Cookie: owner.cookie });
    first.say('Write a very long reply');
    await first.waitFor('stream_chunk', (m) => m.chunk_id >= 3);

    const deleted = await request('/api/sessions/live-delete', { method: 'DELETE', cookie: owner.cookie });
    expect(deleted.status).toBe(204);
    expect((await first.closed).code).toBe(CloseCode.SESSION_DELETED);
    expect((await second.closed).code).toBe(CloseCode.SESSION_DELETED);
    expect(server.hub.stats()).toMatchObject({ sessions: 0, generating: 0 });

    // Nothing keeps writing against the deleted rows.
    const chunksSeen = first.received.filter((m) => m.type === 'stream_chunk').length;
    await new Promise((resolve) => setTimeout(resolve, 200));
    await server.hub.flush();
    expect(await server.repo.sessions.getSession('live-delete')).toBeUndefined();
    expect(await server.repo.sessions.listMessages('live-delete')).toEqual([]);
    expect(first.received.filter((m) => m.type === 'stream_chunk').length).toBe(chunksSeen);
  });
});

describe('what an artifact is built on', () => {
  it("lists only the caller's own artifacts, even where an old link points across owners", async () => {
    const alice = await newOwner();
    const bob = await newOwner();
    const alicePlot = await server.repo.artifacts.create(
      'plots',
      { title: 'Alice Plot', logline: 'L', summary: 'S', genre: 'Fantasy' },
      { owner: alice.token, session_id: null },
    );
    const bobCharacter = await server.repo.artifacts.create(
      'characters',
      { name: 'Bob Hero', role: 'hero', description: 'd' },
      { owner: bob.token, session_id: null },
    );
    // A link made before owners were recorded.
    await server.repo.artifacts.update('characters', bobCharacter.id, { plot_id: alicePlot.id });

    const character = await (
      await request(`/api/characters/${bobCharacter.id}`, { cookie: bob.cookie })
    ).json();
    expect(character).toMatchObject({ plot: null });
    expect(JSON.stringify(character)).not.toContain('Alice Plot');
    const plot = await (await request(`/api/plots/${alicePlot.id}`, { cookie: alice.cookie })).json();
    expect(plot).toMatchObject({ characters: [] });
  });
});
