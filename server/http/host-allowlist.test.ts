// The Host allowlist on a real port: a DNS-rebound name reaches neither the REST API nor the WebSocket.
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../protocol/errors.ts';
import { rawRequest } from '../test-support/raw-http.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import { upgradeStatus } from '../test-support/upgrade-status.ts';
import { isHostAllowed } from './host-allowlist.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function get(port: number, path: string, host: string) {
  return rawRequest(port, [`GET ${path} HTTP/1.1`, `Host: ${host}`, 'Connection: close'].join('\r\n'));
}

describe('isHostAllowed', () => {
  const defaults = ['localhost', '127.0.0.1', '[::1]'];
  it('matches names on any port, and a port only when one is listed', () => {
    expect(isHostAllowed('localhost:8000', defaults)).toBe(true);
    expect(isHostAllowed('[::1]:1234', defaults)).toBe(true);
    expect(isHostAllowed('LOCALHOST', defaults)).toBe(true);
    expect(isHostAllowed('evil.example', defaults)).toBe(false);
    expect(isHostAllowed('localhost.evil.example', defaults)).toBe(false);
    expect(isHostAllowed(undefined, defaults)).toBe(false);
    expect(isHostAllowed('books.example:443', ['books.example:443'])).toBe(true);
    expect(isHostAllowed('books.example:8443', ['books.example:443'])).toBe(false);
    expect(isHostAllowed('anything', ['*'])).toBe(true);
  });
});

describe('Host allowlist', () => {
  it('refuses REST and WebSocket requests for a foreign host with 403 HOST_FORBIDDEN', async () => {
    server = await startTestServer();
    const rest = await get(server.port, '/api/health', 'rebound.evil.example');
    expect(rest.status).toBe(403);
    expect(JSON.parse(rest.body).error.code).toBe(ErrorCode.HOST_FORBIDDEN);
    expect(await upgradeStatus(server.port, '/ws/h1', { Host: 'rebound.evil.example' })).toBe(403);
    expect(await upgradeStatus(server.port, '/ws/h1', { Host: `localhost:${server.port}` })).toBe(101);
    expect((await get(server.port, '/api/health', `127.0.0.1:${server.port}`)).status).toBe(200);
    expect((await get(server.port, '/api/health', `[::1]:${server.port}`)).status).toBe(200);
  });

  it('answers the names ALLOWED_HOSTS lists instead', async () => {
    server = await startTestServer({ env: { ALLOWED_HOSTS: 'books.example' } });
    expect((await get(server.port, '/api/health', 'books.example')).status).toBe(200);
    expect((await get(server.port, '/api/health', `localhost:${server.port}`)).status).toBe(403);
  });
});
