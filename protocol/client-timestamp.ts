// A client's timestamp, read as the guide's clients check it: whatever `new Date(value)` parses.
import { z } from 'zod';

/** A date and time with no zone: JavaScript would read it as local time, the wire reads it as UTC. */
const ZONELESS_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?$/;

/**
 * Epoch milliseconds or any date string `new Date()` understands, normalised to ISO 8601 in UTC, so
 * clients written from the guide (which accepts exactly that) are served and stored values are uniform.
 */
export function normaliseClientTimestamp(value: string | number): string | undefined {
  const text = typeof value === 'string' ? value.trim() : value;
  const date = new Date(
    typeof text === 'string' && ZONELESS_DATE_TIME.test(text) ? `${text.replace(' ', 'T')}Z` : text,
  );
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

export const ClientTimestamp = z
  .union([z.string().max(100), z.number().finite()])
  .transform((value, context) => {
    const normalised = normaliseClientTimestamp(value);
    if (normalised === undefined) {
      context.addIssue({ code: 'custom', message: 'Invalid timestamp format' });
      return z.NEVER;
    }
    return normalised;
  });
