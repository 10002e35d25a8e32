// Timestamps for rows: ISO 8601 text that never repeats or goes backwards within one open database.
export type TimestampClock = () => string;

/**
 * Lists are ordered newest first by created_at, and an agent saves several characters within one
 * millisecond; nudging a repeated instant forward by 1 ms keeps that order the order of insertion.
 */
export function createTimestampClock(now: () => Date = () => new Date()): TimestampClock {
  let last = 0;
  return () => {
    const current = Math.max(now().getTime(), last + 1);
    last = current;
    return new Date(current).toISOString();
  };
}
