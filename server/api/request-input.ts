// Reads and validates what a REST request carries — its JSON body and its query string — into typed values or an error response.
import type { Context } from 'hono';
import { z } from 'zod';
import { ErrorCode } from '../../protocol/errors.ts';
import { jsonError, validationError } from './errors.ts';

export type Validated<T> = { ok: true; value: T } | { ok: false; response: Response };

export async function readJsonBody<S extends z.ZodType>(
  c: Context,
  schema: S,
): Promise<Validated<z.output<S>>> {
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      response: jsonError(c, 400, ErrorCode.VALIDATION_ERROR, 'Request body is not valid JSON', { reason }),
    };
  }
  const parsed = schema.safeParse(body);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, response: validationError(c, 'body', parsed.error) };
}

export function readQuery<S extends z.ZodType>(c: Context, schema: S): Validated<z.output<S>> {
  const parsed = schema.safeParse(c.req.query());
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, response: validationError(c, 'query', parsed.error) };
}

/** limit and offset as every list endpoint takes them. */
export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
});
