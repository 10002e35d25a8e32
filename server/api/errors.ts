// The one JSON error shape every REST endpoint answers with, and the Hono handlers that produce it.
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { ErrorCode } from '../../protocol/errors.ts';

export interface ApiErrorBody {
  error: { code: ErrorCode; message: string; details: Record<string, unknown> };
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

/** For a route no app handles, so even a mistyped URL gets the JSON error shape. */
export const apiNotFound: NotFoundHandler = (c) =>
  jsonError(c, 404, ErrorCode.NOT_FOUND, `No route for ${c.req.method} ${c.req.path}`, {
    method: c.req.method,
    path: c.req.path,
  });

/**
 * Turns anything thrown by a route into the JSON error shape. An unexpected error is reported (to a logger,
 * say) and answered with a generic 500 that leaks no internals.
 */
export function createApiErrorHandler(report?: (error: unknown, c: Context) => void): ErrorHandler {
  return (error, c) => {
    if (error instanceof HTTPException && error.status < 500) {
      const code = error.status === 404 ? ErrorCode.NOT_FOUND : ErrorCode.VALIDATION_ERROR;
      return jsonError(c, error.status as ContentfulStatusCode, code, error.message || 'Bad request');
    }
    report?.(error, c);
    return jsonError(c, 500, ErrorCode.INTERNAL_ERROR, 'Something went wrong on the server');
  };
}

export const apiErrorHandler: ErrorHandler = createApiErrorHandler();
