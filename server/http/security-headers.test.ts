// Security headers and the owner cookie's Secure flag, on a real port.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

let server: TestServer | undefined;
let webRoot: string | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  if (webRoot) rmSync(webRoot, { recursive: true, force: true });
  webRoot = undefined;
});

function expectSecurityHeaders(response: Response): void {
  const csp = response.headers.get('content-security-policy') ?? '';
  expect(csp).toMatch(/script-src 'self'(;|$)/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
}

describe('security headers', () => {
  it('are on API answers, the app page and errors', async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'bw-web-'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>BooksWriter</title>');
    server = await startTestServer({ webRoot });
    for (const path of ['/api/health', '/', '/s/abc', '/nope']) {
      const response = await fetch(`${server.url}${path}`);
      await response.body?.cancel();
      expectSecurityHeaders(response);
    }
  });
});

describe('owner cookie over HTTPS', () => {
  const cookieOf = async (s: TestServer, headers: Record<string, string> = {}) => {
    const response = await fetch(`${s.url}/api/health`, { headers });
    await response.body?.cancel();
    return response.headers.get('set-cookie') ?? '';
  };

  it('is Secure when a trusted proxy says the request came over HTTPS', async () => {
    server = await startTestServer({ env: { TRUST_PROXY: 'true' } });
    expect(await cookieOf(server, { 'X-Forwarded-Proto': 'https' })).toMatch(/;\s*Secure/i);
    expect(await cookieOf(server, { 'X-Forwarded-Proto': 'http' })).not.toMatch(/;\s*Secure/i);
  });

  it('ignores X-Forwarded-Proto unless TRUST_PROXY is set', async () => {
    server = await startTestServer();
    expect(await cookieOf(server, { 'X-Forwarded-Proto': 'https' })).not.toMatch(/;\s*Secure/i);
  });
});
