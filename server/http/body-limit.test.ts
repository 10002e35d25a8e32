// Request bodies on a real port: past HTTP_MAX_BODY_BYTES the answer is 413 before the upload is read.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorCode } from '../../protocol/errors.ts';
import { samplePlot } from '../agents/test-support/samples.ts';
import { rawRequest } from '../test-support/raw-http.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer({ env: { HTTP_MAX_BODY_BYTES: '4096' } });
});
afterEach(async () => {
  await server.close();
});

const MiB = Buffer.alloc(1024 * 1024, 'a');

function* megabytes(count: number): Generator<Buffer> {
  for (let i = 0; i < count; i++) yield MiB;
}

describe('request body limit', () => {
  it('answers 413 PAYLOAD_TOO_LARGE to a declared 100 MB body after far less of it was sent', async () => {
    const head = [
      'PATCH /api/plots/p1 HTTP/1.1',
      `Host: 127.0.0.1:${server.port}`,
      'Content-Type: application/json',
      `Content-Length: ${100 * 1024 * 1024}`,
    ].join('\r\n');
    // Only 2 MB of the 100 MB ever leave the client; the answer must not wait for the rest.
    const answer = await rawRequest(server.port, head, { body: megabytes(2) });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error.code).toBe(ErrorCode.PAYLOAD_TOO_LARGE);
    expect(answer.closed).toBe(true);
  });

  it('counts a chunked body as it arrives and stops at the limit', async () => {
    const head = [
      'PATCH /api/plots/p1 HTTP/1.1',
      `Host: 127.0.0.1:${server.port}`,
      'Content-Type: application/json',
      'Transfer-Encoding: chunked',
    ].join('\r\n');
    const chunk = Buffer.concat([Buffer.from('400\r\n'), Buffer.alloc(1024, 'a'), Buffer.from('\r\n')]);
    // Never terminated: a server that waited for the end would never answer.
    const answer = await rawRequest(server.port, head, { body: Array.from({ length: 8 }, () => chunk) });
    expect(answer.status).toBe(413);
    expect(answer.closed).toBe(true);
  });

  it('passes a chunked body within the limit on to the route whole', async () => {
    await server.repo.sessions.ensureSession('b1');
    const plot = await server.repo.artifacts.create('plots', samplePlot, {
      owner: 'session:b1',
      session_id: 'b1',
    });
    const body = JSON.stringify({ title: 'Counted, not cut' });
    const head = [
      `PATCH /api/plots/${plot.id} HTTP/1.1`,
      `Host: 127.0.0.1:${server.port}`,
      'Content-Type: application/json',
      'Transfer-Encoding: chunked',
      'Connection: close',
    ].join('\r\n');
    const half = Math.floor(body.length / 2);
    const chunks = [body.slice(0, half), body.slice(half)].map(
      (part) => `${Buffer.byteLength(part).toString(16)}\r\n${part}\r\n`,
    );
    const answer = await rawRequest(server.port, head, { body: [...chunks, '0\r\n\r\n'] });
    expect(answer.status).toBe(200);
    expect((await server.repo.artifacts.get('plots', plot.id))?.title).toBe('Counted, not cut');
  });

  it('lets a body within the limit through to the route', async () => {
    const response = await fetch(`${server.url}/api/plots/nope`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'x'.repeat(3000) }),
    });
    expect(response.status).toBe(404);
  });
});
