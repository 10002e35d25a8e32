// The built app on a real port: its page at / and /s/{id}, its files, and a JSON 404 for every other path.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../protocol/errors.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

let server: TestServer;
let webRoot: string;
beforeAll(async () => {
  webRoot = mkdtempSync(join(tmpdir(), 'bw-web-'));
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>BooksWriter</title>');
  writeFileSync(join(webRoot, 'assets', 'app.js'), 'console.log(1)');
  server = await startTestServer({ webRoot });
});
afterAll(async () => {
  await server.close();
  rmSync(webRoot, { recursive: true, force: true });
});

describe('web app routes', () => {
  it('serves the page at the paths the app routes, and its files', async () => {
    for (const path of ['/', '/index.html', '/s/abc_123', '/s/abc_123/', '/?session=abc']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(await response.text()).toContain('BooksWriter');
    }
    const script = await fetch(`${server.url}/assets/app.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
  });

  it('answers 404 NOT_FOUND for any other path, so a probe of /health does not pass', async () => {
    for (const path of ['/health', '/admin', '/s/abc/extra', '/assets/missing.js', '/api/nothing']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(404);
      expect((await response.json()).error.code).toBe(ErrorCode.NOT_FOUND);
    }
  });
});
