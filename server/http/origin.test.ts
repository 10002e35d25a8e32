// Cross-site writes on a real port: POST, PATCH, PUT and DELETE from a foreign Origin are refused; reads are not.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../protocol/errors.ts';
import { rawRequest } from '../test-support/raw-http.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import { upgradeStatus } from '../test-support/upgrade-status.ts';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer({ env: { ALLOWED_ORIGINS: 'https://studio.example' } });
});
afterEach(async () => {
  await server.close();
});

function send(method: string, path: string, origin?: string) {
  const host = `127.0.0.1:${server.port}`;
  const lines = [`${method} ${path} HTTP/1.1`, `Host: ${host}`, 'Connection: close', 'Content-Length: 0'];
  if (origin) lines.push(`Origin: ${origin}`);
  return rawRequest(server.port, lines.join('\r\n'));
}

describe('Origin on state-changing REST calls', () => {
  it('refuses them from a foreign origin with 403 ORIGIN_FORBIDDEN', async () => {
    for (const method of ['POST', 'PATCH', 'PUT', 'DELETE']) {
      const answer = await send(method, '/api/sessions/s1', 'https://evil.example');
      expect(answer.status, method).toBe(403);
      expect(JSON.parse(answer.body).error.code).toBe(ErrorCode.ORIGIN_FORBIDDEN);
    }
    expect((await send('DELETE', '/api/sessions/s1', 'null')).status).toBe(403);
  });

  it('lets its own origin, an allowed origin and clients without Origin through', async () => {
    for (const origin of [`http://127.0.0.1:${server.port}`, 'https://studio.example', undefined]) {
      expect((await send('DELETE', '/api/sessions/nope', origin)).status).toBe(404);
    }
  });

  it('does not refuse reads from a foreign origin', async () => {
    expect((await send('GET', '/api/health', 'https://evil.example')).status).toBe(200);
  });
});

describe("the guide's HTML page", () => {
  it('connects from the origin ALLOWED_ORIGINS names, where localhost and 127.0.0.1 differ and a file is null', async () => {
    const guide = await startTestServer({ env: { ALLOWED_ORIGINS: 'http://localhost:3000,null' } });
    try {
      const status = (origin: string) => upgradeStatus(guide.port, '/ws/guide1', { Origin: origin });
      expect(await status('http://localhost:3000')).toBe(101);
      expect(await status('null')).toBe(101);
      expect(await status('http://127.0.0.1:3000')).toBe(403);
    } finally {
      await guide.close();
    }
  });
});
