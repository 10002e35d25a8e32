// The root error path in-process: every failure, expected or not, leaves as { error: { code, message, details } }.
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import { createCapturingLogger } from '../test-support/raw-http.ts';
import { type ApiErrorBody, jsonError, withErrorPath } from './errors.ts';

function appThatThrows(error: unknown) {
  const logs = createCapturingLogger();
  const app = withErrorPath(new Hono(), logs.logger);
  app.get('/boom/:id', () => {
    throw error;
  });
  app.get('/teapot', (c) => jsonError(c, 418, 'VALIDATION_ERROR', 'short and stout', { spout: true }));
  return { app, logs };
}

describe('REST errors', () => {
  it('answers an unexpected error with a generic 500 and logs it under the request id the answer carries', async () => {
    const secret = new Error('SQLITE_CORRUPT at /var/data/library.sqlite');
    const { app, logs } = appThatThrows(secret);
    const response = await app.request('/boom/p1');
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(body).toEqual({
      error: {
        code: 'INTERNAL_ERROR',
        message: 'Something went wrong on the server',
        details: {},
        request_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      },
    });
    const errors = logs.lines().filter((line) => line.level === 50);
    expect(errors).toEqual([
      expect.objectContaining({
        msg: 'request failed',
        request_id: body.error.request_id,
        method: 'GET',
        route: '/boom/:id',
        err: expect.objectContaining({ type: 'Error', message: secret.message }),
      }),
    ]);
  });

  it('gives every failed request its own id', async () => {
    const { app } = appThatThrows(new Error('down'));
    const idOf = async () => ((await (await app.request('/boom/x')).json()) as ApiErrorBody).error.request_id;
    const ids = [await idOf(), await idOf()];
    expect(new Set(ids).size).toBe(2);
  });

  it('keeps the status and message of a client error raised as an HTTPException, and logs nothing', async () => {
    const { app, logs } = appThatThrows(new HTTPException(413, { message: 'Body too large' }));
    const response = await app.request('/boom/x');
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      error: { code: 'VALIDATION_ERROR', message: 'Body too large', details: {} },
    });
    expect(logs.lines()).toEqual([]);
  });

  it('answers an unknown route with 404 NOT_FOUND naming it', async () => {
    const { app } = appThatThrows(new Error('unused'));
    const response = await app.request('/nowhere', { method: 'POST' });
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
    const response = await appThatThrows(new Error('unused')).app.request('/teapot');
    expect(response.status).toBe(418);
    expect(await response.json()).toEqual({
      error: { code: 'VALIDATION_ERROR', message: 'short and stout', details: { spout: true } },
    });
  });
});
