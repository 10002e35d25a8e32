// The one JSON error shape every HTTP answer uses, and the app's root handlers that produce it.
import { randomUUID } from 'node:crypto';
import type { Context, ErrorHandler, Hono, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { routePath } from 'hono/route';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { ErrorCode } from '../../protocol/errors.ts';
import type { Logger } from '../logger.ts';

export interface ApiErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    details: Record<string, unknown>;
    /** Only on a 500: the id its log line carries, so a writer's report can be matched to it. */
    request_id?: string;
  };
}

export function jsonError(
  c: Context,
  status: ContentfulStatusCode,
  code: ErrorCode,
  message: string,
  details: Record<string, unknown> = {},
): Response {
  const body: ApiErrorBody = { error: { code, message, details } };
  return c.json(body, status);
}

/** 400 VALIDATION_ERROR naming the first bad field, with every zod issue in details. */
export function validationError(c: Context, where: string, error: z.ZodError): Response {
  const first = error.issues[0];
  const field = first?.path.map(String).join('.') ?? '';
  const message = first
    ? `Invalid ${where}${field ? ` field "${field}"` : ''}: ${first.message}`
    : `Invalid ${where}`;
  return jsonError(c, 400, ErrorCode.VALIDATION_ERROR, message, {
    issues: error.issues.map((issue) => ({
      path: issue.path.map(String),
      code: issue.code,
      message: issue.message,
    })),
  });
}

export function notFound(c: Context, what: string, id: string): Response {
  return jsonError(c, 404, ErrorCode.NOT_FOUND, `${what} not found: ${id}`, { id });
}

/** For a path no route answers, so even a mistyped URL gets the JSON error shape. */
const routeNotFound: NotFoundHandler = (c) =>
  jsonError(c, 404, ErrorCode.NOT_FOUND, `No route for ${c.req.method} ${c.req.path}`, {
    method: c.req.method,
    path: c.req.path,
  });

/**
 * Turns anything a route or guard throws into the JSON error shape. An unexpected error is logged at
 * error with a fresh request id, which the generic 500 repeats; the log line names the route pattern,
 * not the path, and the error goes through the logger's allowlisting serializer, so neither carries
 * the writer's words.
 */
function createErrorHandler(logger: Logger): ErrorHandler {
  return (error, c) => {
    if (error instanceof HTTPException && error.status < 500) {
      const code = error.status === 404 ? ErrorCode.NOT_FOUND : ErrorCode.VALIDATION_ERROR;
      return jsonError(c, error.status as ContentfulStatusCode, code, error.message || 'Bad request');
    }
    const requestId = randomUUID();
    logger.error(
      { err: error, request_id: requestId, method: c.req.method, route: routePath(c, -1) },
      'request failed',
    );
    const body: ApiErrorBody = {
      error: {
        code: ErrorCode.INTERNAL_ERROR,
        message: 'Something went wrong on the server',
        details: {},
        request_id: requestId,
      },
    };
    return c.json(body, 500);
  };
}

/**
 * Gives `app` the one error path: set once on the root app, with none on the sub-apps it mounts, so
 * every route, guard and mounted app answers and logs failures the same way.
 */
export function withErrorPath(app: Hono, logger: Logger): Hono {
  app.onError(createErrorHandler(logger));
  app.notFound(routeNotFound);
  return app;
}
