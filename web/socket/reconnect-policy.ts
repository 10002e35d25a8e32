// How the socket retries and keeps itself alive: the numbers of the protocol document in one place.
import { ErrorCode } from '../../protocol/errors.ts';
import type { ServerMessage } from '../../protocol/messages.ts';

export const MAX_RECONNECT_ATTEMPTS = 10;
export const HEARTBEAT_INTERVAL_MS = 30_000;
/** Without any frame for this long (pongs included) the connection is taken as dead and reopened. */
export const SILENCE_LIMIT_MS = 75_000;

/** After the attempts run out, the socket still tries this often (and at once when the browser says it is back). */
export const SLOW_RETRY_MS = 60_000;

const FIRST_DELAY_MS = 1_000;
const LONGEST_DELAY_MS = 30_000;

/** Exponential backoff: 1 s, 2 s, 4 s … capped at 30 s; `attempt` counts from 0. */
export function reconnectDelayMs(attempt: number): number {
  return Math.min(FIRST_DELAY_MS * 2 ** Math.max(0, attempt), LONGEST_DELAY_MS);
}

/**
 * When a refused session_restore should be sent again, or null when the frame is not such a refusal.
 * Until a restore succeeds nothing from the outbox goes out, so it is always retried.
 */
export function restoreRetryDelayMs(message: ServerMessage): number | null {
  if (message.type !== 'error' || message.error_code !== ErrorCode.RESTORE_LIMITED) return null;
  return Math.min(Math.max(message.retry_after_ms ?? FIRST_DELAY_MS, 100), LONGEST_DELAY_MS * 2);
}
