// The shared REST error handlers: every failure, expected or not, leaves as { error: { code, message, details } }.
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import { apiNotFound, createApiErrorHandler, jsonError } from './errors.ts';

function appThatThrows(error: unknown, reported: unknown[]) {
  const app = new Hono();
  app.onError(createApiErrorHandler((e) => reported.push(e)));
  app.notFound(apiNotFound);
  app.get('/boom', () => {
    throw error;
  });
  app.get('/teapot', (c) => jsonError(c, 418, 'VALIDATION_ERROR', 'short and stout', { spout: true }));
  return app;
}

describe('REST errors', () => {
  it('answers an unexpected error with a generic 500 and reports it', async () => {
    const reported: unknown[] = [];
    const secret = new Error('SQLITE_CORRUPT at /var/data/library.sqlite');
    const response = await appThatThrows(secret, reported).request('/boom');
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(body).toEqual({
      error: { code: 'INTERNAL_ERROR', message: 'Something went wrong on the server', details: {} },
    });
    expect(reported).toEqual([secret]);
  });

  it('keeps the status and message of a client error raised as an HTTPException', async () => {
    const reported: unknown[] = [];
    const response = await appThatThrows(
      new HTTPException(413, { message: 'Body too large' }),
      reported,
    ).request('/boom');
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      error: { code: 'VALIDATION_ERROR', message: 'Body too large', details: {} },
    });
    expect(reported).toEqual([]);
  });

  it('answers an unknown route with 404 NOT_FOUND naming it', async () => {
    const response = await appThatThrows(new Error('unused'), []).request('/nowhere', { method: 'POST' });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: {
        code: 'NOT_FOUND',
        message: 'No route for POST /nowhere',
        details: { method: 'POST', path: '/nowhere' },
      },
    });
  });

  it('builds the same shape for errors a route answers itself', async () => {
    const response = await appThatThrows(new Error('unused'), []).request('/teapot');
    expect(response.status).toBe(418);
    expect(await response.json()).toEqual({
      error: { code: 'VALIDATION_ERROR', message: 'short and stout', details: { spout: true } },
    });
  });
});
