// Opaque page cursors: the sort key of the last item a page showed, so the next page starts right after it.
import { z } from 'zod';

export class InvalidCursorError extends Error {
  readonly code = 'INVALID_CURSOR';
}

/** Encodes a sort key as a cursor a client passes back unchanged. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The sort key inside a cursor, checked against the shape this listing writes; throws InvalidCursorError. */
export function decodeCursor<S extends z.ZodType>(cursor: string, shape: S): z.output<S> {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError('The cursor is not one this list gave out');
  }
  const parsed = shape.safeParse(key);
  if (!parsed.success) throw new InvalidCursorError('The cursor is not one this list gave out');
  return parsed.data;
}

/** A list's cursor: the created_at and id of the last artifact shown. */
export const CreatedCursor = z.tuple([z.string().max(64), z.string().max(128)]);
