// How the socket retries and keeps itself alive: the numbers of the protocol document in one place.

export const MAX_RECONNECT_ATTEMPTS = 10;
export const HEARTBEAT_INTERVAL_MS = 30_000;
/** Without any frame for this long (pongs included) the connection is taken as dead and reopened. */
export const SILENCE_LIMIT_MS = 75_000;

const FIRST_DELAY_MS = 1_000;
const LONGEST_DELAY_MS = 30_000;

/** Exponential backoff: 1 s, 2 s, 4 s … capped at 30 s; `attempt` counts from 0. */
export function reconnectDelayMs(attempt: number): number {
  return Math.min(FIRST_DELAY_MS * 2 ** Math.max(0, attempt), LONGEST_DELAY_MS);
}
