// The one error path on a real port: a failing route answers a JSON 500 whose request id is on its error log line.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../protocol/errors.ts';
import type { ApiErrorBody } from './api/errors.ts';
import { loadConfig } from './config.ts';
import { createModelRegistry } from './llm/index.ts';
import { type RunningServer, startServer } from './server.ts';
import { openRepository } from './storage/index.ts';
import type { Repository } from './storage/repository.ts';
import { createCapturingLogger, rawRequest } from './test-support/raw-http.ts';

const SECRET = 'the dragon Velmora hides in the salt mines';
const STORAGE_FAULT = 'SQLITE_IOERR: disk I/O error at /var/lib/bookswriter/library.sqlite';

/** The real repository, except that the named methods fail the way a broken disk would. */
function failing(repo: Repository, fail: { artifacts?: string[]; sessions?: string[] }): Repository {
  const broken = () => Promise.reject(new Error(STORAGE_FAULT));
  const replace = <T extends object>(store: T, names: string[] = []): T =>
    Object.assign({ ...store }, Object.fromEntries(names.map((name) => [name, broken])));
  return {
    ...repo,
    artifacts: replace(repo.artifacts, fail.artifacts),
    sessions: replace(repo.sessions, fail.sessions),
  };
}

let server: RunningServer;
let logs: ReturnType<typeof createCapturingLogger>;
beforeEach(async () => {
  logs = createCapturingLogger();
  const repo = await openRepository(':memory:');
  server = await startServer(loadConfig({ PORT: '0', DATABASE_URL: ':memory:', LOG_LEVEL: 'info' }), {
    logger: logs.logger,
    models: createModelRegistry({ env: {}, offlineDelayMs: 0 }),
    repo: failing(repo, { artifacts: ['list', 'getOwned'], sessions: ['getSession'] }),
  });
});
afterEach(async () => {
  await server.close();
});

const errorLines = () => logs.lines().filter((line) => line.level === 50);

async function expectLogged500(status: number, text: string): Promise<string> {
  expect(status).toBe(500);
  expect(text).not.toContain('SQLITE');
  const body = JSON.parse(text) as ApiErrorBody;
  expect(body.error).toEqual({
    code: ErrorCode.INTERNAL_ERROR,
    message: 'Something went wrong on the server',
    details: {},
    request_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
  });
  const matching = errorLines().filter((line) => line.request_id === body.error.request_id);
  expect(matching).toHaveLength(1);
  expect(matching[0]).toMatchObject({ msg: 'request failed', err: { message: STORAGE_FAULT } });
  return body.error.request_id as string;
}

describe('a route that throws', () => {
  it('answers a JSON 500 with a request id, and logs one error line with that id', async () => {
    // A caller without an owner cookie lists the library of the session it names.
    const response = await fetch(`${server.url}/api/plots?session_id=s1`);
    await expectLogged500(response.status, await response.text());
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(errorLines()).toHaveLength(1);
    expect(errorLines()[0]).toMatchObject({ method: 'GET', route: '/api/plots' });
  });

  it('never logs what the request carried', async () => {
    const response = await fetch(`${server.url}/api/plots/p1?q=${encodeURIComponent(SECRET)}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: SECRET }),
    });
    await expectLogged500(response.status, await response.text());
    expect(errorLines()[0]).toMatchObject({ method: 'PATCH', route: '/api/plots/:id' });
    expect(JSON.stringify(logs.lines())).not.toContain('Velmora');
  });

  it('answers a WebSocket upgrade whose check fails in full, with the same request id as its log line', async () => {
    const head = [
      'GET /ws/s1 HTTP/1.1',
      `Host: 127.0.0.1:${server.port}`,
      'Connection: Upgrade',
      'Upgrade: websocket',
      'Sec-WebSocket-Version: 13',
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
    ].join('\r\n');
    const answer = await rawRequest(server.port, head);
    await expectLogged500(answer.status, answer.body);
    expect(answer.closed).toBe(true);
  });
});

describe('a path nothing answers', () => {
  it('gets a JSON 404 NOT_FOUND under /api, logged as nothing', async () => {
    for (const [method, path] of [
      ['GET', '/api/nothing'],
      ['POST', '/api/plots/p1/extra'],
    ] as const) {
      const response = await fetch(`${server.url}${path}`, { method });
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/application\/json/);
      expect(await response.json()).toEqual({
        error: {
          code: ErrorCode.NOT_FOUND,
          message: `No route for ${method} ${path}`,
          details: { method, path },
        },
      });
    }
    expect(errorLines()).toEqual([]);
  });
});
