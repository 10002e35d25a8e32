// Tests the REST client against a real HTTP server on a free port.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, createApiClient } from './api-client.ts';

let server: Server;
let baseUrl = '';
const seen: { method: string; url: string; body: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', body });
      res.setHeader('content-type', 'application/json');
      if (req.url === '/api/models') {
        res.end(
          JSON.stringify({
            models: [{ id: 'offline', provider: 'builtin', label: 'Offline', offline: true }],
            default: 'offline',
          }),
        );
      } else if (req.url?.startsWith('/api/plots?')) {
        res.end(JSON.stringify({ items: [{ id: 'p1', title: 'Dragons' }], total: 1, limit: 20, offset: 0 }));
      } else if (req.url === '/api/sessions/ses_other') {
        res.statusCode = 403;
        res.end(JSON.stringify({ error: { code: 'SESSION_FORBIDDEN', message: 'Not yours', details: {} } }));
      } else if (req.url === '/api/plots/missing' || req.url === '/api/sessions/ses_new') {
        res.statusCode = 404;
        res.end(
          JSON.stringify({
            error: { code: 'NOT_FOUND', message: 'No plot missing', details: { id: 'missing' } },
          }),
        );
      } else if (req.url === '/api/plots/faulty') {
        res.statusCode = 500;
        res.end(
          JSON.stringify({
            error: {
              code: 'INTERNAL_ERROR',
              message: 'Something went wrong',
              details: {},
              request_id: 'req-7',
            },
          }),
        );
      } else if (req.method === 'PATCH') {
        res.end(JSON.stringify({ id: 'p1', ...JSON.parse(body) }));
      } else if (req.method === 'DELETE') {
        res.statusCode = 204;
        res.end();
      } else {
        res.statusCode = 500;
        res.end('<html>oops</html>');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('api client', () => {
  it('reads the model list', async () => {
    const client = createApiClient(fetch, baseUrl);
    expect(await client.listModels()).toEqual({
      models: [{ id: 'offline', provider: 'builtin', label: 'Offline', offline: true }],
      default: 'offline',
    });
  });

  it('passes list filters as query parameters, leaving empty ones out', async () => {
    const client = createApiClient(fetch, baseUrl);
    const page = await client.listArtifacts('plots', { q: 'dragon', genre: '', limit: 20 });
    expect(page.items[0]?.id).toBe('p1');
    expect(seen.at(-1)?.url).toBe('/api/plots?q=dragon&limit=20');
  });

  it('turns the server error body into an ApiError with its code', async () => {
    const client = createApiClient(fetch, baseUrl);
    const failure = await client.getArtifact('plots', 'missing').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ code: 'NOT_FOUND', status: 404, details: { id: 'missing' } });
  });

  it("keeps a server fault's request id", async () => {
    const client = createApiClient(fetch, baseUrl);
    await expect(client.getArtifact('plots', 'faulty')).rejects.toMatchObject({
      code: 'INTERNAL_ERROR',
      requestId: 'req-7',
    });
  });

  it('sends patches as JSON and accepts an empty delete answer', async () => {
    const client = createApiClient(fetch, baseUrl);
    expect(await client.updateArtifact('plots', 'p1', { title: 'New' })).toMatchObject({ title: 'New' });
    expect(seen.at(-1)).toMatchObject({ method: 'PATCH', body: '{"title":"New"}' });
    await expect(client.deleteArtifact('plots', 'p1')).resolves.toBeUndefined();
  });

  it('reports a non-JSON failure and an unreachable server with stable codes', async () => {
    const client = createApiClient(fetch, baseUrl);
    await expect(client.listSessions()).rejects.toMatchObject({ code: 'INTERNAL_ERROR', status: 500 });
    const offline = createApiClient(fetch, 'http://127.0.0.1:1');
    await expect(offline.listModels()).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
  });

  it('tells a new session from one that belongs to someone else', async () => {
    const client = createApiClient(fetch, baseUrl);
    await expect(client.checkSession('ses_new')).resolves.toBe('new');
    await expect(client.checkSession('ses_other')).rejects.toMatchObject({ code: 'SESSION_FORBIDDEN' });
  });
});
