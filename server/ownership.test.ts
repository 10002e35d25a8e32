// Session ownership end to end: the owner cookie, WebSocket upgrades and the REST session API on a real port.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../protocol/errors.ts';
import { OWNER_COOKIE } from './ownership.ts';
import { createScriptedRunner } from './test-support/scripted-runner.ts';
import { startTestServer, type TestServer } from './test-support/test-server.ts';
import { upgradeStatus as rawUpgradeStatus, upgradeResponse } from './test-support/upgrade-status.ts';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer({ runTurn: createScriptedRunner({ chunks: 2 }) });
});
afterEach(async () => {
  await server.close();
});

/** Status of a plain HTTP upgrade attempt to this test's server. */
function upgradeStatus(path: string, headers: Record<string, string> = {}): Promise<number> {
  return rawUpgradeStatus(server.port, path, headers);
}

/** A browser's first visit: the owner token the server hands it, read from the Set-Cookie header. */
async function newOwner(): Promise<{ token: string; cookie: string }> {
  const response = await fetch(`${server.url}/api/health`);
  await response.body?.cancel();
  const setCookie = response.headers.get('set-cookie') ?? '';
  const token = new RegExp(`^${OWNER_COOKIE}=([^;]+)`).exec(setCookie)?.[1];
  if (!token) throw new Error(`no owner cookie in "${setCookie}"`);
  return { token, cookie: `${OWNER_COOKIE}=${token}` };
}

/** Opens a session over the WebSocket as this owner (or as a plain client), and waits until it exists. */
async function createSession(id: string, cookie?: string): Promise<void> {
  const client = await server.connect(id, cookie ? { Cookie: cookie } : {});
  await client.waitFor('connected');
  client.say('Write me a plot');
  await client.waitFor('completion');
  await client.close();
  await server.hub.flush();
}

function get(path: string, cookie?: string): Promise<Response> {
  return fetch(`${server.url}${path}`, { headers: cookie ? { Cookie: cookie } : {} });
}

describe('the owner cookie', () => {
  it('is issued HttpOnly, SameSite=Lax and site-wide to a caller without one, and not issued again', async () => {
    const first = await fetch(`${server.url}/api/models`);
    await first.body?.cancel();
    const setCookie = first.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(new RegExp(`^${OWNER_COOKIE}=[A-Za-z0-9_-]{32,64};`));
    expect(setCookie).toMatch(/;\s*HttpOnly/i);
    expect(setCookie).toMatch(/;\s*SameSite=Lax/i);
    expect(setCookie).toMatch(/;\s*Path=\//);

    const { cookie } = await newOwner();
    const again = await get('/api/sessions', cookie);
    await again.body?.cancel();
    expect(again.headers.get('set-cookie')).toBeNull();
  });

  it('gives two browsers two different tokens', async () => {
    const [a, b] = await Promise.all([newOwner(), newOwner()]);
    expect(a.token).not.toBe(b.token);
  });

  it('is replaced when the one presented is not a well-formed token', async () => {
    const response = await get('/api/health', `${OWNER_COOKIE}=short`);
    await response.body?.cancel();
    expect(response.headers.get('set-cookie')).toMatch(new RegExp(`^${OWNER_COOKIE}=[A-Za-z0-9_-]{32,64};`));
  });
});

describe('WebSocket upgrades', () => {
  it('bind a session created with an owner cookie to that owner', async () => {
    const a = await newOwner();
    await createSession('owned-by-a', a.cookie);
    expect((await server.repo.sessions.getSession('owned-by-a'))?.owner_token).toBe(a.token);
  });

  it("refuse another owner's or a cookie-less upgrade to an owned session with 403 before the 101", async () => {
    const a = await newOwner();
    const b = await newOwner();
    await createSession('owned-by-a', a.cookie);
    expect(await upgradeStatus('/ws/owned-by-a', { Cookie: b.cookie })).toBe(403);
    expect(await upgradeStatus('/ws/owned-by-a')).toBe(403);
    expect(await upgradeStatus('/ws/owned-by-a', { Cookie: `${OWNER_COOKIE}=not-a-token` })).toBe(403);
    expect(await upgradeStatus('/ws/owned-by-a', { Cookie: a.cookie })).toBe(101);
    await expect(server.connect('owned-by-a', { Cookie: b.cookie })).rejects.toThrow('HTTP 403');
  });

  it('leave a session created without a cookie reachable by its id alone, to anyone', async () => {
    const a = await newOwner();
    const b = await newOwner();
    await createSession('plain-session');
    expect((await server.repo.sessions.getSession('plain-session'))?.owner_token).toBeNull();
    expect(await upgradeStatus('/ws/plain-session')).toBe(101);
    expect(await upgradeStatus('/ws/plain-session', { Cookie: a.cookie })).toBe(101);
    expect(await upgradeStatus('/ws/plain-session', { Cookie: b.cookie })).toBe(101);
    // A later visitor with a cookie does not take the session over.
    expect((await server.repo.sessions.getSession('plain-session'))?.owner_token).toBeNull();
  });

  it('do not set the owner cookie on the upgrade response', async () => {
    const { status, headers } = await upgradeResponse(server.port, '/ws/no-cookie-here');
    expect(status).toBe(101);
    expect(headers['set-cookie']).toBeUndefined();
  });
});

describe('the REST session API', () => {
  it("answers another owner's request for a session with 403 SESSION_FORBIDDEN and the owner's with 200", async () => {
    const a = await newOwner();
    const b = await newOwner();
    await createSession('rest-owned', a.cookie);

    const mine = await get('/api/sessions/rest-owned', a.cookie);
    expect(mine.status).toBe(200);
    const body = await mine.json();
    expect(body.session.id).toBe('rest-owned');
    expect(body.messages.length).toBeGreaterThan(0);

    for (const cookie of [b.cookie, undefined]) {
      const theirs = await get('/api/sessions/rest-owned', cookie);
      expect(theirs.status).toBe(403);
      expect((await theirs.json()).error.code).toBe(ErrorCode.SESSION_FORBIDDEN);
    }
    const deleted = await fetch(`${server.url}/api/sessions/rest-owned`, {
      method: 'DELETE',
      headers: { Cookie: b.cookie },
    });
    expect(deleted.status).toBe(403);
    expect(await server.repo.sessions.getSession('rest-owned')).toBeDefined();
  });

  it("lists only the caller's sessions, and none to a caller without a cookie", async () => {
    const a = await newOwner();
    const b = await newOwner();
    await createSession('list-a1', a.cookie);
    await createSession('list-a2', a.cookie);
    await createSession('list-b1', b.cookie);
    await createSession('list-plain');

    const ids = async (cookie?: string) => {
      const page = await (await get('/api/sessions', cookie)).json();
      return { ids: page.items.map((s: { id: string }) => s.id).sort(), total: page.total };
    };
    expect(await ids(a.cookie)).toEqual({ ids: ['list-a1', 'list-a2'], total: 2 });
    expect(await ids(b.cookie)).toEqual({ ids: ['list-b1'], total: 1 });
    expect(await ids(undefined)).toEqual({ ids: [], total: 0 });
    // The plain session is still there for anyone who knows its id.
    expect((await get('/api/sessions/list-plain', b.cookie)).status).toBe(200);
    expect((await get('/api/sessions/list-plain')).status).toBe(200);
  });

  it('never shows an owner token in any API response', async () => {
    const a = await newOwner();
    await createSession('token-hunt', a.cookie);
    for (const path of [
      '/api/health',
      '/api/models',
      '/api/agents',
      '/api/sessions',
      '/api/sessions/token-hunt',
      '/api/metrics',
      '/api/plots',
    ]) {
      const response = await get(path, a.cookie);
      const text = await response.text();
      expect(text, path).not.toContain(a.token);
      expect(text, path).not.toContain('owner_token');
    }
  });
});

describe('the library', () => {
  const plot = (title: string) => ({ title, logline: 'A logline.', summary: 'A summary.', genre: 'Fantasy' });

  it("holds only the caller's artifacts, and another owner's item answers as missing", async () => {
    const alice = await newOwner();
    const bob = await newOwner();
    await createSession('alice-lib', alice.cookie);
    await createSession('bob-lib', bob.cookie);
    await createSession('plain-lib');
    const mine = await server.repo.artifacts.create('plots', plot('Alice Plot'), {
      owner: alice.token,
      session_id: 'alice-lib',
    });
    const theirs = await server.repo.artifacts.create('plots', plot('Bob Plot'), {
      owner: bob.token,
      session_id: 'bob-lib',
    });
    const open = await server.repo.artifacts.create('plots', plot('Open Plot'), {
      owner: 'session:plain-lib',
      session_id: 'plain-lib',
    });

    const titles = async (cookie?: string, query = '') =>
      (
        (await (await get(`/api/plots${query}`, cookie)).json()) as { items: Array<{ title: string }> }
      ).items.map((p) => p.title);
    expect(await titles(alice.cookie)).toEqual(['Alice Plot']);
    expect(await titles(bob.cookie)).toEqual(['Bob Plot']);
    // A caller without a cookie sees only the session it names.
    expect(await titles()).toEqual([]);
    expect(await titles(undefined, '?session_id=plain-lib')).toEqual(['Open Plot']);
    expect(await titles(undefined, '?session_id=alice-lib')).toEqual([]);

    expect((await get(`/api/plots/${mine.id}`, alice.cookie)).status).toBe(200);
    const hidden = await get(`/api/plots/${theirs.id}`, alice.cookie);
    expect(hidden.status).toBe(404);
    expect(((await hidden.json()) as { error: { code: string } }).error.code).toBe(ErrorCode.NOT_FOUND);
    expect((await get(`/api/plots/${open.id}`, alice.cookie)).status).toBe(200);

    const deleted = await fetch(`${server.url}/api/plots/${theirs.id}`, {
      method: 'DELETE',
      headers: { Cookie: alice.cookie },
    });
    expect(deleted.status).toBe(404);
    expect(await server.repo.artifacts.get('plots', theirs.id)).toBeDefined();
  });
});
